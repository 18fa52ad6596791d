/**
 * Editing an item inside the entity: a remark's section, unit and text (its author or the
 * coordinator); an amendment item's unit (its text is edited in the amendment itself).
 */
import { useState } from 'preact/hooks';
import type { Contribution, ContributionItem } from '../../shared/api/contributions.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { FormButtons } from '../components/FormButtons.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { chosenUnit, ItemSectionSelect, RemarkTextField, type Unit, UnitSelect, unitMissing } from './ItemFields.js';
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
  const { busy, error, run } = useAsyncAction();
  const remark = item.kind === 'remark';
  const id = (field: string) => `item-${item.id}-${field}`;
  const formRef = useFocusFirst<HTMLFormElement>();

  const submit = (event: Event) => {
    event.preventDefault();
    const problems = { unit: unitMissing(units, unitId), body: remark && body.trim() === '' };
    setInvalid(problems);
    if (problems.unit || problems.body) return;
    void run(async () =>
      onSaved(
        await updateItem(
          item.id,
          remark
            ? { sectionId: sectionId === '' ? null : sectionId, unitId: chosenUnit(units, unitId), body: body.trim() }
            : { unitId: chosenUnit(units, unitId) },
        ),
      ),
    );
  };

  return (
    <form ref={formRef} class="item-form item-edit" onSubmit={submit} noValidate aria-label={t('contribution.item.editLabel')}>
      {remark && <ItemSectionSelect id={id('section')} sections={sections} value={sectionId} onChange={setSectionId} />}
      <UnitSelect id={id('unit')} units={units} value={unitId} invalid={invalid.unit} onChange={setUnitId} />
      {remark && <RemarkTextField id={id('body')} value={body} onInput={setBody} invalid={invalid.body} />}
      <FormError error={error} describe={roundErrorMessage} />
      <FormButtons
        class="form-buttons"
        busy={busy}
        submit={t('common.save')}
        submitting={t('common.saving')}
        cancel={t('common.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
