/**
 * A new advice point: on the passage the adviser selected in the frozen version (quoted above the
 * box), or general (about a section or the whole document). The text stays when the server refuses.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Advice } from '../../shared/api/advice.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { sectionLabel } from '../amendments/amendmentText.js';
import { useT } from '../i18n.js';
import { addAdvicePoint } from './adviceApi.js';
import { adviceErrorMessage } from './adviceErrors.js';
import type { AdvicePassage } from './frozenText.js';

/** Props of PointComposer. */
export interface PointComposerProps {
  adviceId: string;
  /** The selected passage; null for a general point. */
  passage: AdvicePassage | null;
  sections: readonly SectionSummary[];
  /** Given the advice with the new point. */
  onAdded: (advice: Advice) => void;
  onCancel: () => void;
}

/** The form. */
export function PointComposer({ adviceId, passage, sections, onAdded, onCancel }: PointComposerProps) {
  const t = useT();
  const [body, setBody] = useState('');
  const [sectionId, setSectionId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  // The box takes the focus when it opens (and when another passage is chosen), so typing can start.
  useEffect(() => textRef.current?.focus(), [passage]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (body.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      const advice = await addAdvicePoint(adviceId, {
        anchor: passage?.anchor ?? null,
        sectionId: passage === null ? (sectionId === '' ? null : sectionId) : passage.sectionId,
        body: body.trim(),
      });
      setBody('');
      onAdded(advice);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="advice-composer" onSubmit={(event) => void submit(event)} noValidate data-testid="advice-composer">
      <h3>{passage === null ? t('advice.newGeneralPoint') : t('advice.newPoint')}</h3>
      {passage !== null ? (
        <blockquote class="advice-quote" data-testid="advice-composer-quote">
          {passage.quote}
        </blockquote>
      ) : (
        <>
          <label for="advice-composer-section">{t('advice.pointSection')}</label>
          <select id="advice-composer-section" value={sectionId} onChange={(event) => setSectionId(event.currentTarget.value)}>
            <option value="">{t('advice.wholeDocument')}</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {sectionLabel(section.id, sections, t)}
              </option>
            ))}
          </select>
        </>
      )}
      <label for="advice-composer-text">{t('advice.pointText')}</label>
      <textarea
        id="advice-composer-text"
        ref={textRef}
        rows={5}
        maxLength={20_000}
        value={body}
        aria-invalid={missing}
        onInput={(event) => setBody(event.currentTarget.value)}
      />
      {missing && <p class="field-error">{t('advice.error.pointEmpty')}</p>}
      {error !== null && (
        <p class="form-error" role="alert" data-testid="advice-composer-error">
          {adviceErrorMessage(error, t)}
        </p>
      )}
      <div class="advice-buttons">
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('advice.cancel')}
        </button>
        <button type="submit" class="button-primary" disabled={busy}>
          {busy ? t('advice.saving') : t('advice.savePoint')}
        </button>
      </div>
    </form>
  );
}
