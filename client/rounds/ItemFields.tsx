/** The fields of an item: its section (or the whole document), the sub-unit it comes from, a remark's text. */
import type { SectionSummary } from '../../shared/api/schemas.js';
import { SectionSelect } from '../components/SectionSelect.js';
import { TextAreaField } from '../components/TextAreaField.js';
import { useT } from '../i18n.js';

/** A sub-unit of the entity (a cabinet, an administration). */
export interface Unit {
  id: string;
  name: string;
}

/** Props of ItemSectionSelect. */
export interface ItemSectionSelectProps {
  id: string;
  sections: readonly SectionSummary[];
  /** '' for the whole document. */
  value: string;
  onChange: (value: string) => void;
}

/** "Hoofdstuk": a section of the document, or the whole document. */
export function ItemSectionSelect(props: ItemSectionSelectProps) {
  const t = useT();
  return <SectionSelect {...props} label={t('contribution.item.section')} wholeDocument={t('contribution.item.wholeDocument')} />;
}

/** Props of RemarkTextField. */
export interface RemarkTextFieldProps {
  id: string;
  value: string;
  onInput: (value: string) => void;
  /** The last submit found it empty. */
  invalid: boolean;
}

/** "Opmerking": a remark's text, which may not be empty. */
export function RemarkTextField({ id, value, onInput, invalid }: RemarkTextFieldProps) {
  const t = useT();
  return (
    <TextAreaField
      id={id}
      label={t('contribution.item.remark')}
      rows={4}
      maxLength={20_000}
      value={value}
      onInput={onInput}
      missing={invalid ? t('contribution.item.remarkRequired') : null}
    />
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
