/** The rounds as a table: title, documents, deadline in Brussels time, time left and where the viewer stands. */
import type { RoundSummary } from '../../shared/api/contributions.js';
import type { DocumentSummary } from '../../shared/api/schemas.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { Link } from '../components/Link.js';
import { useT } from '../i18n.js';
import { roundPath } from '../router.js';
import { useNow } from '../useNow.js';
import { deadlineForViewer, documentNames, ROUND_STATUS_KEYS, roundStatusForViewer } from './roundText.js';
import { timeLeftText } from './timeLeft.js';

/** Props of RoundTable. */
export interface RoundTableProps {
  rounds: readonly RoundSummary[];
  documents: readonly DocumentSummary[];
  viewerEntityId: string | null;
}

/** The table, or a sentence when there are no rounds. */
export function RoundTable({ rounds, documents, viewerEntityId }: RoundTableProps) {
  const t = useT();
  const now = useNow();
  if (rounds.length === 0) return <p class="panel-empty">{t('round.list.empty')}</p>;
  return (
    <table class="round-table" data-testid="round-table">
      <thead>
        <tr>
          <th scope="col">{t('round.list.title')}</th>
          <th scope="col">{t('round.list.documents')}</th>
          <th scope="col">{t('round.deadline')}</th>
          <th scope="col">{t('round.list.timeLeft')}</th>
          <th scope="col">{t('round.list.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((round) => (
          <tr key={round.id} data-round-id={round.id}>
            <th scope="row">
              <Link href={roundPath(round.id)}>{round.title}</Link>
              {round.status === 'closed' && <span class="status-badge status-closed">{t(ROUND_STATUS_KEYS.closed)}</span>}
            </th>
            <td>{documentNames(round.documentIds, documents)}</td>
            <td>
              <time dateTime={new Date(round.deadlineAt).toISOString()}>{formatBelgianDateTime(round.deadlineAt)}</time>
            </td>
            <td class="time-left">{timeLeftText(now, deadlineForViewer(round, viewerEntityId), t)}</td>
            <td data-testid="round-viewer-status">{roundStatusForViewer(round, viewerEntityId, t)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
