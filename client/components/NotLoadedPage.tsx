/**
 * A page whose subject is not there: "Laden…" while it loads, else why not (it does not exist or is
 * not the user's to see, or another failure), and the way back.
 */
import { ApiError } from '../api.js';
import { useT, type Translate } from '../i18n.js';
import { Link } from './Link.js';

/** Props of NotLoadedPage. */
export interface NotLoadedPageProps {
  /** The load's failure; null while it is still loading. */
  error: Error | null;
  /** The sentence for "not found" (an answer 404). */
  notFound: string;
  /** The area's sentence for any other failure. */
  describe: (error: unknown, t: Translate) => string;
  /** The test id of the line that says why. */
  testId: string;
  back: { href: string; label: string };
}

/** The page. */
export function NotLoadedPage({ error, notFound, describe, testId, back }: NotLoadedPageProps) {
  const t = useT();
  return (
    <main class="page">
      {error === null ? (
        <p class="loading">{t('app.loading')}</p>
      ) : (
        <p role="alert" data-testid={testId}>
          {error instanceof ApiError && error.status === 404 ? notFound : describe(error, t)}
        </p>
      )}
      <Link href={back.href}>{back.label}</Link>
    </main>
  );
}
