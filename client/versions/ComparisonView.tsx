/**
 * A comparison of two texts: its two sides, the counts, a legend of the entities whose changes it
 * shows, and the changed blocks by section, added text underlined and removed text struck through
 * in the colour of the entity that wrote or deleted it (DiffText, as the amendments show changes).
 */
import type { EntitySummary, SectionSummary } from '../../shared/api/schemas.js';
import type { VersionComparison } from '../../shared/api/versions.js';
import { sectionLabel } from '../amendments/amendmentText.js';
import { DiffText } from '../amendments/DiffText.js';
import { entityClass } from '../editor/cursors.js';
import { useT } from '../i18n.js';
import { blocksBySection, changeEntities, sideLabel } from './versionText.js';

/** Props of ComparisonView. */
export interface ComparisonViewProps {
  comparison: VersionComparison;
  sections: readonly SectionSummary[];
  entities: readonly EntitySummary[];
}

/** The view. */
export function ComparisonView({ comparison, sections, entities }: ComparisonViewProps) {
  const t = useT();
  const writers = changeEntities(comparison.blocks);
  const nameOf = (entityId: string | null) => entities.find((entity) => entity.id === entityId)?.name ?? t('versions.unknownEntity');
  return (
    <article class="comparison" data-testid="comparison">
      <p class="comparison-sides">
        <span data-testid="comparison-from">{sideLabel(comparison.from, t)}</span>
        {' → '}
        <span data-testid="comparison-to">{sideLabel(comparison.to, t)}</span>
      </p>
      <p class="comparison-counts" data-testid="comparison-counts">
        {t('versions.counts', { added: comparison.added, removed: comparison.removed })}
      </p>
      {writers.length > 0 && (
        <div class="comparison-legend">
          <p class="track-legend">
            <ins class="tc-added entity-unknown">{t('trackChanges.legendAdded')}</ins>{' '}
            <del class="tc-removed entity-unknown">{t('trackChanges.legendRemoved')}</del>
          </p>
          <p class="comparison-entities">
            {t('versions.legend')}{' '}
            {writers.map((entityId) => (
              <span key={entityId ?? ''} class="amendment-entity">
                <span class={`swatch ${entityClass(entityId)}`} aria-hidden="true" />
                {nameOf(entityId)}
              </span>
            ))}
          </p>
        </div>
      )}
      {comparison.blocks.length === 0 ? (
        <p class="panel-empty">{t('versions.noDifferences')}</p>
      ) : (
        blocksBySection(comparison.blocks).map((group, index) => (
          <section key={index} class="comparison-section" data-section-id={group.sectionId ?? ''}>
            {group.sectionId !== null && <h2>{sectionLabel(group.sectionId, sections, t)}</h2>}
            {group.blocks.map((block, at) => (
              <p key={at} class={`comparison-block kind-${block.kind}`}>
                <DiffText segments={block.segments} entityId="" />
              </p>
            ))}
          </section>
        ))
      )}
    </article>
  );
}
