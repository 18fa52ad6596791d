/**
 * The package's cover note: written by the coordinators while it is a draft, read by everyone who
 * sees it. The text being typed is held by the page (useCoEditedText), so submitting the package
 * saves it first; a save over a note a colleague changed meanwhile shows both texts, the writer's kept
 * in the box, until they save theirs on top or take the colleague's.
 */
import { SavedTextForm } from '../components/SavedTextForm.js';
import { useT } from '../i18n.js';
import { useUnsavedChanges } from '../unsavedChanges.js';
import type { CoEditedText } from '../useCoEditedText.js';
import { roundErrorMessage } from './roundErrors.js';
import { editedMeanwhileLabels } from './roundText.js';

/** Props of CoverNote. */
export interface CoverNoteProps {
  /** The stored note. */
  coverNote: string;
  editable: boolean;
  /** The note being written (the page keeps it). */
  field: CoEditedText;
}

/** The note as text, or the coordinator's form. */
export function CoverNote({ coverNote, editable, field }: CoverNoteProps) {
  const t = useT();
  useUnsavedChanges(editable && field.dirty);
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
      text={field.text}
      onText={field.setText}
      changed={field.dirty}
      save={field.save}
      describe={roundErrorMessage}
      buttonsClass="form-buttons"
      statusClass="saved-note"
      saveLabel={t('contribution.cover.save')}
      savingLabel={t('common.saving')}
      savedLabel={t('common.saved')}
      theirs={field.theirs}
      conflictLabels={editedMeanwhileLabels(t)}
      onTakeTheirs={field.takeTheirs}
    />
  );
}
