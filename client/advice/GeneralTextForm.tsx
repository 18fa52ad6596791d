/**
 * The advice's general text while it is a draft: one field the body's advisers share, saved with a
 * button (and said so). A newer text saved by a colleague replaces the field only while this
 * adviser has no unsaved change of their own; a save over a colleague's newer text is refused and
 * shows both texts, the adviser's kept in the field, until they save theirs on top or take the other.
 */
import { useEffect } from 'preact/hooks';
import type { Advice } from '../../shared/api/advice.js';
import { SavedTextForm } from '../components/SavedTextForm.js';
import { useT } from '../i18n.js';
import { useCoEditedText } from '../useCoEditedText.js';
import { fetchAdvice, updateAdvice } from './adviceApi.js';
import { adviceErrorMessage } from './adviceErrors.js';
import { editedMeanwhileLabels } from './adviceText.js';

/** Props of GeneralTextForm. */
export interface GeneralTextFormProps {
  advice: Advice;
  onSaved: (advice: Advice) => void;
  /** Told whether the field holds a change not yet saved. */
  onDirty: (dirty: boolean) => void;
}

/** The general text and the stamp of the advice it belongs to. */
const stampedText = (advice: Advice) => ({ text: advice.generalText, updatedAt: advice.updatedAt });

/** The form. */
export function GeneralTextForm({ advice, onSaved, onDirty }: GeneralTextFormProps) {
  const t = useT();
  // Both requests hand the whole advice to the page: a colleague's points show up with their text.
  const field = useCoEditedText(
    stampedText(advice),
    async (text, expectedUpdatedAt) => {
      const answer = await updateAdvice(advice.id, text, expectedUpdatedAt);
      onSaved(answer);
      return stampedText(answer);
    },
    async () => {
      const now = await fetchAdvice(advice.id);
      onSaved(now);
      return stampedText(now);
    },
  );
  useEffect(() => onDirty(field.dirty), [field.dirty]);

  return (
    <SavedTextForm
      class="advice-general-form"
      testId="advice-general-form"
      id="advice-general-text"
      label={t('advice.generalText')}
      hint={t('advice.generalTextHint')}
      rows={6}
      maxLength={50_000}
      text={field.text}
      onText={field.setText}
      changed={field.dirty}
      save={field.save}
      describe={adviceErrorMessage}
      buttonsClass="advice-buttons"
      statusClass="advice-saved"
      saveLabel={t('advice.saveGeneralText')}
      savingLabel={t('advice.saving')}
      savedLabel={t('advice.generalTextSaved')}
      unsavedLabel={t('advice.unsaved')}
      theirs={field.theirs}
      conflictLabels={editedMeanwhileLabels(t)}
      onTakeTheirs={field.takeTheirs}
    />
  );
}
