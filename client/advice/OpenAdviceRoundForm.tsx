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
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
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
  const { busy, error, run, fail } = useAsyncAction();
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
      .catch((failure: unknown) => current && fail(failure));
    return () => {
      current = false;
    };
  }, [fields.documentId]);

  const submit = (event: Event) => {
    event.preventDefault();
    const built = openRoundRequest(fields, Date.now());
    setProblems(new Set(built.ok ? [] : built.problems));
    if (built.ok) void run(async () => onOpened(await openAdviceRound(built.request)));
  };
  const invalid = (problem: OpenRoundProblem) => problems.has(problem);
  const fieldError = (problem: OpenRoundProblem, key: Parameters<typeof t>[0]) =>
    invalid(problem) && (
      <p class="field-error" id={`open-advice-${problem}`}>
        {t(key)}
      </p>
    );

  // The selects and the dates are named after their field; a date is marked invalid with its problem.
  const choice = (key: 'documentId' | 'versionId' | 'bodyEntityId', label: string, options: readonly { value: string; label: string }[]) => (
    <>
      <label for={`open-advice-${key}`}>{label}</label>
      <select id={`open-advice-${key}`} value={fields[key]} onChange={(event) => set(key, event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
  const moment = (key: 'consultationDate' | 'deadlineDate' | 'deadlineTime', label: string, problem: OpenRoundProblem) => (
    <>
      <label for={`open-advice-${key}`}>{label}</label>
      <input
        id={`open-advice-${key}`}
        type={key === 'deadlineTime' ? 'time' : 'date'}
        value={fields[key]}
        aria-invalid={invalid(problem)}
        onInput={(event) => set(key, event.currentTarget.value)}
      />
    </>
  );

  return (
    <form class="open-advice-form" onSubmit={submit} noValidate data-testid="open-advice-form">
      {choice(
        'documentId',
        t('advice.open.document'),
        documents.map((document) => ({ value: document.id, label: `${document.short} — ${document.title}` })),
      )}
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
          {choice(
            'versionId',
            t('advice.open.existingVersionLabel'),
            versions.map((version) => ({ value: version.id, label: version.name })),
          )}
          {fieldError('versionId', 'advice.open.versionRequired')}
        </>
      )}
      {choice(
        'bodyEntityId',
        t('advice.open.body'),
        bodies.map((body) => ({ value: body.id, label: body.name })),
      )}
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
      {moment('consultationDate', t('advice.open.consultationDate'), 'consultationDate')}
      {fieldError('consultationDate', 'advice.open.dateRequired')}
      <div class="open-advice-deadline">
        <div>
          {moment('deadlineDate', t('advice.open.deadlineDate'), 'deadline')}
        </div>
        <div>
          {moment('deadlineTime', t('advice.open.deadlineTime'), 'deadline')}
        </div>
      </div>
      <p class="dialog-hint">{t('advice.open.deadlineHint')}</p>
      {fieldError('deadline', 'advice.open.deadlineRequired')}
      {fieldError('nonexistentTime', 'advice.error.nonexistentTime')}
      {fieldError('deadlinePast', 'advice.error.deadlinePassed')}
      {fieldError('consultationAfterDeadline', 'advice.error.consultationAfterDeadline')}
      {fieldError('document', 'advice.open.incomplete')}
      <FormError error={error} describe={adviceErrorMessage} testId="open-advice-error" />
      <button type="submit" class="button-primary" disabled={busy}>
        {busy ? t('advice.open.opening') : t('advice.open.submit')}
      </button>
    </form>
  );
}
