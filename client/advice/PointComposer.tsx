/**
 * A new advice point: on the passage the adviser selected in the frozen version (quoted above the
 * box), or general (about a section or the whole document). The text stays when the server refuses.
 * Escape closes the box (after asking, when something is typed) and gives the focus back to where it
 * came from; leaving the page with typed text asks first (unsavedChanges.ts).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Advice } from '../../shared/api/advice.js';
import type { SectionSummary } from '../../shared/api/schemas.js';
import { FormButtons } from '../components/FormButtons.js';
import { FormError } from '../components/FormError.js';
import { SectionSelect } from '../components/SectionSelect.js';
import { TextAreaField } from '../components/TextAreaField.js';
import { useT } from '../i18n.js';
import { useUnsavedChanges } from '../unsavedChanges.js';
import { useFormSubmit } from '../useAsyncAction.js';
import { addAdvicePoint } from './adviceApi.js';
import { adviceErrorMessage } from './adviceErrors.js';
import type { AdvicePassage } from './frozenText.js';

/** Props of PointComposer. */
export interface PointComposerProps {
  adviceId: string;
  /** The selected passage; null for a general point. */
  passage: AdvicePassage | null;
  sections: readonly SectionSummary[];
  /** Given the advice with the new point. */
  onAdded: (advice: Advice) => void;
  onCancel: () => void;
}

/** The form. */
export function PointComposer({ adviceId, passage, sections, onAdded, onCancel }: PointComposerProps) {
  const t = useT();
  const [body, setBody] = useState('');
  const [sectionId, setSectionId] = useState('');
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  // Where the focus was when the box opened (the frozen text, or the "general point" button).
  const cameFrom = useRef<Element | null>(null);
  // The box takes the focus when it opens (and when another passage is chosen), so typing can start.
  // A layout effect runs in the same task as the render the shortcut caused, before the browser
  // handles the next key; a plain effect waits for a paint, and keys typed meanwhile went to the
  // read-only version and were lost.
  useLayoutEffect(() => {
    if (document.activeElement !== textRef.current) cameFrom.current = document.activeElement;
    textRef.current?.focus();
  }, [passage]);
  useUnsavedChanges(body.trim() !== '');
  const close = () => {
    const back = cameFrom.current;
    onCancel();
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  };
  // As in Google Docs: an empty box just closes; typed text is only thrown away when the user says so.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    if (body.trim() === '' || confirm(t('advice.discardText'))) close();
  };
  const form = useFormSubmit(
    async () => {
      const advice = await addAdvicePoint(adviceId, {
        anchor: passage?.anchor ?? null,
        // A passage's section is the server's to read from the version (it refuses another one).
        sectionId: passage === null && sectionId !== '' ? sectionId : null,
        body: body.trim(),
      });
      setBody('');
      onAdded(advice);
    },
    () => body.trim() === '',
  );

  return (
    <form class="advice-composer" onSubmit={form.onSubmit} onKeyDown={onKeyDown} noValidate data-testid="advice-composer">
      <h3>{passage === null ? t('advice.newGeneralPoint') : t('advice.newPoint')}</h3>
      {passage !== null ? (
        <blockquote class="passage-quote advice-quote" data-testid="advice-composer-quote">
          {passage.quote}
        </blockquote>
      ) : (
        <SectionSelect
          id="advice-composer-section"
          label={t('advice.pointSection')}
          wholeDocument={t('advice.wholeDocument')}
          sections={sections}
          value={sectionId}
          onChange={setSectionId}
        />
      )}
      <TextAreaField
        id="advice-composer-text"
        label={t('advice.pointText')}
        inputRef={textRef}
        rows={5}
        maxLength={20_000}
        value={body}
        onInput={setBody}
        missing={form.missing ? t('advice.error.pointEmpty') : null}
      />
      <FormError error={form.error} describe={adviceErrorMessage} testId="advice-composer-error" />
      <FormButtons
        class="advice-buttons"
        busy={form.busy}
        submit={t('advice.savePoint')}
        submitting={t('advice.saving')}
        cancel={t('advice.cancel')}
        onCancel={close}
      />
    </form>
  );
}
