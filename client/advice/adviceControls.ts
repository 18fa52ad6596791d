/**
 * Which controls the round page shows, from what the server says the viewer may do (`may`) and the
 * state of the round and the advice. The server checks again on every request; this only keeps
 * buttons that would be refused off the page. Pure, so unit tests call it per role.
 */
import type { Advice, AdvicePoint, AdviceRoundSummary } from '../../shared/api/advice.js';

/** The controls of the round page. */
export interface AdviceControls {
  /** "Adviespunt toevoegen" on a selected passage, and "Algemeen adviespunt". */
  addPoints: boolean;
  /** The general text as an editable field (else shown as text, when there is any). */
  editGeneralText: boolean;
  /** "Advies indienen". */
  submit: boolean;
  /** "Ronde afsluiten". */
  close: boolean;
  /** "Verslag (DOCX)": there is submitted advice to report on. */
  report: boolean;
  /** Edit and delete on this point. */
  editPoint(point: Pick<AdvicePoint, 'may'>): boolean;
  /** The answer form on this point. */
  answerPoint(point: Pick<AdvicePoint, 'may'>): boolean;
}

type RoundFacts = Pick<AdviceRoundSummary, 'status' | 'may' | 'adviceSubmittedAt'>;
type AdviceFacts = Pick<Advice, 'status' | 'may'>;

/** The controls for this viewer; `advice` is null when the viewer may not open the body's advice (yet). */
export function adviceControls(round: RoundFacts, advice: AdviceFacts | null): AdviceControls {
  const drafting = advice !== null && advice.status === 'draft' && round.status === 'open' && advice.may.draft;
  const submitted = advice !== null && advice.status === 'submitted';
  return {
    addPoints: drafting,
    editGeneralText: drafting,
    submit: drafting && advice.may.submit,
    close: round.status === 'open' && round.may.close,
    report: submitted || round.adviceSubmittedAt !== null,
    editPoint: (point) => drafting && point.may.edit,
    answerPoint: (point) => submitted && round.may.answer && point.may.answer,
  };
}
