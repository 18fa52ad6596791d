/**
 * The box for a new thread's first comment, under the passage it is about. What was typed stays
 * when the server refuses it, beside the reason.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommentThread } from '../../shared/api/comments.js';
import { FormButtons } from '../components/FormButtons.js';
import { FormError } from '../components/FormError.js';
import { TextAreaField } from '../components/TextAreaField.js';
import { useT } from '../i18n.js';
import { useFormSubmit } from '../useAsyncAction.js';
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
  const boxRef = useRef<HTMLTextAreaElement | null>(null);
  const form = useFormSubmit(
    async () => onPosted(await startThread(room, draft.anchor, body.trim())),
    () => body.trim() === '',
  );

  useEffect(() => boxRef.current?.focus(), [draft]);

  return (
    <form class="comment-composer" onSubmit={form.onSubmit} noValidate data-testid="comment-composer">
      <h3>{t('comments.newTitle')}</h3>
      <blockquote class="passage-quote comment-quote">{draft.quote.length > 300 ? `${draft.quote.slice(0, 300)}…` : draft.quote}</blockquote>
      <TextAreaField
        id="comment-new-body"
        label={t('comments.body')}
        inputRef={boxRef}
        rows={3}
        maxLength={10_000}
        value={body}
        onInput={setBody}
        missing={form.missing ? t('comments.bodyRequired') : null}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <FormError error={form.error} describe={commentErrorMessage} />
      <FormButtons
        class="comment-buttons"
        busy={form.busy}
        submit={t('comments.post')}
        submitting={t('comments.posting')}
        cancel={t('common.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}
