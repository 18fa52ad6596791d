/** A labelled text box of a form, which says so under it when it was left empty but is required. */
import type { Ref } from 'preact';

/** Props of TextAreaField. */
export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  rows: number;
  maxLength: number;
  /** The sentence shown under the box, which is then marked invalid; null while all is well. */
  missing: string | null;
  inputRef?: Ref<HTMLTextAreaElement> | undefined;
  onKeyDown?: ((event: KeyboardEvent) => void) | undefined;
}

/** The label, the box and the sentence that describes what is missing. */
export function TextAreaField({ id, label, value, onInput, rows, maxLength, missing, inputRef, onKeyDown }: TextAreaFieldProps) {
  const errorId = `${id}-error`;
  return (
    <>
      <label for={id}>{label}</label>
      <textarea
        id={id}
        ref={inputRef}
        rows={rows}
        maxLength={maxLength}
        value={value}
        aria-invalid={missing !== null}
        aria-describedby={missing === null ? undefined : errorId}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {missing !== null && (
        <p id={errorId} class="field-error">
          {missing}
        </p>
      )}
    </>
  );
}
