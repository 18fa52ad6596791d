/** The save status beside the document: what the server has confirmed, in words. */
import type { MessageKey } from '../../shared/i18n/strings.js';
import { useT } from '../i18n.js';
import type { SaveStatus } from '../sync/saveStatus.js';

const LABELS: Record<SaveStatus, MessageKey> = {
  connecting: 'save.connecting',
  saving: 'save.saving',
  saved: 'save.saved',
  offline: 'save.offline',
  readOnly: 'save.readOnly',
  stopped: 'save.stopped',
};

/** Shows a save status; a live region, so screen readers hear "Opgeslagen" without moving focus. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const t = useT();
  return (
    <p role="status" data-testid="save-status" data-status={status} class={`save-status save-status-${status}`}>
      {t(LABELS[status])}
    </p>
  );
}
