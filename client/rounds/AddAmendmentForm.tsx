/**
 * "Amendement toevoegen": one of the entity's draft amendments on the round's documents (written in
 * the text's editor, "Nieuw amendement") joins the package, naming the sub-unit it comes from.
 * Drafts already in the package are not offered again.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AmendmentSummary } from '../../shared/api/amendments.js';
import type { Contribution } from '../../shared/api/contributions.js';
import type { DocumentSummary } from '../../shared/api/schemas.js';
import { Link } from '../components/Link.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { editorPath } from '../router.js';
import { chosenUnit, type Unit, UnitSelect, unitMissing } from './ItemFields.js';
import { offeredDrafts } from './itemGroups.js';
import { addItem, fetchDraftAmendments } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';

/** Props of AddAmendmentForm. */
export interface AddAmendmentFormProps {
  contributionId: string;
  documents: readonly DocumentSummary[];
  units: readonly Unit[];
  /** Amendments already in the package. */
  takenAmendmentIds: readonly string[];
  onAdded: (contribution: Contribution) => void;
}

/** The form. */
export function AddAmendmentForm({ contributionId, documents, units, takenAmendmentIds, onAdded }: AddAmendmentFormProps) {
  const t = useT();
  const [drafts, setDrafts] = useState<AmendmentSummary[] | null>(null);
  const [amendmentId, setAmendmentId] = useState('');
  const [unitId, setUnitId] = useState('');
  const [unitInvalid, setUnitInvalid] = useState(false);
  const { busy, error, run, fail } = useAsyncAction();
  const documentKey = documents.map((document) => document.id).join(',');

  useEffect(() => {
    let current = true;
    fetchDraftAmendments(documentKey === '' ? [] : documentKey.split(','))
      .then((answer) => current && setDrafts(answer))
      .catch((failure: unknown) => current && fail(failure));
    return () => {
      current = false;
    };
  }, [documentKey]);

  const offered = offeredDrafts(drafts ?? [], takenAmendmentIds);
  const chosen = offered.some((draft) => draft.id === amendmentId) ? amendmentId : (offered[0]?.id ?? '');
  const documentShort = (id: string) => documents.find((document) => document.id === id)?.short ?? id;

  const submit = (event: Event) => {
    event.preventDefault();
    const missing = unitMissing(units, unitId);
    setUnitInvalid(missing);
    if (missing || chosen === '') return;
    void run(async () => onAdded(await addItem(contributionId, { kind: 'amendment', amendmentId: chosen, unitId: chosenUnit(units, unitId) })));
  };

  return (
    <form class="item-form" onSubmit={submit} noValidate aria-labelledby="add-amendment-title" data-testid="add-amendment-form">
      <h3 id="add-amendment-title">{t('contribution.addAmendment.title')}</h3>
      <p class="dialog-hint">
        {t('contribution.addAmendment.hint')}{' '}
        {documents.map((document) => (
          <Link key={document.id} href={editorPath(document.id)} class="inline-link">
            {document.short}
          </Link>
        ))}
      </p>
      {drafts === null && error === null && <p class="loading">{t('app.loading')}</p>}
      {drafts !== null && offered.length === 0 && <p class="panel-empty">{t('contribution.addAmendment.none')}</p>}
      {offered.length > 0 && (
        <>
          <label for="add-amendment-draft">{t('contribution.addAmendment.draft')}</label>
          <select id="add-amendment-draft" value={chosen} onChange={(event) => setAmendmentId(event.currentTarget.value)}>
            {offered.map((draft) => (
              <option key={draft.id} value={draft.id}>
                {`${documentShort(draft.documentId)} — ${draft.title}`}
              </option>
            ))}
          </select>
          <UnitSelect id="add-amendment-unit" units={units} value={unitId} invalid={unitInvalid} onChange={setUnitId} />
          <button type="submit" class="button-primary" disabled={busy}>
            {t('contribution.addAmendment.submit')}
          </button>
        </>
      )}
      <FormError error={error} describe={roundErrorMessage} />
    </form>
  );
}
