/**
 * The package's cover note: written by the coordinator while it is a draft, read by everyone who
 * sees it. The text being typed is held by the page, so submitting the package saves it first.
 */
import { SavedTextForm } from '../components/SavedTextForm.js';
import { useT } from '../i18n.js';
import { roundErrorMessage } from './roundErrors.js';

/** Props of CoverNote. */
export interface CoverNoteProps {
  /** The stored note. */
  coverNote: string;
  editable: boolean;
  /** The text in the field (the page keeps it). */
  text: string;
  onText: (text: string) => void;
  /** Stores `text`. */
  save: () => Promise<void>;
}

/** The note as text, or the coordinator's form. */
export function CoverNote({ coverNote, editable, text, onText, save }: CoverNoteProps) {
  const t = useT();
  if (!editable) {
    return coverNote === '' ? (
      <p class="panel-empty">{t('contribution.cover.none')}</p>
    ) : (
      <p class="cover-note" data-testid="cover-note">
        {coverNote}
      </p>
    );
  }
  return (
    <SavedTextForm
      class="cover-form"
      testId="cover-form"
      id="cover-note"
      label={t('contribution.cover.label')}
      rows={4}
      maxLength={20_000}
      text={text}
      onText={onText}
      changed={text.trim() !== coverNote}
      save={save}
      describe={roundErrorMessage}
      buttonsClass="form-buttons"
      statusClass="saved-note"
      saveLabel={t('contribution.cover.save')}
      savingLabel={t('common.saving')}
      savedLabel={t('common.saved')}
    />
  );
}
