/**
 * Opens a sync room for an editor page: connects it, mounts the editor, and tears both down (editor
 * first, then provider, IndexedDB and Y.Doc) when the page goes away or the room changes. The same
 * for a document's main text and an amendment's fork; the page adds its own plugins.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Me } from '../../shared/api/schemas.js';
import { t as translate } from '../../shared/i18n/strings.js';
import { languageStore } from '../i18n.js';
import { connectDocument, type DocumentConnection, type RoomTarget } from '../sync/connectDocument.js';
import { createEditor, refreshEditor } from './createEditor.js';
import { EMPTY_SUMMARY, sameSummary, summarizeEditor, type EditorSummary } from './editorSummary.js';

/** An open room with its editor. */
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

/** What to open and how to present it. */
export interface EditorSessionOptions {
  user: Me;
  target: RoomTarget;
  /** What the text is, for the editor's accessible name ("Tekst van …"). */
  title: string;
  mountRef: RefObject<HTMLDivElement | null>;
  /** The page's own plugins, built once per connection (read when the room opens). */
  plugins?: (connection: DocumentConnection) => Plugin[];
}

const GUARD_NOTICE_MS = 5000;

/** Connects `target` for `user` and mounts its editor into `mountRef`. */
export function useEditorSession({ user, target, title, mountRef, plugins }: EditorSessionOptions): EditorSessionState {
  const [session, setSession] = useState<EditorSession | null>(null);
  const [summary, setSummary] = useState<EditorSummary>(EMPTY_SUMMARY);
  const [guardRefused, setGuardRefused] = useState(false);
  // Read at every view update: the current language (from its store, which may change before this
  // component re-renders) and the current title, without re-creating the editor.
  const titleRef = useRef(title);
  titleRef.current = title;
  const pagePlugins = useRef(plugins);
  pagePlugins.current = plugins;

  useEffect(() => {
    const mount = mountRef.current;
    if (mount === null) return;
    const connection = connectDocument({ user, target });
    let lastSummary = EMPTY_SUMMARY;
    let guardTimer: ReturnType<typeof setTimeout> | undefined;
    const view = createEditor({
      mount,
      fragment: connection.fragment,
      awareness: connection.provider.awareness,
      isEditable: () => !connection.readOnly.get(),
      label: () => translate(languageStore.get(), 'editor.label', { title: titleRef.current }),
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
      extraPlugins: pagePlugins.current?.(connection) ?? [],
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
  }, [user.id, target.room, target.access]);

  return { session, summary, guardRefused };
}
