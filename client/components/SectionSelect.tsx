/** The choice of where an item or a point belongs: one section of the document, or the whole document. */
import type { SectionSummary } from '../../shared/api/schemas.js';
import { sectionLabel } from '../amendments/amendmentText.js';
import { useT } from '../i18n.js';

/** Props of SectionSelect. */
export interface SectionSelectProps {
  id: string;
  /** The select's label, and the option that names the whole document, in the area's words. */
  label: string;
  wholeDocument: string;
  sections: readonly SectionSummary[];
  /** '' for the whole document. */
  value: string;
  onChange: (value: string) => void;
}

/** The labelled select, "the whole document" first and then the sections as numbered in the text. */
export function SectionSelect({ id, label, wholeDocument, sections, value, onChange }: SectionSelectProps) {
  const t = useT();
  return (
    <>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{wholeDocument}</option>
        {sections.map((section) => (
          <option key={section.id} value={section.id}>
            {sectionLabel(section.id, sections, t)}
          </option>
        ))}
      </select>
    </>
  );
}
