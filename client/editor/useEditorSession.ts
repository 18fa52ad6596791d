/**
 * Opens a document for the editor page: connects it, mounts the editor, and tears both down (editor
 * first, then provider, IndexedDB and Y.Doc) when the page goes away or the document changes.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditorView } from 'prosemirror-view';
import type { DocumentSummary, Me } from '../../shared/api/schemas.js';
import { languageStore, type Translate } from '../i18n.js';
import { connectDocument, type DocumentConnection } from '../sync/connectDocument.js';
import { createEditor, refreshEditor } from './createEditor.js';
import { EMPTY_SUMMARY, sameSummary, summarizeEditor, type EditorSummary } from './editorSummary.js';

/** An open document with its editor. */
export interface EditorSession {
  connection: DocumentConnection;
  view: EditorView;
}

/** What the editor page renders from. */
export interface EditorSessionState {
  session: EditorSession | null;
  summary: EditorSummary;
  /** Set for a few seconds after the section guard refused an edit. */
  guardRefused: boolean;
}

const GUARD_NOTICE_MS = 5000;

/** Connects `document` for `user` and mounts its editor into `mountRef`. */
export function useEditorSession(
  user: Me,
  document: DocumentSummary,
  mountRef: RefObject<HTMLDivElement | null>,
  t: Translate,
): EditorSessionState {
  const [session, setSession] = useState<EditorSession | null>(null);
  const [summary, setSummary] = useState<EditorSummary>(EMPTY_SUMMARY);
  const [guardRefused, setGuardRefused] = useState(false);
  // The label closure must see the current language without re-creating the editor.
  const translate = useRef(t);
  translate.current = t;

  useEffect(() => {
    const mount = mountRef.current;
    if (mount === null) return;
    const connection = connectDocument({ user, document });
    let lastSummary = EMPTY_SUMMARY;
    let guardTimer: ReturnType<typeof setTimeout> | undefined;
    const view = createEditor({
      mount,
      fragment: connection.fragment,
      awareness: connection.provider.awareness,
      isEditable: () => !connection.readOnly.get(),
      label: () => translate.current('editor.label', { title: document.title }),
      onStateChange: (state) => {
        const next = summarizeEditor(state);
        if (sameSummary(next, lastSummary)) return;
        lastSummary = next;
        setSummary(next);
      },
      onSectionGuardRefused: () => {
        setGuardRefused(true);
        clearTimeout(guardTimer);
        guardTimer = setTimeout(() => setGuardRefused(false), GUARD_NOTICE_MS);
      },
    });
    const unsubscribeReadOnly = connection.readOnly.subscribe(() => refreshEditor(view));
    const unsubscribeLanguage = languageStore.subscribe(() => refreshEditor(view));
    setSession({ connection, view });
    return () => {
      clearTimeout(guardTimer);
      unsubscribeReadOnly();
      unsubscribeLanguage();
      view.destroy();
      connection.destroy();
      setSession(null);
      setSummary(EMPTY_SUMMARY);
    };
  }, [user.id, document.id, document.room, document.access]);

  return { session, summary, guardRefused };
}
