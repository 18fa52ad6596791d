/** The document's sections beside the text: number and title, live from the editor. */
import type { SectionOutline } from '../../shared/schema/schema.js';
import { useT } from '../i18n.js';

/** Props of Outline. */
export interface OutlineProps {
  sections: readonly SectionOutline[];
  /** The section holding the cursor. */
  activeSectionId: string | null;
  /** Moves the cursor into a section. */
  onSelect: (sectionId: string) => void;
}

/** The outline navigation. */
export function Outline({ sections, activeSectionId, onSelect }: OutlineProps) {
  const t = useT();
  return (
    <nav class="outline" aria-labelledby="outline-title">
      <h2 id="outline-title" class="panel-title">
        {t('editor.outline')}
      </h2>
      <ol class="outline-list">
        {sections.map((section) => (
          <li key={section.id}>
            {/* A real fragment link: it still works (scroll only) if the handler does not run. */}
            <a
              href={`#section-${section.id}`}
              data-section-id={section.id}
              aria-current={section.id === activeSectionId ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onSelect(section.id);
              }}
            >
              {section.number > 0 && <span class="outline-number">{section.number}.</span>}
              <span class="outline-title">{section.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
