/** Keeps the browser tab's title in step with the page, so tabs and screen readers say where you are. */
import { useEffect } from 'preact/hooks';

/** Sets `<title>` to "`title` — Akkoord" while the component is shown. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title === null ? 'Akkoord' : `${title} — Akkoord`;
  }, [title]);
}
