/**
 * `/contributions/:id`: an entity's package (insteek) in a round. Inside the entity, while a draft:
 * its items by document and section, adding remarks and draft amendments, editing, and the
 * coordinator's review, cover note and submission. Once submitted: read-only, with how the lead
 * processed each item; the lead processes remarks here. Another entity's draft answers 404 like a
 * missing package, and the page says only that it does not exist for this user. After adding,
 * dropping or keeping an item and after submitting, focus moves to what changed and a polite live
 * region says what happened.
 */
import type { Contribution } from '../../shared/api/contributions.js';
import type { MessageKey } from '../../shared/i18n/strings.js';
import { formatBelgianDateTime } from '../../shared/format/dates.js';
import { FormError } from '../components/FormError.js';
import { Link } from '../components/Link.js';
import { NotLoadedPage } from '../components/NotLoadedPage.js';
import { useDocumentTitle } from '../documentTitle.js';
import { useT } from '../i18n.js';
import { roundPath } from '../router.js';
import { AddAmendmentForm } from '../rounds/AddAmendmentForm.js';
import { AddRemarkForm } from '../rounds/AddRemarkForm.js';
import { packageControls } from '../rounds/controls.js';
import { CoverNote } from '../rounds/CoverNote.js';
import { DeadlineInfo } from '../rounds/DeadlineInfo.js';
import { ExtensionNote } from '../rounds/ExtensionNote.js';
import { ItemList } from '../rounds/ItemList.js';
import { addedItemId, type PackageChange, usePackageFocus } from '../rounds/packageFocus.js';
import { contributionReportUrl, fetchContribution, fetchRound, updateContribution } from '../rounds/roundApi.js';
import { roundErrorMessage } from '../rounds/roundErrors.js';
import { CONTRIBUTION_STATUS_KEYS } from '../rounds/roundText.js';
import { SubmitPackage } from '../rounds/SubmitPackage.js';
import { useCoEditedText } from '../useCoEditedText.js';
import { useDossier } from '../useDossier.js';
import { useLiveQuery } from '../useLiveQuery.js';

/** The cover note and the stamp of the package it belongs to (none yet while the package loads). */
const stampedNote = (contribution: Contribution | null) =>
  contribution === null ? { text: '', updatedAt: 0 } : { text: contribution.coverNote, updatedAt: contribution.updatedAt };

/** What the live region says after each change. */
const ANNOUNCEMENTS: Record<PackageChange['kind'], MessageKey> = {
  added: 'contribution.announce.added',
  dropped: 'contribution.announce.dropped',
  kept: 'contribution.announce.kept',
  submitted: 'contribution.announce.submitted',
};

/** Props of ContributionPage. */
export interface ContributionPageProps {
  contributionId: string;
}

/** The package page. */
export function ContributionPage({ contributionId }: ContributionPageProps) {
  const t = useT();
  const query = useLiveQuery(`contribution:${contributionId}`, () => fetchContribution(contributionId));
  const contribution = query.data;
  const roundId = contribution?.roundId ?? null;
  const round = useLiveQuery(`round:${roundId ?? ''}`, () => (roundId === null ? Promise.resolve(null) : fetchRound(roundId)));
  const { dossier } = useDossier();
  // The cover note being written: saved over what the coordinator last saw, never over a colleague's save unseen.
  const cover = useCoEditedText(
    stampedNote(contribution),
    async (coverNote, expectedUpdatedAt) => {
      const answer = await updateContribution(contributionId, { coverNote, expectedUpdatedAt });
      query.replace(answer);
      return stampedNote(answer);
    },
    async () => {
      const now = await fetchContribution(contributionId);
      query.replace(now);
      return stampedNote(now);
    },
  );
  useDocumentTitle(contribution === null ? null : t('contribution.heading', { entity: contribution.entityName }));
  const focus = usePackageFocus();
  const changed = (updated: Contribution, change?: PackageChange) => {
    query.replace(updated);
    if (change !== undefined) focus.pointTo(change);
  };

  if (contribution === null) {
    return (
      <NotLoadedPage
        error={query.error}
        notFound={t('contribution.notFound')}
        describe={roundErrorMessage}
        testId="contribution-missing"
        back={{ href: '/rounds', label: t('round.backToList') }}
      />
    );
  }

  const controls = packageControls(contribution);
  const allDocuments = dossier?.documents ?? [];
  const roundDocumentIds = round.data?.documentIds ?? [];
  // The round's documents in its order; the others (should an item name one) after them.
  const roundDocuments = roundDocumentIds.flatMap((id) => allDocuments.filter((document) => document.id === id));
  const documents = [...roundDocuments, ...allDocuments.filter((document) => !roundDocumentIds.includes(document.id))];
  // Submitting saves a note still being typed first; a colleague's note saved meanwhile stops it, both texts shown.
  const saveCoverNote = async () => {
    if (cover.dirty) await cover.save();
  };
  const takenAmendmentIds = contribution.items.flatMap((item) => (item.amendment === null ? [] : [item.amendment.id]));
  const added = (updated: Contribution) => {
    const itemId = addedItemId(contribution, updated);
    changed(updated, itemId === null ? undefined : { kind: 'added', itemId });
  };
  // The entity's own entry in the round (an invited viewer sees only that one) carries its extension.
  const extension = round.data?.entities.find((entity) => entity.entityId === contribution.entityId)?.extension ?? null;

  return (
    <main class="page contribution-page" data-contribution-id={contribution.id} data-status={contribution.status}>
      <p class="breadcrumb">
        <Link href={roundPath(contribution.roundId)}>{contribution.roundTitle}</Link>
      </p>
      <h1>{t('contribution.heading', { entity: contribution.entityName })}</h1>
      <p class="round-meta">
        <span class={`status-badge status-${contribution.status}`} tabIndex={-1} data-testid="contribution-status">
          {t(CONTRIBUTION_STATUS_KEYS[contribution.status])}
        </span>
        {contribution.submittedAt !== null && (
          <span data-testid="submitted-info">
            {t('contribution.submittedBy', { at: formatBelgianDateTime(contribution.submittedAt), name: contribution.submittedByName ?? '' })}
          </span>
        )}
        {controls.report && (
          <a href={contributionReportUrl(contribution.id)} download data-testid="contribution-report">
            {t('round.report')}
          </a>
        )}
      </p>
      {contribution.status === 'draft' && <DeadlineInfo deadlineAt={contribution.deadlineAt} />}
      {extension !== null && <ExtensionNote extension={extension} />}
      {/* Always in the page, so assistive technology is listening before the first change; the
          alternating no-break space makes a repeated sentence a change it announces again. */}
      <p class="visually-hidden" aria-live="polite" data-testid="package-announcement">
        {focus.last === null ? '' : `${t(ANNOUNCEMENTS[focus.last.kind])}${focus.count % 2 === 0 ? '\u00a0' : ''}`}
      </p>
      <FormError error={query.error} describe={roundErrorMessage} />
      {round.data !== null && round.data.instructions !== '' && (
        <details class="round-instructions">
          <summary>{t('round.instructions')}</summary>
          <p class="instructions">{round.data.instructions}</p>
        </details>
      )}
      <section aria-labelledby="cover-title">
        <h2 id="cover-title">{t('contribution.cover.title')}</h2>
        <CoverNote coverNote={contribution.coverNote} editable={controls.editCoverNote} field={cover} />
      </section>
      <section aria-labelledby="items-title">
        <h2 id="items-title">{t('contribution.items.title', { count: contribution.items.length })}</h2>
        <ItemList contribution={contribution} documents={documents} onChanged={changed} />
      </section>
      {controls.addItems && roundDocuments.length > 0 && (
        <section aria-labelledby="add-items-title" class="add-items">
          <h2 id="add-items-title">{t('contribution.add.title')}</h2>
          <div class="add-item-forms">
            <AddRemarkForm contributionId={contribution.id} documents={roundDocuments} units={contribution.units} onAdded={added} />
            <AddAmendmentForm
              contributionId={contribution.id}
              documents={roundDocuments}
              units={contribution.units}
              takenAmendmentIds={takenAmendmentIds}
              onAdded={added}
            />
          </div>
        </section>
      )}
      {controls.submit && (
        <SubmitPackage
          contributionId={contribution.id}
          entityName={contribution.entityName}
          items={contribution.items}
          deadlineAt={contribution.deadlineAt}
          beforeSubmit={saveCoverNote}
          onSubmitted={(submitted) => changed(submitted, { kind: 'submitted' })}
        />
      )}
    </main>
  );
}
