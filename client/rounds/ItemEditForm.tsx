/**
 * Editing an item inside the entity: a remark's section, unit and text (its author or the
 * coordinator); an amendment item's unit (its text is edited in the amendment itself).
 */
import { useState } from 'preact/hooks';
import type { Contribution, ContributionItem } from '../../shared/api/contributions.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { useT } from '../i18n.js';
import { chosenUnit, SectionSelect, type Unit, UnitSelect, unitMissing } from './ItemFields.js';
import { updateItem } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';
import { useFocusFirst } from './useFocusFirst.js';

/** Props of ItemEditForm. */
export interface ItemEditFormProps {
  item: ContributionItem;
  sections: readonly SectionSummary[];
  units: readonly Unit[];
  onSaved: (contribution: Contribution) => void;
  onCancel: () => void;
}

/** The form, open as long as it is rendered. */
export function ItemEditForm({ item, sections, units, onSaved, onCancel }: ItemEditFormProps) {
  const t = useT();
  const [sectionId, setSectionId] = useState(item.sectionId ?? '');
  const [unitId, setUnitId] = useState(item.unitId ?? '');
  const [body, setBody] = useState(item.body);
  const [invalid, setInvalid] = useState<{ unit: boolean; body: boolean }>({ unit: false, body: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const remark = item.kind === 'remark';
  const id = (field: string) => `item-${item.id}-${field}`;
  const formRef = useFocusFirst<HTMLFormElement>();

  const submit = async (event: Event) => {
    event.preventDefault();
    const problems = { unit: unitMissing(units, unitId), body: remark && body.trim() === '' };
    setInvalid(problems);
    if (problems.unit || problems.body) return;
    setBusy(true);
    setError(null);
    try {
      const updated = await updateItem(
        item.id,
        remark
          ? { sectionId: sectionId === '' ? null : sectionId, unitId: chosenUnit(units, unitId), body: body.trim() }
          : { unitId: chosenUnit(units, unitId) },
      );
      onSaved(updated);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="item-form item-edit" onSubmit={(event) => void submit(event)} noValidate aria-label={t('contribution.item.editLabel')}>
      {remark && <SectionSelect id={id('section')} sections={sections} value={sectionId} onChange={setSectionId} />}
      <UnitSelect id={id('unit')} units={units} value={unitId} invalid={invalid.unit} onChange={setUnitId} />
      {remark && (
        <>
          <label for={id('body')}>{t('contribution.item.remark')}</label>
          <textarea id={id('body')} rows={4} maxLength={20_000} value={body} aria-invalid={invalid.body} onInput={(event) => setBody(event.currentTarget.value)} />
          {invalid.body && <p class="field-error">{t('contribution.item.remarkRequired')}</p>}
        </>
      )}
      {error !== null && (
        <p class="form-error" role="alert">
          {roundErrorMessage(error, t)}
        </p>
      )}
      <div class="form-buttons">
        <button type="button" class="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
