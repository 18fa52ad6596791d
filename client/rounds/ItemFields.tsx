/** The fields an item names: its section (or the whole document) and the sub-unit it comes from. */
import type { SectionSummary } from '../../shared/api/schemas.js';
import { sectionLabel } from '../amendments/amendmentText.js';
import { useT } from '../i18n.js';

/** A sub-unit of the entity (a cabinet, an administration). */
export interface Unit {
  id: string;
  name: string;
}

/** Props of SectionSelect. */
export interface SectionSelectProps {
  id: string;
  sections: readonly SectionSummary[];
  /** '' for the whole document. */
  value: string;
  onChange: (value: string) => void;
}

/** "Hoofdstuk": a section of the document, or the whole document. */
export function SectionSelect({ id, sections, value, onChange }: SectionSelectProps) {
  const t = useT();
  return (
    <>
      <label for={id}>{t('contribution.item.section')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{t('contribution.item.wholeDocument')}</option>
        {sections.map((section) => (
          <option key={section.id} value={section.id}>
            {sectionLabel(section.id, sections, t)}
          </option>
        ))}
      </select>
    </>
  );
}

/** Props of UnitSelect. */
export interface UnitSelectProps {
  id: string;
  units: readonly Unit[];
  /** '' until one is chosen. */
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
}

/** "Afkomstig van": the sub-unit the item comes from; nothing to choose when the entity has none. */
export function UnitSelect({ id, units, value, invalid, onChange }: UnitSelectProps) {
  const t = useT();
  if (units.length === 0) return null;
  return (
    <>
      <label for={id}>{t('contribution.item.unit')}</label>
      <select id={id} value={value} aria-invalid={invalid} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="" disabled>
          {t('contribution.item.chooseUnit')}
        </option>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </select>
      {invalid && <p class="field-error">{t('contribution.item.unitRequired')}</p>}
    </>
  );
}

/** The unit to send: null when the entity has no sub-units to name. */
export function chosenUnit(units: readonly Unit[], value: string): string | null {
  return units.length === 0 || value === '' ? null : value;
}

/** Whether the unit still has to be chosen (an entity with sub-units names one on every item). */
export function unitMissing(units: readonly Unit[], value: string): boolean {
  return units.length > 0 && value === '';
}
