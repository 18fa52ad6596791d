/**
 * "Nieuwe insteekronde": the lead names the round, writes the instructions, picks one or both
 * documents (each says who leads it; at least one must be led by the lead's own entity, the other's
 * lead then runs the round too) and the entities to invite, and sets the deadline as a Brussels date
 * and time. The server judges the deadline (a time skipped by the clock change, a moment already
 * past, a year mistyped); its answer is shown beside the form, which keeps what the lead entered.
 */
import { useState } from 'preact/hooks';
import type { RoundSummary } from '../../shared/api/contributions.js';
import type { DocumentSummary, EntitySummary } from '../../shared/api/schemas.js';
import type { MessageKey } from '../../shared/i18n/strings.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { openRound } from './roundApi.js';
import { roundErrorMessage } from './roundErrors.js';
import { useFocusFirst } from './useFocusFirst.js';

/** Props of NewRoundForm. */
export interface NewRoundFormProps {
  /** The dossier's documents. */
  documents: readonly DocumentSummary[];
  /** The lead's entity: the documents it leads are marked, and one of them must be chosen. */
  leadEntityId: string;
  /** The entities that can be invited. */
  entities: readonly EntitySummary[];
  onOpened: (round: RoundSummary) => void;
}

type Missing = 'title' | 'documents' | 'ownDocument' | 'entities' | 'date';

/** The control that takes focus when a check fails, so keyboard and screen-reader users land on the problem. */
const FIRST_CONTROL: Record<Missing, string> = {
  title: '#new-round-name',
  documents: '#new-round-documents input',
  ownDocument: '#new-round-documents input',
  entities: '#new-round-entities input',
  date: '#new-round-date',
};

const toggled = (list: readonly string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((other) => other !== id));

/** Props of ChoiceGroup. */
interface ChoiceGroupProps {
  id: string;
  legend: string;
  options: readonly { id: string; label: string }[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  invalid: boolean;
  /** Said when there is nothing to choose. */
  none?: string | undefined;
  /** Said under the legend, about the choice. */
  hint?: string | undefined;
}

/** A fieldset of checkboxes: the documents, the entities. */
function ChoiceGroup({ id, legend, options, chosen, onChange, invalid, none, hint }: ChoiceGroupProps) {
  return (
    <fieldset id={id} class="choice-group" aria-invalid={invalid}>
      <legend>{legend}</legend>
      {hint !== undefined && options.length > 0 && <p class="dialog-hint">{hint}</p>}
      {options.length === 0 && none !== undefined && <p class="dialog-hint">{none}</p>}
      {options.map((option) => (
        <label key={option.id} class="checkbox">
          <input type="checkbox" checked={chosen.includes(option.id)} onChange={(event) => onChange(toggled(chosen, option.id, event.currentTarget.checked))} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The form. */
export function NewRoundForm({ documents, leadEntityId, entities, onOpened }: NewRoundFormProps) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const led = documents.filter((document) => document.leadEntityId === leadEntityId);
  // The one document the entity leads is chosen to start with; the other can be added.
  const [documentIds, setDocumentIds] = useState<string[]>(led.length === 1 ? [led[0]!.id] : []);
  const [entityIds, setEntityIds] = useState<string[]>([]);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('17:00');
  const [missing, setMissing] = useState<Missing[]>([]);
  const { busy, error, run } = useAsyncAction();
  const formRef = useFocusFirst<HTMLFormElement>();

  const submit = (event: Event) => {
    event.preventDefault();
    const problems: Missing[] = [];
    if (title.trim() === '') problems.push('title');
    if (documentIds.length === 0) problems.push('documents');
    else if (!led.some((document) => documentIds.includes(document.id))) problems.push('ownDocument');
    if (entityIds.length === 0) problems.push('entities');
    if (date === '' || time === '') problems.push('date');
    setMissing(problems);
    // Problems are listed in the form's order: the first is the one nearest the top.
    const first = problems[0];
    if (first !== undefined) {
      formRef.current?.querySelector<HTMLElement>(FIRST_CONTROL[first])?.focus();
      return;
    }
    void run(async () => onOpened(await openRound({ title: title.trim(), instructions: instructions.trim(), documentIds, entityIds, deadline: { date, time } })));
  };
  const fieldError = (which: Missing, key: MessageKey) =>
    missing.includes(which) && (
      <p class="field-error" id={`new-round-${which}-error`}>
        {t(key)}
      </p>
    );

  return (
    <form ref={formRef} class="round-form" onSubmit={submit} noValidate data-testid="new-round-form" aria-labelledby="new-round-title">
      <h2 id="new-round-title">{t('round.new.title')}</h2>
      <label for="new-round-name">{t('round.new.name')}</label>
      <input
        id="new-round-name"
        type="text"
        maxLength={200}
        value={title}
        aria-invalid={missing.includes('title')}
        onInput={(event) => setTitle(event.currentTarget.value)}
      />
      {fieldError('title', 'round.new.nameRequired')}
      <label for="new-round-instructions">{t('round.instructions')}</label>
      <textarea id="new-round-instructions" rows={5} maxLength={20_000} value={instructions} onInput={(event) => setInstructions(event.currentTarget.value)} />
      <ChoiceGroup
        id="new-round-documents"
        legend={t('round.new.documents')}
        options={documents.map((document) => ({
          id: document.id,
          label:
            document.leadEntityId === leadEntityId
              ? t('round.new.ledByYou', { document: document.title })
              : t('round.new.ledBy', { document: document.title, entity: document.leadEntityName }),
        }))}
        chosen={documentIds}
        onChange={setDocumentIds}
        invalid={missing.includes('documents') || missing.includes('ownDocument')}
        none={t('round.new.noDocuments')}
        hint={t('round.new.documentsHint')}
      />
      {fieldError('documents', 'round.new.documentsRequired')}
      {fieldError('ownDocument', 'round.new.ownDocumentRequired')}
      <ChoiceGroup
        id="new-round-entities"
        legend={t('round.new.entities')}
        options={entities.map((entity) => ({ id: entity.id, label: entity.name }))}
        chosen={entityIds}
        onChange={setEntityIds}
        invalid={missing.includes('entities')}
      />
      {fieldError('entities', 'round.new.entitiesRequired')}
      <fieldset class="deadline-fields">
        <legend>{t('round.new.deadline')}</legend>
        <label for="new-round-date">{t('round.deadlineDate')}</label>
        <input id="new-round-date" type="date" value={date} aria-invalid={missing.includes('date')} onInput={(event) => setDate(event.currentTarget.value)} />
        <label for="new-round-time">{t('round.deadlineTime')}</label>
        <input id="new-round-time" type="time" value={time} onInput={(event) => setTime(event.currentTarget.value)} />
        <p class="dialog-hint">{t('round.deadlineZone')}</p>
      </fieldset>
      {fieldError('date', 'round.new.deadlineRequired')}
      <FormError error={error} describe={roundErrorMessage} testId="new-round-error" />
      <button type="submit" class="button-primary" disabled={busy}>
        {busy ? t('round.new.opening') : t('round.new.open')}
      </button>
    </form>
  );
}
