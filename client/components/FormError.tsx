/** The line under a form or an action that says why the server refused it, in the area's words. */
import type { Translate } from '../i18n.js';
import { useT } from '../i18n.js';

/** Props of FormError. */
export interface FormErrorProps {
  /** The failure; nothing is shown while it is null. */
  error: unknown;
  /** The area's sentence for a failure (e.g. adviceErrorMessage). */
  describe: (error: unknown, t: Translate) => string;
  testId?: string | undefined;
}

/** The error line, announced when it appears. */
export function FormError({ error, describe, testId }: FormErrorProps) {
  const t = useT();
  if (error === null) return null;
  return (
    <p class="form-error" role="alert" data-testid={testId}>
      {describe(error, t)}
    </p>
  );
}
