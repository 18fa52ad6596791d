/**
 * One thread in the comments panel: the passage it is about (or "passage verwijderd"), its
 * comments with author, entity colour and time, and the reply, resolve and reopen controls the
 * server says this user may use (shared/domain/commentRules.ts, sent as `may`).
 */
import { useState } from 'preact/hooks';
import type { Comment, CommentThread } from '../../shared/api/comments.js';
import { formatMoment } from '../amendments/amendmentText.js';
import { entityClass } from '../editor/cursors.js';
import { FormError } from '../components/FormError.js';
import { useT } from '../i18n.js';
import { useAsyncAction } from '../useAsyncAction.js';
import { reopenThread, replyToThread, resolveThread } from './commentApi.js';
import { commentErrorMessage } from './commentErrors.js';
import { openingComment } from './threadState.js';

/** Props of CommentThreadCard. */
export interface CommentThreadCardProps {
  thread: CommentThread;
  focused: boolean;
  /** Its passage is no longer in the text. */
  passageGone: boolean;
  /** Focus the thread and show its passage in the text. */
  onFocus: () => void;
  /** An action's answer: the thread as it is now. */
  onChanged: (thread: CommentThread) => void;
}

function CommentItem({ comment }: { comment: Comment }) {
  return (
    <li class={`comment-item ${entityClass(comment.entityId)}`}>
      <p class="comment-meta">
        <span class={`swatch ${entityClass(comment.entityId)}`} aria-hidden="true" />
        <strong class="comment-author">{comment.authorName}</strong>
        {comment.entityName !== null && <span class="comment-entity">{comment.entityName}</span>}
        <time dateTime={new Date(comment.createdAt).toISOString()}>{formatMoment(comment.createdAt)}</time>
      </p>
      <p class="comment-body">{comment.body}</p>
    </li>
  );
}

/** The card. */
export function CommentThreadCard({ thread, focused, passageGone, onFocus, onChanged }: CommentThreadCardProps) {
  const t = useT();
  const [reply, setReply] = useState('');
  const { busy, error, run } = useAsyncAction();
  const opener = openingComment(thread);

  const act = (action: () => Promise<CommentThread>, after?: () => void) =>
    run(async () => {
      onChanged(await action());
      after?.();
    });

  const classes = ['comment-thread', entityClass(opener?.entityId)];
  if (focused) classes.push('is-focused');
  if (thread.resolved) classes.push('is-resolved');
  return (
    <li
      id={`comment-thread-${thread.id}`}
      class={classes.join(' ')}
      data-thread-id={thread.id}
      data-resolved={String(thread.resolved)}
      data-testid="comment-thread"
    >
      <button type="button" class="comment-quote-button" onClick={onFocus} title={t('comments.showPassage')} aria-pressed={focused}>
        <blockquote class={passageGone ? 'passage-quote comment-quote is-gone' : 'passage-quote comment-quote'}>{thread.quote}</blockquote>
      </button>
      {passageGone && (
        <p class="comment-passage-deleted" title={t('comments.passageDeletedHint')} data-testid="passage-deleted">
          {t('comments.passageDeleted')}
        </p>
      )}
      <ol class="comment-items">
        {thread.comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} />
        ))}
      </ol>
      {thread.resolved && (
        <p class="comment-resolved" data-testid="thread-resolved">
          {thread.resolvedAt !== null && thread.resolvedByName !== null
            ? t('comments.resolvedBy', { name: thread.resolvedByName, date: formatMoment(thread.resolvedAt) })
            : t('comments.resolved')}
        </p>
      )}
      {thread.may.reply && (
        <form
          class="comment-reply"
          onSubmit={(event) => {
            event.preventDefault();
            if (reply.trim() === '') return;
            void act(() => replyToThread(thread.id, reply.trim()), () => setReply(''));
          }}
        >
          <label class="visually-hidden" for={`comment-reply-${thread.id}`}>
            {t('comments.replyLabel')}
          </label>
          <textarea
            id={`comment-reply-${thread.id}`}
            rows={2}
            maxLength={10_000}
            placeholder={t('comments.replyLabel')}
            value={reply}
            onInput={(event) => setReply(event.currentTarget.value)}
          />
          <div class="comment-buttons">
            {thread.may.resolve && (
              <button type="button" class="button-secondary" disabled={busy} onClick={() => void act(() => resolveThread(thread.id))}>
                {t('comments.resolve')}
              </button>
            )}
            <button type="submit" class="button-primary" disabled={busy || reply.trim() === ''}>
              {busy ? t('comments.replying') : t('comments.reply')}
            </button>
          </div>
        </form>
      )}
      {!thread.may.reply && (thread.may.resolve || thread.may.reopen) && (
        <div class="comment-buttons">
          {thread.may.resolve && (
            <button type="button" class="button-secondary" disabled={busy} onClick={() => void act(() => resolveThread(thread.id))}>
              {t('comments.resolve')}
            </button>
          )}
          {thread.may.reopen && (
            <button type="button" class="button-secondary" disabled={busy} onClick={() => void act(() => reopenThread(thread.id))}>
              {t('comments.reopen')}
            </button>
          )}
        </div>
      )}
      <FormError error={error} describe={commentErrorMessage} />
    </li>
  );
}
