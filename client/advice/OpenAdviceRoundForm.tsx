/**
 * The lead opens an advice round: the document, the version under advice (an existing one, or a new
 * one taken now under a name), the advisory body (the CPG by default), the question, the
 * consultation date and the deadline for written advice (a date and a time in Brussels). What was
 * typed stays when the server refuses, beside the reason.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AdviceRoundSummary } from '../../shared/api/advice.js';
import type { DocumentSummary, EntitySummary } from '../../shared/api/schemas.js';
import type { VersionSummary } from '../../shared/api/versions.js';
import { useT } from '../i18n.js';
import { fetchVersions } from '../versions/versionApi.js';
import { openAdviceRound } from './adviceApi.js';
import { adviceErrorMessage } from './adviceErrors.js';
import { openRoundRequest, type OpenRoundFields, type OpenRoundProblem } from './openRoundRequest.js';

/** Props of OpenAdviceRoundForm. */
export interface OpenAdviceRoundFormProps {
  /** The documents the user leads. */
  documents: readonly DocumentSummary[];
  /** The entities that may be asked (top-level ones). */
  bodies: readonly EntitySummary[];
  initialDocumentId: string | null;
  initialVersionId: string | null;
  onOpened: (round: AdviceRoundSummary) => void;
}

const DEFAULT_BODY = 'cpg';

/** The form. */
export function OpenAdviceRoundForm({ documents, bodies, initialDocumentId, initialVersionId, onOpened }: OpenAdviceRoundFormProps) {
  const t = useT();
  const [fields, setFields] = useState<OpenRoundFields>(() => ({
    documentId: documents.find((document) => document.id === initialDocumentId)?.id ?? documents[0]?.id ?? '',
    versionChoice: initialVersionId === null ? 'new' : 'existing',
    versionId: initialVersionId ?? '',
    versionName: t('advice.defaultVersionName'),
    bodyEntityId: bodies.find((body) => body.id === DEFAULT_BODY)?.id ?? bodies[0]?.id ?? '',
    question: '',
    consultationDate: '',
    deadlineDate: '',
    deadlineTime: '17:00',
  }));
  const [versions, setVersions] = useState<readonly VersionSummary[]>([]);
  const [problems, setProblems] = useState<ReadonlySet<OpenRoundProblem>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = <K extends keyof OpenRoundFields>(key: K, value: OpenRoundFields[K]) => setFields((old) => ({ ...old, [key]: value }));

  useEffect(() => {
    if (fields.documentId === '') return;
    let current = true;
    fetchVersions(fields.documentId)
      .then(({ versions: list }) => {
        if (!current) return;
        setVersions(list);
        setFields((old) => (list.some((version) => version.id === old.versionId) ? old : { ...old, versionId: list[0]?.id ?? '' }));
      })
      .catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [fields.documentId]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const built = openRoundRequest(fields, Date.now());
    if (!built.ok) {
      setProblems(new Set(built.problems));
      return;
    }
    setProblems(new Set());
    setBusy(true);
    setError(null);
    try {
      onOpened(await openAdviceRound(built.request));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const invalid = (problem: OpenRoundProblem) => problems.has(problem);
  const fieldError = (problem: OpenRoundProblem, key: Parameters<typeof t>[0]) =>
    invalid(problem) && (
      <p class="field-error" id={`open-advice-${problem}`}>
        {t(key)}
      </p>
    );

  return (
    <form class="open-advice-form" onSubmit={(event) => void submit(event)} noValidate data-testid="open-advice-form">
      <label for="open-advice-document">{t('advice.open.document')}</label>
      <select id="open-advice-document" value={fields.documentId} onChange={(event) => set('documentId', event.currentTarget.value)}>
        {documents.map((document) => (
          <option key={document.id} value={document.id}>
            {document.short} — {document.title}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t('advice.open.version')}</legend>
        <label class="radio">
          <input type="radio" name="open-advice-version" checked={fields.versionChoice === 'new'} onChange={() => set('versionChoice', 'new')} />
          {t('advice.open.newVersion')}
        </label>
        <label class="radio">
          <input
            type="radio"
            name="open-advice-version"
            checked={fields.versionChoice === 'existing'}
            disabled={versions.length === 0}
            onChange={() => set('versionChoice', 'existing')}
          />
          {versions.length === 0 ? t('advice.open.noVersions') : t('advice.open.existingVersion')}
        </label>
      </fieldset>
      {fields.versionChoice === 'new' ? (
        <>
          <label for="open-advice-version-name">{t('advice.open.versionName')}</label>
          <input
            id="open-advice-version-name"
            type="text"
            maxLength={200}
            value={fields.versionName}
            aria-invalid={invalid('versionName')}
            onInput={(event) => set('versionName', event.currentTarget.value)}
          />
          {fieldError('versionName', 'advice.open.versionNameRequired')}
        </>
      ) : (
        <>
          <label for="open-advice-version-id">{t('advice.open.existingVersionLabel')}</label>
          <select id="open-advice-version-id" value={fields.versionId} onChange={(event) => set('versionId', event.currentTarget.value)}>
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {version.name}
              </option>
            ))}
          </select>
          {fieldError('versionId', 'advice.open.versionRequired')}
        </>
      )}
      <label for="open-advice-body">{t('advice.open.body')}</label>
      <select id="open-advice-body" value={fields.bodyEntityId} onChange={(event) => set('bodyEntityId', event.currentTarget.value)}>
        {bodies.map((body) => (
          <option key={body.id} value={body.id}>
            {body.name}
          </option>
        ))}
      </select>
      <label for="open-advice-question">{t('advice.open.question')}</label>
      <textarea
        id="open-advice-question"
        rows={4}
        maxLength={20_000}
        value={fields.question}
        aria-invalid={invalid('question')}
        onInput={(event) => set('question', event.currentTarget.value)}
      />
      {fieldError('question', 'advice.open.questionRequired')}
      <label for="open-advice-consultation">{t('advice.open.consultationDate')}</label>
      <input
        id="open-advice-consultation"
        type="date"
        value={fields.consultationDate}
        aria-invalid={invalid('consultationDate')}
        onInput={(event) => set('consultationDate', event.currentTarget.value)}
      />
      {fieldError('consultationDate', 'advice.open.dateRequired')}
      <div class="open-advice-deadline">
        <div>
          <label for="open-advice-deadline-date">{t('advice.open.deadlineDate')}</label>
          <input
            id="open-advice-deadline-date"
            type="date"
            value={fields.deadlineDate}
            aria-invalid={invalid('deadline')}
            onInput={(event) => set('deadlineDate', event.currentTarget.value)}
          />
        </div>
        <div>
          <label for="open-advice-deadline-time">{t('advice.open.deadlineTime')}</label>
          <input
            id="open-advice-deadline-time"
            type="time"
            value={fields.deadlineTime}
            aria-invalid={invalid('deadline')}
            onInput={(event) => set('deadlineTime', event.currentTarget.value)}
          />
        </div>
      </div>
      <p class="dialog-hint">{t('advice.open.deadlineHint')}</p>
      {fieldError('deadline', 'advice.open.deadlineRequired')}
      {fieldError('nonexistentTime', 'advice.error.nonexistentTime')}
      {fieldError('deadlinePast', 'advice.error.deadlinePassed')}
      {fieldError('document', 'advice.open.incomplete')}
      {error !== null && (
        <p class="form-error" role="alert" data-testid="open-advice-error">
          {adviceErrorMessage(error, t)}
        </p>
      )}
      <button type="submit" class="button-primary" disabled={busy}>
        {busy ? t('advice.open.opening') : t('advice.open.submit')}
      </button>
    </form>
  );
}
