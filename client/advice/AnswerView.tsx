/** The lead's answer to a point as everyone who may see the advice reads it: the answer, why, who, and what carries it out. */
import type { AdvicePointAnswer } from '../../shared/api/advice.js';
import { formatMoment } from '../amendments/amendmentText.js';
import { Link } from '../components/Link.js';
import { useT } from '../i18n.js';
import { amendmentPath } from '../router.js';
import { versionPath } from '../versions/versionPaths.js';
import { ANSWER_KEYS } from './adviceText.js';

/** Props of AnswerView. */
export interface AnswerViewProps {
  answer: AdvicePointAnswer;
}

/** The answer. */
export function AnswerView({ answer }: AnswerViewProps) {
  const t = useT();
  return (
    <div class={`advice-answer advice-state-${answer.answer}`} data-testid="advice-answer">
      <p class="advice-answer-head">
        <span class="advice-answer-title">{t('advice.answerPrefix')}</span>
        <strong class="advice-answer-label">{t(ANSWER_KEYS[answer.answer])}</strong>
        <span class="advice-meta">{t('advice.answeredBy', { name: answer.byName, date: formatMoment(answer.at) })}</span>
      </p>
      {answer.explanation !== '' && <p class="advice-answer-explanation">{answer.explanation}</p>}
      {answer.links.length > 0 && (
        <p class="advice-answer-links">
          {t('advice.carriedOutBy')}{' '}
          {answer.links.map((link, index) => (
            <span key={`${link.kind}:${link.id}`}>
              {index > 0 && ', '}
              <Link href={link.kind === 'amendment' ? amendmentPath(link.id) : versionPath(link.id)}>{link.label}</Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
