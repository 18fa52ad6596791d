/**
 * "Nieuw amendement": a modal dialog asking the section (the cursor's, or another from the outline),
 * whether to quote the selected passage, a title and the justification. What the user typed stays
 * when the server refuses it, beside the reason.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AmendmentDetail } from '../../shared/api/amendments.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { useT } from '../i18n.js';
import { amendmentErrorMessage } from './amendmentErrors.js';
import { createAmendment } from './amendmentApi.js';
import { sectionLabel } from './amendmentText.js';

/** The longest passage the server accepts. */
const MAX_PASSAGE = 2_000;

/** Props of NewAmendmentDialog. */
export interface NewAmendmentDialogProps {
  documentId: string;
  sections: readonly SectionSummary[];
  sectionId: string | null;
  /** The selected text, if any. */
  passage: string | null;
  onCreated: (amendment: AmendmentDetail) => void;
  onClose: () => void;
}

/** The dialog, open as long as it is rendered. */
export function NewAmendmentDialog({ documentId, sections, sectionId, passage, onCreated, onClose }: NewAmendmentDialogProps) {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement | null>(null);
  const [section, setSection] = useState(sectionId ?? '');
  const [quotePassage, setQuotePassage] = useState(passage !== null);
  const [title, setTitle] = useState('');
  const [justification, setJustification] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [titleMissing, setTitleMissing] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (title.trim() === '') {
      setTitleMissing(true);
      return;
    }
    setTitleMissing(false);
    setBusy(true);
    setError(null);
    try {
      const created = await createAmendment({
        documentId,
        sectionId: section === '' ? null : section,
        passage: quotePassage && passage !== null ? passage.slice(0, MAX_PASSAGE) : null,
        title: title.trim(),
        justification: justification.trim(),
      });
      onCreated(created);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialogRef} class="dialog" aria-labelledby="new-amendment-title" onClose={onClose} data-testid="new-amendment-dialog">
      <form method="dialog" class="dialog-form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id="new-amendment-title">{t('newAmendment.title')}</h2>
        <label for="new-amendment-section">{t('newAmendment.section')}</label>
        <select id="new-amendment-section" value={section} onChange={(event) => setSection(event.currentTarget.value)}>
          <option value="">{t('amendment.wholeDocument')}</option>
          {sections.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {sectionLabel(candidate.id, sections, t)}
            </option>
          ))}
        </select>
        {passage !== null && (
          <div class="dialog-passage">
            <label class="checkbox">
              <input type="checkbox" checked={quotePassage} onChange={(event) => setQuotePassage(event.currentTarget.checked)} />
              {t('newAmendment.quotePassage')}
            </label>
            <blockquote>{passage.length > 300 ? `${passage.slice(0, 300)}…` : passage}</blockquote>
          </div>
        )}
        <label for="new-amendment-name">{t('newAmendment.name')}</label>
        <input
          id="new-amendment-name"
          type="text"
          maxLength={200}
          required
          aria-invalid={titleMissing}
          aria-describedby={titleMissing ? 'new-amendment-name-error' : undefined}
          value={title}
          onInput={(event) => setTitle(event.currentTarget.value)}
        />
        {titleMissing && (
          <p id="new-amendment-name-error" class="field-error">
            {t('newAmendment.nameRequired')}
          </p>
        )}
        <label for="new-amendment-justification">{t('amendment.justification')}</label>
        <textarea
          id="new-amendment-justification"
          rows={5}
          maxLength={20_000}
          value={justification}
          onInput={(event) => setJustification(event.currentTarget.value)}
        />
        <p class="dialog-hint">{t('newAmendment.hint')}</p>
        {error !== null && (
          <p class="form-error" role="alert">
            {amendmentErrorMessage(error, t)}
          </p>
        )}
        <div class="dialog-buttons">
          <button type="button" class="button-secondary" onClick={() => dialogRef.current?.close()}>
            {t('common.cancel')}
          </button>
          <button type="submit" class="button-primary" disabled={busy}>
            {busy ? t('newAmendment.creating') : t('newAmendment.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
