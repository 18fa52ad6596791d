/** A form's "Annuleren" and submit buttons, the submit saying what happens while the request runs. */

/** Props of FormButtons. */
export interface FormButtonsProps {
  /** The row's class, e.g. `advice-buttons` or `comment-buttons`. */
  class: string;
  busy: boolean;
  /** The submit button's label, and its label while the request runs. */
  submit: string;
  submitting: string;
  /** The cancel button's label and action; without them, no cancel button. */
  cancel?: string | undefined;
  onCancel?: (() => void) | undefined;
}

/** The buttons; both are disabled while the request runs, so it is neither sent twice nor left behind. */
export function FormButtons({ class: className, busy, submit, submitting, cancel, onCancel }: FormButtonsProps) {
  return (
    <div class={className}>
      {onCancel !== undefined && (
        <button type="button" class="button-secondary" onClick={onCancel} disabled={busy}>
          {cancel}
        </button>
      )}
      <button type="submit" class="button-primary" disabled={busy}>
        {busy ? submitting : submit}
      </button>
    </div>
  );
}
