/**
 * The box for a new thread's first comment, under the passage it is about. What was typed stays
 * when the server refuses it, beside the reason.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommentThread } from '../../shared/api/comments.js';
import { useT } from '../i18n.js';
import { startThread } from './commentApi.js';
import { commentErrorMessage } from './commentErrors.js';
import type { CommentDraft } from './commentsController.js';

/** Props of CommentComposer. */
export interface CommentComposerProps {
  room: string;
  draft: CommentDraft;
  onPosted: (thread: CommentThread) => void;
  onCancel: () => void;
}

/** The composer. */
export function CommentComposer({ room, draft, onPosted, onCancel }: CommentComposerProps) {
  const t = useT();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const boxRef = useRef<HTMLTextAreaElement | null>(null);

  useEffect(() => boxRef.current?.focus(), [draft]);

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
      onPosted(await startThread(room, draft.anchor, body.trim()));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <form class="comment-composer" onSubmit={(event) => void submit(event)} noValidate data-testid="comment-composer">
      <h3>{t('comments.newTitle')}</h3>
      <blockquote class="comment-quote">{draft.quote.length > 300 ? `${draft.quote.slice(0, 300)}…` : draft.quote}</blockquote>
      <label for="comment-new-body">{t('comments.body')}</label>
      <textarea
        id="comment-new-body"
        ref={boxRef}
        rows={3}
        maxLength={10_000}
        value={body}
        aria-invalid={missing}
        aria-describedby={missing ? 'comment-new-body-error' : undefined}
        onInput={(event) => setBody(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      {missing && (
        <p id="comment-new-body-error" class="field-error">
          {t('comments.bodyRequired')}
        </p>
      )}
      {error !== null && (
        <p class="form-error" role="alert">
          {commentErrorMessage(error, t)}
        </p>
      )}
      <div class="comment-buttons">
        <button type="button" class="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button-primary" disabled={busy}>
          {busy ? t('comments.posting') : t('comments.post')}
        </button>
      </div>
    </form>
  );
}
