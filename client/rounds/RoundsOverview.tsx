/**
 * The dossier page's "Insteekrondes" block: the open rounds that concern the user (they run it or
 * their entity is invited) with deadline and time left, a link to all rounds, and for a lead a link
 * that opens the "Nieuwe insteekronde" form. Users no round concerns see nothing of it.
 */
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { authStore } from '../auth.js';
import { Link } from '../components/Link.js';
import { useT } from '../i18n.js';
import { roundPath } from '../router.js';
import { useStore } from '../store.js';
import { useLiveQuery } from '../useLiveQuery.js';
import { useNow } from '../useNow.js';
import { fetchRounds } from './roundApi.js';
import { deadlineForViewer, roundStatusForViewer } from './roundText.js';
import { timeLeftText } from './timeLeft.js';

/** The block. */
export function RoundsOverview() {
  const t = useT();
  const now = useNow();
  const auth = useStore(authStore);
  const rounds = useLiveQuery('rounds', fetchRounds);
  const user = auth.status === 'signedIn' ? auth.user : null;
  const mayOpen = user !== null && user.role === 'lead' && user.entityId !== null;
  const open = (rounds.data?.rounds ?? []).filter((round) => round.status === 'open');
  if (!mayOpen && open.length === 0) return null;
  const viewerEntityId = user?.entityId ?? null;

  return (
    <section aria-labelledby="rounds-overview-title" class="rounds-overview" data-testid="rounds-overview">
      <div class="panel-head">
        <h2 id="rounds-overview-title">{t('round.list.heading')}</h2>
        <p class="panel-links">
          <Link href="/rounds">{t('round.overview.all')}</Link>
          {mayOpen && (
            <Link href="/rounds?new" class="button-primary">
              {t('round.new.title')}
            </Link>
          )}
        </p>
      </div>
      {open.length === 0 ? (
        <p class="panel-empty">{t('round.overview.none')}</p>
      ) : (
        <ul class="rounds-overview-list">
          {open.map((round) => {
            const deadlineAt = deadlineForViewer(round, viewerEntityId);
            return (
              <li key={round.id} data-round-id={round.id}>
                <Link href={roundPath(round.id)}>{round.title}</Link>
                <span class="rounds-overview-deadline">
                  {t('round.deadline')} {formatBelgianDateTime(deadlineAt)} · <span class="time-left">{timeLeftText(now, deadlineAt, t)}</span>
                </span>
                <span class="rounds-overview-status">{roundStatusForViewer(round, viewerEntityId, t)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
