/**
 * Formatting commands shared by the keymap and the toolbar, so a button and its shortcut can never
 * drift apart.
 */
import { setBlockType, toggleMark } from 'prosemirror-commands';
import type { MarkType, NodeType } from 'prosemirror-model';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import type { Command, EditorState } from 'prosemirror-state';
import { schema } from '../../shared/schema/schema.js';

function nodeType(name: string): NodeType {
  const type = schema.nodes[name];
  if (type === undefined) throw new Error(`schema has no node type ${name}`);
  return type;
}

function markType(name: string): MarkType {
  const type = schema.marks[name];
  if (type === undefined) throw new Error(`schema has no mark type ${name}`);
  return type;
}

/** The schema's node and mark types the editor needs, looked up once. */
export const types = {
  paragraph: nodeType('paragraph'),
  heading: nodeType('heading'),
  bulletList: nodeType('bullet_list'),
  orderedList: nodeType('ordered_list'),
  listItem: nodeType('list_item'),
  hardBreak: nodeType('hard_break'),
  strong: markType('strong'),
  em: markType('em'),
};

/** Bold on or off. */
export const toggleBold: Command = toggleMark(types.strong);

/** Italic on or off. */
export const toggleItalic: Command = toggleMark(types.em);

/** The list type around the selection's start, if it sits directly in a list item. */
function enclosingListType(state: EditorState): NodeType | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type === types.bulletList || node.type === types.orderedList) return node.type;
  }
  return null;
}

/** A toolbar list button: wraps the selection in `listType`, or lifts it out when it already is one. */
function toggleList(listType: NodeType): Command {
  const wrap = wrapInList(listType);
  const lift = liftListItem(types.listItem);
  return (state, dispatch, view) =>
    enclosingListType(state) === listType ? lift(state, dispatch, view) : wrap(state, dispatch, view);
}

/** Bulleted list on or off. */
export const toggleBulletList: Command = toggleList(types.bulletList);

/** Numbered list on or off. */
export const toggleOrderedList: Command = toggleList(types.orderedList);

/** Turns the current paragraph into a level-3 heading, or a heading back into a paragraph. */
export const toggleHeading: Command = (state, dispatch, view) =>
  state.selection.$from.parent.type === types.heading
    ? setBlockType(types.paragraph)(state, dispatch, view)
    : setBlockType(types.heading, { level: 3 })(state, dispatch, view);

/** Which formatting applies at the selection, for the toolbar's pressed states. */
export interface ActiveFormats {
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  heading: boolean;
}

function markActive(state: EditorState, type: MarkType): boolean {
  const { from, to, empty, $from } = state.selection;
  if (empty) return type.isInSet(state.storedMarks ?? $from.marks()) !== undefined;
  return state.doc.rangeHasMark(from, to, type);
}

/** The formatting at the selection. */
export function activeFormats(state: EditorState): ActiveFormats {
  const list = enclosingListType(state);
  return {
    bold: markActive(state, types.strong),
    italic: markActive(state, types.em),
    bulletList: list === types.bulletList,
    orderedList: list === types.orderedList,
    heading: state.selection.$from.parent.type === types.heading,
  };
}
