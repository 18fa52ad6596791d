/**
 * "Opmerking toevoegen": a general remark on a document of the round, tied to one of its sections or
 * to the whole document, naming the sub-unit it comes from. What was typed stays when the server
 * refuses, beside its reason.
 */
import { useState } from 'preact/hooks';
import type { Contribution } from '../../shared/api/contributions.js';
import type { DocumentSummary } from '../../shared/api/schemas.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useUnsavedChanges } from '../unsavedChanges.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { chosenUnit, ItemSectionSelect, RemarkTextField, type Unit, UnitSelect, unitMissing } from './ItemFields.js';
import { addItem } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';

/** Props of AddRemarkForm. */
export interface AddRemarkFormProps {
  contributionId: string;
  /** The round's documents, with their outlines. */
  documents: readonly DocumentSummary[];
  units: readonly Unit[];
  onAdded: (contribution: Contribution) => void;
}

/** The form. */
export function AddRemarkForm({ contributionId, documents, units, onAdded }: AddRemarkFormProps) {
  const t = useT();
  const [documentId, setDocumentId] = useState(documents[0]?.id ?? '');
  const [sectionId, setSectionId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [body, setBody] = useState('');
  const [invalid, setInvalid] = useState<{ unit: boolean; body: boolean }>({ unit: false, body: false });
  const { busy, error, run } = useAsyncAction();
  const sections = documents.find((document) => document.id === documentId)?.sections ?? [];
  useUnsavedChanges(body.trim() !== '');

  const submit = (event: Event) => {
    event.preventDefault();
    const problems = { unit: unitMissing(units, unitId), body: body.trim() === '' };
    setInvalid(problems);
    if (problems.unit || problems.body) return;
    void run(async () => {
      const updated = await addItem(contributionId, {
        kind: 'remark',
        documentId,
        sectionId: sectionId === '' ? null : sectionId,
        unitId: chosenUnit(units, unitId),
        body: body.trim(),
      });
      setBody('');
      onAdded(updated);
    });
  };

  return (
    <form class="item-form" onSubmit={submit} noValidate aria-labelledby="add-remark-title" data-testid="add-remark-form">
      <h3 id="add-remark-title">{t('contribution.addRemark.title')}</h3>
      {documents.length > 1 && (
        <>
          <label for="add-remark-document">{t('contribution.item.document')}</label>
          <select
            id="add-remark-document"
            value={documentId}
            onChange={(event) => {
              setDocumentId(event.currentTarget.value);
              setSectionId('');
            }}
          >
            {documents.map((document) => (
              <option key={document.id} value={document.id}>
                {document.title}
              </option>
            ))}
          </select>
        </>
      )}
      <ItemSectionSelect id="add-remark-section" sections={sections} value={sectionId} onChange={setSectionId} />
      <UnitSelect id="add-remark-unit" units={units} value={unitId} invalid={invalid.unit} onChange={setUnitId} />
      <RemarkTextField id="add-remark-body" value={body} onInput={setBody} invalid={invalid.body} />
      <FormError error={error} describe={roundErrorMessage} />
      <button type="submit" class="button-primary" disabled={busy || documentId === ''}>
        {t('contribution.addRemark.submit')}
      </button>
    </form>
  );
}
