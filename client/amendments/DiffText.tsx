/**
 * Differences drawn as in track changes: added text underlined in its entity's colour, removed
 * text struck through, unchanged text plain; a left-out stretch of unchanged text as "…".
 */
import type { ComponentChildren } from 'preact';
import type { DiffSegment } from '../../shared/api/amendments.js';
import { entityClass } from '../editor/cursors.js';
import { useT } from '../i18n.js';
import { isEllipsis, type PreviewSegment } from './diffView.js';

function formatted(segment: DiffSegment): ComponentChildren {
  let content: ComponentChildren = segment.text;
  if (segment.italic) content = <em>{content}</em>;
  if (segment.bold) content = <strong>{content}</strong>;
  return content;
}

/** Props of DiffText. */
export interface DiffTextProps {
  segments: readonly PreviewSegment[];
  /** Colour of changes whose writer is not known (the amendment's entity). */
  entityId: string;
}

/** One block's differences, inline. */
export function DiffText({ segments, entityId }: DiffTextProps) {
  const t = useT();
  return (
    <>
      {segments.map((segment, index) => {
        if (isEllipsis(segment)) {
          return (
            <span key={index} class="diff-ellipsis" aria-label={t('amendments.leftOut')}>
              …
            </span>
          );
        }
        const colour = entityClass(segment.entityId ?? entityId);
        if (segment.change === 'added') {
          return (
            <ins key={index} class={`tc-added ${colour}`} title={t('trackChanges.added')}>
              {formatted(segment)}
            </ins>
          );
        }
        if (segment.change === 'removed') {
          return (
            <del key={index} class={`tc-removed ${colour}`} title={t('trackChanges.removed')}>
              {formatted(segment)}
            </del>
          );
        }
        return <span key={index}>{formatted(segment)}</span>;
      })}
    </>
  );
}
