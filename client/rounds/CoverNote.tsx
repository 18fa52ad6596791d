/**
 * The package's cover note: written by the coordinator while it is a draft, read by everyone who
 * sees it. The text being typed is held by the page, so submitting the package saves it first.
 */
import { useState } from 'preact/hooks';
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
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (!editable) {
    return coverNote === '' ? (
      <p class="panel-empty">{t('contribution.cover.none')}</p>
    ) : (
      <p class="cover-note" data-testid="cover-note">
        {coverNote}
      </p>
    );
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await save();
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="cover-form" onSubmit={(event) => void submit(event)} noValidate data-testid="cover-form">
      <label for="cover-note">{t('contribution.cover.label')}</label>
      <textarea
        id="cover-note"
        rows={4}
        maxLength={20_000}
        value={text}
        onInput={(event) => {
          onText(event.currentTarget.value);
          setSaved(false);
        }}
      />
      {error !== null && (
        <p class="form-error" role="alert">
          {roundErrorMessage(error, t)}
        </p>
      )}
      <p class="form-buttons">
        <button type="submit" class="button-secondary" disabled={busy || text.trim() === coverNote}>
          {busy ? t('common.saving') : t('contribution.cover.save')}
        </button>
        {saved && (
          <span class="saved-note" role="status">
            {t('common.saved')}
          </span>
        )}
      </p>
    </form>
  );
}
