/**
 * The advice's general text while it is a draft: one field the body's advisers share, saved with a
 * button (and said so). A newer text saved by a colleague replaces the field only while this
 * adviser has no unsaved change of their own.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Advice } from '../../shared/api/advice.js';
import { SavedTextForm } from '../components/SavedTextForm.js';
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
  const dirty = text !== base;

  useEffect(() => {
    if (!dirty) {
      setText(advice.generalText);
      setBase(advice.generalText);
    }
  }, [advice.generalText]);
  useEffect(() => onDirty(dirty), [dirty]);

  const save = async () => {
    const answer = await updateAdvice(advice.id, text);
    setBase(answer.generalText);
    setText(answer.generalText);
    onSaved(answer);
  };

  return (
    <SavedTextForm
      class="advice-general-form"
      testId="advice-general-form"
      id="advice-general-text"
      label={t('advice.generalText')}
      hint={t('advice.generalTextHint')}
      rows={6}
      maxLength={50_000}
      text={text}
      onText={setText}
      changed={dirty}
      save={save}
      describe={adviceErrorMessage}
      buttonsClass="advice-buttons"
      statusClass="advice-saved"
      saveLabel={t('advice.saveGeneralText')}
      savingLabel={t('advice.saving')}
      savedLabel={t('advice.generalTextSaved')}
      unsavedLabel={t('advice.unsaved')}
    />
  );
}
