/** A package's items grouped by document and section, each as an ItemCard. */
import type { Contribution } from '../../shared/api/contributions.js';
import type { DocumentSummary } from '../../shared/api/schemas.js';
import { sectionLabel } from '../amendments/amendmentText.js';
import { useT } from '../i18n.js';
import { ItemCard } from './ItemCard.js';
import { groupItems } from './itemGroups.js';
import type { PackageChange } from './packageFocus.js';

/** Props of ItemList. */
export interface ItemListProps {
  contribution: Contribution;
  /** The dossier's documents, with their outlines (in the round's order first). */
  documents: readonly DocumentSummary[];
  onChanged: (contribution: Contribution, change?: PackageChange) => void;
}

/** The grouped list, or a sentence when the package is empty. */
export function ItemList({ contribution, documents, onChanged }: ItemListProps) {
  const t = useT();
  if (contribution.items.length === 0) return <p class="panel-empty">{t('contribution.items.none')}</p>;
  return (
    <div class="item-groups" data-testid="item-list">
      {groupItems(contribution.items, documents).map((group) => {
        const document = documents.find((candidate) => candidate.id === group.documentId);
        const sections = document?.sections ?? [];
        return (
          <section key={group.documentId} class="item-document" data-document-id={group.documentId}>
            <h3>{document?.title ?? group.documentId}</h3>
            {group.sections.map((section) => (
              <div key={section.sectionId ?? 'document'} class="item-section" data-section-id={section.sectionId ?? ''}>
                <h4>{sectionLabel(section.sectionId, sections, t)}</h4>
                <ul class="item-list">
                  {section.items.map((item) => (
                    <ItemCard key={item.id} item={item} contribution={contribution} sections={sections} units={contribution.units} onChanged={onChanged} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
