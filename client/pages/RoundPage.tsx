/**
 * `/rounds/:id`: one contribution round: its instructions, deadline and time left, and the invited
 * entities with where each stands. The lead extends deadlines, closes the round and downloads the
 * round's report; an invited member goes on to its own entity's package ("Onze insteek").
 */
import type { Me } from '../../shared/api/schemas.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { FormError } from '../components/FormError.js';
import { Link } from '../components/Link.js';
import { NotLoadedPage } from '../components/NotLoadedPage.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
import { contributionPath } from '../router.js';
import { CloseRound } from '../rounds/CloseRound.js';
import { DeadlineInfo } from '../rounds/DeadlineInfo.js';
import { InvitedEntities } from '../rounds/InvitedEntities.js';
import { fetchRound, roundReportUrl } from '../rounds/roundApi.js';
import { roundErrorMessage } from '../rounds/roundErrors.js';
import { deadlineForViewer, documentNames, ROUND_STATUS_KEYS } from '../rounds/roundText.js';
import { useDossier } from '../useDossier.js';
import { useLiveQuery } from '../useLiveQuery.js';

/** Props of RoundPage. */
export interface RoundPageProps {
  user: Me;
  roundId: string;
}

/** The round page. */
export function RoundPage({ user, roundId }: RoundPageProps) {
  const t = useT();
  const query = useLiveQuery(`round:${roundId}`, () => fetchRound(roundId));
  const { dossier } = useDossier();
  const round = query.data;
  useDocumentTitle(round?.title ?? null);

  if (round === null) {
    return (
      <NotLoadedPage
        error={query.error}
        notFound={t('round.notFound')}
        describe={roundErrorMessage}
        testId="round-missing"
        back={{ href: '/rounds', label: t('round.backToList') }}
      />
    );
  }

  return (
    <main class="page round-page" data-round-id={round.id} data-status={round.status}>
      <p class="breadcrumb">
        <Link href="/rounds">{t('round.backToList')}</Link>
      </p>
      <p class="document-short">
        {t('round.kind')} · {documentNames(round.documentIds, dossier?.documents ?? [])}
      </p>
      <h1>{round.title}</h1>
      <p class="round-meta">
        <span class={`status-badge status-${round.status}`} data-testid="round-status">
          {t(ROUND_STATUS_KEYS[round.status])}
        </span>
        <span>{t('round.openedBy', { name: round.createdByName, at: formatBelgianDateTime(round.createdAt) })}</span>
        {round.closedAt !== null && <span>{t('round.closedAt', { at: formatBelgianDateTime(round.closedAt) })}</span>}
      </p>
      <DeadlineInfo deadlineAt={deadlineForViewer(round, user.entityId)} />
      <FormError error={query.error} describe={roundErrorMessage} />
      <div class="round-actions">
        {round.ownContributionId !== null && (
          <Link href={contributionPath(round.ownContributionId)} class="button-primary">
            {t('round.ownPackage')}
          </Link>
        )}
        {round.may.process && (
          <a href={roundReportUrl(round.id)} class="button-secondary" download data-testid="round-report">
            {t('round.report')}
          </a>
        )}
        {round.may.close && <CloseRound roundId={round.id} entities={round.entities} onClosed={query.replace} />}
      </div>
      <section aria-labelledby="round-instructions-title">
        <h2 id="round-instructions-title">{t('round.instructions')}</h2>
        {round.instructions === '' ? (
          <p class="panel-empty">{t('round.noInstructions')}</p>
        ) : (
          <p class="instructions" data-testid="round-instructions">
            {round.instructions}
          </p>
        )}
      </section>
      <section aria-labelledby="round-entities-title">
        {/* The round's leads see every invited entity; an invited viewer only its own. */}
        <h2 id="round-entities-title">{round.may.process ? t('round.entities') : t('round.ownEntity')}</h2>
        <InvitedEntities round={round} viewerEntityId={user.entityId} onChanged={query.replace} />
      </section>
    </main>
  );
}
