/**
 * The advice's general text while it is a draft: one field the body's advisers share, saved with a
 * button (and said so). A newer text saved by a colleague replaces the field only while this
 * adviser has no unsaved change of their own.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Advice } from '../../shared/api/advice.js';
import { useT } from '../i18n.js';
import { updateAdvice } from './adviceApi.js';
import { adviceErrorMessage } from './adviceErrors.js';

/** Props of GeneralTextForm. */
export interface GeneralTextFormProps {
  advice: Advice;
  onSaved: (advice: Advice) => void;
  /** Told whether the field holds a change not yet saved. */
  onDirty: (dirty: boolean) => void;
}

/** The form. */
export function GeneralTextForm({ advice, onSaved, onDirty }: GeneralTextFormProps) {
  const t = useT();
  const [text, setText] = useState(advice.generalText);
  const [base, setBase] = useState(advice.generalText);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const dirty = text !== base;

  useEffect(() => {
    if (!dirty) {
      setText(advice.generalText);
      setBase(advice.generalText);
    }
  }, [advice.generalText]);
  useEffect(() => onDirty(dirty), [dirty]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const answer = await updateAdvice(advice.id, text);
      setBase(answer.generalText);
      setText(answer.generalText);
      setSaved(true);
      onSaved(answer);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="advice-general-form" onSubmit={(event) => void submit(event)} noValidate data-testid="advice-general-form">
      <label for="advice-general-text">{t('advice.generalText')}</label>
      <p id="advice-general-hint" class="dialog-hint">
        {t('advice.generalTextHint')}
      </p>
      <textarea
        id="advice-general-text"
        rows={6}
        maxLength={50_000}
        aria-describedby="advice-general-hint"
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setSaved(false);
        }}
      />
      {error !== null && (
        <p class="form-error" role="alert">
          {adviceErrorMessage(error, t)}
        </p>
      )}
      <div class="advice-buttons">
        <span class="advice-saved" role="status">
          {saved && !dirty ? t('advice.generalTextSaved') : dirty ? t('advice.unsaved') : ''}
        </span>
        <button type="submit" class="button-secondary" disabled={busy || !dirty}>
          {busy ? t('advice.saving') : t('advice.saveGeneralText')}
        </button>
      </div>
    </form>
  );
}
