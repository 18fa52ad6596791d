/**
 * Beside an amendment's text: its title and justification, status, who did what when, the
 * decision and its reason, its flags, what the user may do, and the two-column view and export.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AmendmentDetail, AmendmentSummary } from '../../shared/api/amendments.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { Link } from '../components/Link.js';
import { entityClass } from '../editor/cursors.js';
import { useT } from '../i18n.js';
import { amendmentTablePath } from '../router.js';
import type { SaveStatus } from '../sync/saveStatus.js';
import { AmendmentActions } from './AmendmentActions.js';
import { amendmentDocxUrl, fetchAmendments } from './amendmentApi.js';
import { AmendmentDetailsForm } from './AmendmentDetailsForm.js';
import { formatMoment, overlapNames, sectionLabel, STATUS_KEYS } from './amendmentText.js';

/** The document's other amendments, fetched only when this one overlaps some (to name them). */
function useOverlapping(amendment: AmendmentDetail): readonly AmendmentSummary[] {
  const [others, setOthers] = useState<readonly AmendmentSummary[]>([]);
  const ids = amendment.overlapsWith.join(',');
  useEffect(() => {
    if (ids === '') return;
    let current = true;
    fetchAmendments(amendment.documentId)
      .then((list) => current && setOthers(list.amendments))
      // Unnamed, the flag still says that it overlaps.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [amendment.documentId, ids]);
  return others;
}

/** Props of AmendmentDetailsPanel. */
export interface AmendmentDetailsPanelProps {
  amendment: AmendmentDetail;
  sections: readonly SectionSummary[];
  saveStatus: SaveStatus;
  onChanged: (amendment: AmendmentDetail) => void;
}

/** The panel. */
export function AmendmentDetailsPanel({ amendment, sections, saveStatus, onChanged }: AmendmentDetailsPanelProps) {
  const t = useT();
  const overlaps = overlapNames(amendment, useOverlapping(amendment), t);
  const by = (name: string | null, at: number | null) =>
    at === null ? null : t('amendment.byOn', { name: name ?? t('amendment.someone'), date: formatMoment(at) });
  const facts: [string, string | null][] = [
    [t('amendment.createdBy'), by(amendment.authorName, amendment.createdAt)],
    [t('amendment.submittedBy'), by(amendment.submittedByName, amendment.submittedAt)],
    [t('amendment.decidedBy'), by(amendment.decidedByName, amendment.decidedAt)],
    [t('amendment.decisionReason'), amendment.decisionReason === '' ? null : amendment.decisionReason],
    [t('amendment.withdrawnBy'), by(amendment.withdrawnByName, amendment.withdrawnAt)],
  ];
  return (
    <section class="amendment-details" aria-label={t('amendment.details')} data-testid="amendment-details">
      <AmendmentDetailsForm amendment={amendment} onSaved={onChanged} />
      <dl class="amendment-facts">
        <div>
          <dt>{t('amendment.status')}</dt>
          <dd>
            <span class={`status-badge status-${amendment.status}`} data-testid="amendment-status">
              {t(STATUS_KEYS[amendment.status])}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('amendment.entity')}</dt>
          <dd>
            <span class={`swatch ${entityClass(amendment.entityId)}`} aria-hidden="true" /> {amendment.entityName}
          </dd>
        </div>
        <div>
          <dt>{t('amendment.section')}</dt>
          <dd>{sectionLabel(amendment.sectionId, sections, t)}</dd>
        </div>
        {amendment.passage !== null && (
          <div>
            <dt>{t('amendment.passage')}</dt>
            <dd>
              <blockquote>{amendment.passage}</blockquote>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('amendment.size')}</dt>
          <dd>{t('amendment.sizeValue', { added: amendment.added, removed: amendment.removed })}</dd>
        </div>
        {facts.map(([label, value]) =>
          value === null ? null : (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ),
        )}
      </dl>
      {overlaps.length > 0 && <p class="amendment-flag flag-overlap">{t('amendments.overlapsWith', { names: overlaps.join(', ') })}</p>}
      {amendment.passageDeleted ? (
        <p class="amendment-flag flag-main-changed">{t('amendments.passageDeleted')}</p>
      ) : (
        amendment.mainChangedSince && <p class="amendment-flag flag-main-changed">{t('amendments.mainChangedSince')}</p>
      )}
      <AmendmentActions amendment={amendment} saveStatus={saveStatus} onChanged={onChanged} />
      <p class="panel-links">
        <Link href={amendmentTablePath(amendment.id)}>{t('amendments.twoColumns')}</Link>
        <a href={amendmentDocxUrl(amendment.id)} download>
          {t('amendments.exportDocx')}
        </a>
      </p>
    </section>
  );
}
