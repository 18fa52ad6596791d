/**
 * A text that a group writes together and stores with a button (a package's cover note, the
 * advice's general text): the box, the server's refusal, and a status line that says "saved" once
 * it is stored (and, where asked, that a change is not yet saved). The caller holds the text, and
 * (see useCoEditedText) a colleague's text saved meanwhile, shown under the box until the user
 * saves theirs on top or takes it.
 */
import { useState } from 'preact/hooks';
import { isEditedMeanwhile } from '../coEditedText.js';
import type { Translate } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { EditedMeanwhile, type EditedMeanwhileLabels } from './EditedMeanwhile.js';
import { FormError } from './FormError.js';

/** Props of SavedTextForm. */
export interface SavedTextFormProps {
  /** The form's class and test id. */
  class: string;
  testId: string;
  /** The text box: its id, label, size and limit. */
  id: string;
  label: string;
  rows: number;
  maxLength: number;
  /** A sentence under the label that describes the box. */
  hint?: string | undefined;
  text: string;
  onText: (text: string) => void;
  /** Whether the text differs from what is stored: only then can it be saved. */
  changed: boolean;
  /** Stores the text (a failure is shown under the box). */
  save: () => Promise<void>;
  /** The area's sentence for a failure. */
  describe: (error: unknown, t: Translate) => string;
  /** The classes of the row under the box and of its status line. */
  buttonsClass: string;
  statusClass: string;
  /** The button's label, and its label while the text is being stored. */
  saveLabel: string;
  savingLabel: string;
  /** The status once stored, and (if given) while a change is not yet stored. */
  savedLabel: string;
  unsavedLabel?: string | undefined;
  /** A colleague's text saved meanwhile, shown beside the user's (null or absent: none), with its words and the way to take it. */
  theirs?: string | null | undefined;
  conflictLabels?: EditedMeanwhileLabels | undefined;
  onTakeTheirs?: (() => void) | undefined;
}

/** The form. */
export function SavedTextForm(props: SavedTextFormProps) {
  const { id, hint, text, changed, unsavedLabel } = props;
  const { busy, error, run, fail } = useAsyncAction();
  const [saved, setSaved] = useState(false);
  const hintId = `${id}-hint`;
  const { theirs, conflictLabels, onTakeTheirs } = props;
  const conflict =
    theirs != null && conflictLabels !== undefined && onTakeTheirs !== undefined ? { theirs, labels: conflictLabels, takeTheirs: onTakeTheirs } : null;

  const submit = (event: Event) => {
    event.preventDefault();
    setSaved(false);
    void run(async () => {
      await props.save();
      setSaved(true);
    });
  };

  return (
    <form class={props.class} onSubmit={submit} noValidate data-testid={props.testId}>
      <label for={id}>{props.label}</label>
      {hint !== undefined && (
        <p id={hintId} class="dialog-hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={props.rows}
        maxLength={props.maxLength}
        aria-describedby={hint === undefined ? undefined : hintId}
        value={text}
        onInput={(event) => {
          props.onText(event.currentTarget.value);
          setSaved(false);
        }}
      />
      {conflict !== null && (
        <EditedMeanwhile
          id={id}
          theirs={conflict.theirs}
          labels={conflict.labels}
          busy={busy}
          onTakeTheirs={() => {
            // The refusal is answered: its line goes with the notice.
            fail(null);
            conflict.takeTheirs();
          }}
        />
      )}
      {/* The notice says it all for a colleague's save; any other refusal is said as usual. */}
      {!(conflict !== null && isEditedMeanwhile(error)) && <FormError error={error} describe={props.describe} />}
      <div class={props.buttonsClass}>
        <span class={props.statusClass} role="status">
          {saved ? props.savedLabel : changed && unsavedLabel !== undefined ? unsavedLabel : ''}
        </span>
        <button type="submit" class="button-secondary" disabled={busy || !changed}>
          {busy ? props.savingLabel : conflict !== null ? conflict.labels.keepMine : props.saveLabel}
        </button>
      </div>
    </form>
  );
}
