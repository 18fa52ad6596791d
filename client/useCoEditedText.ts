/**
 * A text box over a text that colleagues write too: the user's text, the stored text they started
 * from, and, after a save refused because a colleague saved meanwhile, the colleague's text to show
 * beside theirs until they save their own on top of it or take it. Nothing typed is ever dropped
 * unasked: a newer stored text replaces the box only while it holds no unsaved change.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { saveCoEditedText, type StampedText } from './coEditedText.js';

/** The box's state and what the user can do. */
export interface CoEditedText {
  text: string;
  setText: (text: string) => void;
  /** The box differs from the stored text the user started from. */
  dirty: boolean;
  /** The colleague's text saved meanwhile, shown beside the user's; null when there is none. */
  theirs: string | null;
  /** Saves the box's text (on top of the colleague's, once shown); rejects with the server's refusal, the colleague's text then being set. */
  save: () => Promise<void>;
  /** Takes the colleague's text, dropping the user's. */
  takeTheirs: () => void;
  /** Back to the stored text (the user cancels). */
  reset: () => void;
}

/** The state of a co-edited text stored as `stored`, saved with `store` and read again with `reload`. */
export function useCoEditedText(
  stored: StampedText,
  store: (text: string, expectedUpdatedAt: number) => Promise<StampedText>,
  reload: () => Promise<StampedText>,
): CoEditedText {
  const [text, setText] = useState(stored.text);
  const [base, setBase] = useState(stored);
  const [theirs, setTheirsState] = useState<StampedText | null>(null);
  const dirty = text !== base.text;
  // An effect runs after its render, with that render's values: whether a save is under way or a
  // colleague's text is shown is read from refs, so a stored text arriving mid-save never fills the box.
  const saving = useRef(false);
  const shown = useRef<StampedText | null>(null);
  const setTheirs = (next: StampedText | null) => {
    shown.current = next;
    setTheirsState(next);
  };

  useEffect(() => {
    if (!dirty && !saving.current && shown.current === null) {
      setText(stored.text);
      setBase(stored);
    }
  }, [stored.text, stored.updatedAt]);

  const adopt = (next: StampedText) => {
    setBase(next);
    setText(next.text);
    setTheirs(null);
  };

  return {
    text,
    setText,
    dirty,
    theirs: theirs?.text ?? null,
    async save() {
      saving.current = true;
      try {
        const outcome = await saveCoEditedText({ mine: text, base, theirs, store, reload });
        if ('theirs' in outcome) {
          setTheirs(outcome.theirs);
          throw outcome.refusal;
        }
        adopt(outcome.saved);
      } finally {
        saving.current = false;
      }
    },
    takeTheirs() {
      if (theirs !== null) adopt(theirs);
    },
    reset() {
      adopt(stored);
    },
  };
}
