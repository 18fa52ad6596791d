/**
 * Editing an item inside the entity: a remark's section, unit and text (its author or the
 * coordinator); an amendment item's unit (its text is edited in the amendment itself). A save over a
 * remark a colleague rewrote meanwhile shows the colleague's text beside the writer's, kept in the
 * box, until they save theirs on top or take the colleague's (see itemEdit.ts).
 */
import { useState } from 'preact/hooks';
import type { Contribution, ContributionItem } from '../../shared/api/contributions.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { isEditedMeanwhile } from '../coEditedText.js';
import { EditedMeanwhile } from '../components/EditedMeanwhile.js';
import { FormButtons } from '../components/FormButtons.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useUnsavedChanges } from '../unsavedChanges.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { saveItemEdit, type StampedItem } from './itemEdit.js';
import { chosenUnit, ItemSectionSelect, RemarkTextField, type Unit, UnitSelect, unitMissing } from './ItemFields.js';
import { fetchContribution, updateItem } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';
import { editedMeanwhileLabels } from './roundText.js';
import { useFocusFirst } from './useFocusFirst.js';

/** Props of ItemEditForm. */
export interface ItemEditFormProps {
  contributionId: string;
  item: ContributionItem;
  sections: readonly SectionSummary[];
  units: readonly Unit[];
  onSaved: (contribution: Contribution) => void;
  onCancel: () => void;
}

/** A colleague's version of the item, and the package it was read in. */
interface Theirs {
  item: StampedItem;
  latest: Contribution;
}

/** The form, open as long as it is rendered. */
export function ItemEditForm({ contributionId, item, sections, units, onSaved, onCancel }: ItemEditFormProps) {
  const t = useT();
  const [sectionId, setSectionId] = useState(item.sectionId ?? '');
  const [unitId, setUnitId] = useState(item.unitId ?? '');
  const [body, setBody] = useState(item.body);
  const [invalid, setInvalid] = useState<{ unit: boolean; body: boolean }>({ unit: false, body: false });
  // The item as it was when the form opened: an edit is saved over this, never over a colleague's unseen.
  const [base] = useState<StampedItem>({ body: item.body, sectionId: item.sectionId, unitId: item.unitId, updatedAt: item.updatedAt });
  const [theirs, setTheirs] = useState<Theirs | null>(null);
  const { busy, error, run, fail } = useAsyncAction();
  const remark = item.kind === 'remark';
  const id = (field: string) => `item-${item.id}-${field}`;
  const formRef = useFocusFirst<HTMLFormElement>();
  useUnsavedChanges(remark && body !== item.body);

  const submit = (event: Event) => {
    event.preventDefault();
    const problems = { unit: unitMissing(units, unitId), body: remark && body.trim() === '' };
    setInvalid(problems);
    if (problems.unit || problems.body) return;
    const mine = { body: remark ? body.trim() : item.body, sectionId: sectionId === '' ? null : sectionId, unitId: chosenUnit(units, unitId) };
    void run(async () => {
      const outcome = await saveItemEdit({
        itemId: item.id,
        mine,
        seen: theirs?.item ?? base,
        // An amendment item's text and section are its amendment's: only its unit is sent.
        store: (draft, expectedUpdatedAt) =>
          updateItem(item.id, remark ? { ...draft, expectedUpdatedAt } : { unitId: draft.unitId, expectedUpdatedAt }),
        reload: () => fetchContribution(contributionId),
      });
      if ('theirs' in outcome) {
        setTheirs({ item: outcome.theirs, latest: outcome.latest });
        throw outcome.refusal;
      }
      onSaved(outcome.saved);
    });
  };
  const takeTheirs = () => {
    if (theirs === null) return;
    // The refusal is answered: the package as the colleague left it replaces the form.
    fail(null);
    onSaved(theirs.latest);
  };

  return (
    <form ref={formRef} class="item-form item-edit" onSubmit={submit} noValidate aria-label={t('contribution.item.editLabel')}>
      {remark && <ItemSectionSelect id={id('section')} sections={sections} value={sectionId} onChange={setSectionId} />}
      <UnitSelect id={id('unit')} units={units} value={unitId} invalid={invalid.unit} onChange={setUnitId} />
      {remark && <RemarkTextField id={id('body')} value={body} onInput={setBody} invalid={invalid.body} />}
      {theirs !== null && (
        <EditedMeanwhile id={id('edited')} theirs={theirs.item.body} labels={editedMeanwhileLabels(t)} busy={busy} onTakeTheirs={takeTheirs} />
      )}
      {/* The notice says it all for a colleague's save; any other refusal is said as usual. */}
      {!(theirs !== null && isEditedMeanwhile(error)) && <FormError error={error} describe={roundErrorMessage} />}
      <FormButtons
        class="form-buttons"
        busy={busy}
        submit={theirs === null ? t('common.save') : t('contribution.edited.keepMine')}
        submitting={t('common.saving')}
        cancel={t('common.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
