/** Words about advice, in the interface language: a point's state, its passage now, a colleague's edit, the time left. */
import type { AdvicePoint, PassageState } from '../../shared/api/advice.js';
import type { AdviceAnswer, AdviceRoundStatus, AdviceStatus } from '../../shared/domain/adviceRules.js';
import type { MessageKey } from '../../shared/i18n/strings.js';
import type { EditedMeanwhileLabels } from '../components/EditedMeanwhile.js';
import type { Translate } from '../i18n.js';

/** The message key of each answer: gevolgd, deels gevolgd, niet gevolgd. */
export const ANSWER_KEYS: Record<AdviceAnswer, MessageKey> = {
  followed: 'advice.answer.followed',
  partly_followed: 'advice.answer.partly_followed',
  not_followed: 'advice.answer.not_followed',
};

/** The message key of each round status. */
export const ROUND_STATUS_KEYS: Record<AdviceRoundStatus, MessageKey> = {
  open: 'advice.round.status.open',
  closed: 'advice.round.status.closed',
};

/** The message key of each advice status. */
export const ADVICE_STATUS_KEYS: Record<AdviceStatus, MessageKey> = {
  draft: 'advice.status.draft',
  submitted: 'advice.status.submitted',
};

/** What has become of a point: its answer, "nog niet beantwoord" once submitted, "ontwerp" before. */
export function pointStateKey(point: Pick<AdvicePoint, 'answer'>, adviceStatus: AdviceStatus): MessageKey {
  if (point.answer !== null) return ANSWER_KEYS[point.answer.answer];
  return adviceStatus === 'draft' ? 'advice.pointState.draft' : 'advice.pointState.unanswered';
}

/** The class that colours a point's state. */
export function pointStateClass(point: Pick<AdvicePoint, 'answer'>): string {
  return point.answer === null ? 'advice-state-open' : `advice-state-${point.answer.answer}`;
}

/** "passage gewijzigd" / "passage verwijderd" when the current text differs; null when it does not (or for a general point). */
export function passageNowKey(state: PassageState | null): MessageKey | null {
  if (state === 'changed') return 'advice.passage.changed';
  if (state === 'deleted') return 'advice.passage.deleted';
  return null;
}

/** The words of "a colleague changed this text meanwhile" for the advice's texts. */
export function editedMeanwhileLabels(t: Translate): EditedMeanwhileLabels {
  return {
    title: t('advice.edited.title'),
    hint: t('advice.edited.hint'),
    theirs: t('advice.edited.theirs'),
    keepMine: t('advice.edited.keepMine'),
    takeTheirs: t('advice.edited.takeTheirs'),
  };
}

/** The time left until a deadline, in the words every round uses. */
export { timeLeftText } from '../rounds/timeLeft.js';
