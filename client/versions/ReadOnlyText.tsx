/**
 * A text shown as the editor shows it, but not editable: a version's ProseMirror JSON turned back
 * into a document with the shared schema, in an EditorView whose `editable` is always false.
 */
import { Node as PMNode } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'preact/hooks';
import type { ProseMirrorJson } from '../../shared/api/versions.js';
import { schema } from '../../shared/schema/schema.js';
import { sectionNumbers } from '../editor/sectionNumbers.js';

/** Props of ReadOnlyText. */
export interface ReadOnlyTextProps {
  content: ProseMirrorJson;
  /** The text's accessible name. */
  label: string;
}

/** The text; a new content replaces the view's document. */
export function ReadOnlyText({ content, label }: ReadOnlyTextProps) {
  const mountRef = useRef<HTMLDivElement | null>(null);
  const labelRef = useRef(label);
  labelRef.current = label;
  const viewRef = useRef<EditorView | null>(null);

  useEffect(() => {
    const mount = mountRef.current;
    if (mount === null) return;
    // Node.fromJSON checks the JSON against the schema and throws on anything it does not know.
    const doc = PMNode.fromJSON(schema, content);
    const view = new EditorView(mount, {
      state: EditorState.create({ schema, doc, plugins: [sectionNumbers()] }),
      editable: () => false,
      attributes: () => ({
        class: 'document-text',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-readonly': 'true',
        'aria-label': labelRef.current,
        lang: 'nl',
      }),
    });
    viewRef.current = view;
    return () => {
      viewRef.current = null;
      view.destroy();
    };
  }, [content]);
  // The name follows the interface language without rebuilding the view.
  useEffect(() => viewRef.current?.setProps({}), [label]);

  return <div ref={mountRef} class="editor-mount version-text" data-testid="version-text" />;
}
