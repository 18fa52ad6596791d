/**
 * A request a form or a button sends: busy while it runs (its buttons disabled), and the server's
 * refusal kept to show beside it, so what the user typed stays where it was and can be sent again.
 */
import { useState } from 'preact/hooks';

/** The action's state and how to run it. */
export interface AsyncAction {
  busy: boolean;
  /** The last failure; null when none, or once the next run starts. */
  error: unknown;
  /** Runs `action`, busy meanwhile; a failure is kept in `error`, never thrown. */
  run(action: () => Promise<void>): Promise<void>;
  /** Shows a failure of something else the form did (e.g. loading its choices). */
  fail(failure: unknown): void;
}

/** A form's submission: its action, refused before any request while a required field is empty. */
export interface FormSubmit extends AsyncAction {
  /** The last submit found a required field empty (cleared by the next submit). */
  missing: boolean;
  /** The form's `onSubmit`. */
  onSubmit(event: Event): void;
}

/** An action for a component. */
export function useAsyncAction(): AsyncAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return {
    busy,
    error,
    async run(action) {
      setBusy(true);
      setError(null);
      try {
        await action();
      } catch (failure) {
        // As an updater: a state setter would call a thrown function instead of keeping it.
        setError(() => failure);
      } finally {
        setBusy(false);
      }
    },
    fail: (failure) => setError(() => failure),
  };
}

/** The submission of a form that sends `action`, unless `isMissing()` says a required field is empty. */
export function useFormSubmit(action: () => Promise<void>, isMissing: () => boolean = () => false): FormSubmit {
  const async = useAsyncAction();
  const [missing, setMissing] = useState(false);
  return {
    ...async,
    missing,
    onSubmit(event) {
      event.preventDefault();
      const empty = isMissing();
      setMissing(empty);
      if (!empty) void async.run(action);
    },
  };
}
