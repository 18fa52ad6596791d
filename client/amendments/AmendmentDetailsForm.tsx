/**
 * Title and justification of an amendment: editable by its drafters while it is a draft, saved
 * with PATCH. A refresh from the server replaces the fields only while the user has not changed
 * them; what the user typed is never thrown away, not even when the amendment was frozen meanwhile.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import { useT } from '../i18n.js';
import { updateAmendment } from './amendmentApi.js';
import { amendmentErrorMessage } from './amendmentErrors.js';

interface Details {
  title: string;
  justification: string;
}

const same = (a: Details, b: Details) => a.title === b.title && a.justification === b.justification;

/** Props of AmendmentDetailsForm. */
export interface AmendmentDetailsFormProps {
  amendment: AmendmentDetail;
  onSaved: (amendment: AmendmentDetail) => void;
}

/** The form, or the justification as text for those who may not change it. */
export function AmendmentDetailsForm({ amendment, onSaved }: AmendmentDetailsFormProps) {
  const t = useT();
  const server: Details = { title: amendment.title, justification: amendment.justification };
  const [draft, setDraft] = useState<Details>(server);
  const [startedFrom, setStartedFrom] = useState<Details>(server);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    // Follow the server while the fields hold what it said before; keep the user's own text otherwise.
    setDraft((current) => (same(current, startedFrom) ? server : current));
    setStartedFrom(server);
  }, [amendment.title, amendment.justification]);

  const dirty = !same(draft, server);
  const editable = amendment.may.editDetails;

  if (!editable && !dirty) {
    return (
      <div class="amendment-justification">
        <h3>{t('amendment.justification')}</h3>
        {amendment.justification === '' ? (
          <p class="panel-empty">{t('amendment.noJustification')}</p>
        ) : (
          amendment.justification.split(/\n{2,}/).map((paragraph, index) => <p key={index}>{paragraph}</p>)
        )}
      </div>
    );
  }

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = {
        ...(draft.title !== amendment.title ? { title: draft.title.trim() } : {}),
        ...(draft.justification !== amendment.justification ? { justification: draft.justification.trim() } : {}),
      };
      const saved = await updateAmendment(amendment.id, body);
      setDraft({ title: saved.title, justification: saved.justification });
      onSaved(saved);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="details-form" onSubmit={(event) => void save(event)} noValidate data-testid="details-form">
      {!editable && (
        <p class="form-error" role="alert">
          {t('amendment.detailsFrozen')}
        </p>
      )}
      <label for="amendment-title">{t('newAmendment.name')}</label>
      <input
        id="amendment-title"
        type="text"
        maxLength={200}
        readOnly={!editable}
        value={draft.title}
        onInput={(event) => setDraft({ ...draft, title: event.currentTarget.value })}
      />
      <label for="amendment-justification">{t('amendment.justification')}</label>
      <textarea
        id="amendment-justification"
        rows={6}
        maxLength={20_000}
        readOnly={!editable}
        value={draft.justification}
        onInput={(event) => setDraft({ ...draft, justification: event.currentTarget.value })}
      />
      {error !== null && (
        <p class="form-error" role="alert">
          {amendmentErrorMessage(error, t)}
        </p>
      )}
      {editable && (
        <button type="submit" class="button-secondary" disabled={busy || !dirty}>
          {busy ? t('common.saving') : dirty ? t('common.save') : t('common.saved')}
        </button>
      )}
    </form>
  );
}
