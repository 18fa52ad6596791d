/** One amendment in a list: label, title, entity, section, status, a short diff, and its flags. */
import type { AmendmentSummary } from '../../shared/api/amendments.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { Link } from '../components/Link.js';
import { entityClass } from '../editor/cursors.js';
import { useT } from '../i18n.js';
import { amendmentPath } from '../router.js';
import { amendmentLabel, overlapNames, sectionLabel, STATUS_KEYS } from './amendmentText.js';
import { compactSegments } from './diffView.js';
import { DiffText } from './DiffText.js';

/** Blocks shown in a card's preview; the rest is counted. */
const PREVIEW_BLOCKS = 3;

/** Props of AmendmentCard. */
export interface AmendmentCardProps {
  amendment: AmendmentSummary;
  /** The list it is in, to name the amendments it overlaps with. */
  all: readonly AmendmentSummary[];
  sections: readonly SectionSummary[];
}

/** The card. */
export function AmendmentCard({ amendment, all, sections }: AmendmentCardProps) {
  const t = useT();
  const overlaps = overlapNames(amendment, all, t);
  const shown = amendment.changes.slice(0, PREVIEW_BLOCKS);
  const more = amendment.changes.length - shown.length;
  return (
    <li class={`amendment-card ${entityClass(amendment.entityId)}`} data-amendment-id={amendment.id} data-status={amendment.status}>
      <p class="amendment-card-top">
        <span class="amendment-label">{amendmentLabel(amendment, t)}</span>
        <span class={`status-badge status-${amendment.status}`}>{t(STATUS_KEYS[amendment.status])}</span>
      </p>
      <h3 class="amendment-card-title">
        <Link href={amendmentPath(amendment.id)}>{amendment.title}</Link>
      </h3>
      <p class="amendment-card-meta">
        <span class="amendment-entity">
          <span class={`swatch ${entityClass(amendment.entityId)}`} aria-hidden="true" />
          {amendment.entityName}
        </span>
        <span class="amendment-section">{sectionLabel(amendment.sectionId, sections, t)}</span>
      </p>
      {shown.length === 0 ? (
        <p class="amendment-no-changes">{t('amendments.noChangesYet')}</p>
      ) : (
        <div class="diff-preview" aria-label={t('amendments.changesLabel', { added: amendment.added, removed: amendment.removed })}>
          {shown.map((block, index) => (
            <p key={index}>
              <DiffText segments={compactSegments(block.segments)} entityId={amendment.entityId} />
            </p>
          ))}
          {more > 0 && <p class="diff-more">{t('amendments.moreBlocks', { count: more })}</p>}
        </div>
      )}
      {overlaps.length > 0 && (
        <p class="amendment-flag flag-overlap" data-testid="overlap-flag">
          {t('amendments.overlapsWith', { names: overlaps.join(', ') })}
        </p>
      )}
      {amendment.passageDeleted ? (
        <p class="amendment-flag flag-main-changed" data-testid="passage-deleted-flag">
          {t('amendments.passageDeleted')}
        </p>
      ) : (
        amendment.mainChangedSince && (
          <p class="amendment-flag flag-main-changed" data-testid="main-changed-flag">
            {t('amendments.mainChangedSince')}
          </p>
        )
      )}
    </li>
  );
}
