/**
 * Remote cursors and selections for `yCursorPlugin`. y-prosemirror's default builders colour them
 * with `style` attributes, which the server's CSP (`style-src 'self'`) blocks; these use a class per
 * entity from the static stylesheet instead, and CSSOM (which CSP allows) for unknown colours.
 */
import type { DecorationAttrs } from 'prosemirror-view';
import { ENTITY_COLORS } from '../../shared/domain/entityColors.js';
import type { PresenceUser } from '../../shared/protocol/presence.js';

/** The CSS class that gives an element its entity's colour as `--entity-color`. */
export function entityClass(entityId: string | null | undefined): string {
  return entityId != null && Object.hasOwn(ENTITY_COLORS, entityId) ? `entity-${entityId}` : 'entity-unknown';
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** Reads the user out of an awareness entry; null when it is not the shape the server sends. */
export function asPresenceUser(value: unknown): PresenceUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const user = value as Record<string, unknown>;
  if (typeof user.id !== 'string' || typeof user.name !== 'string') return null;
  const optionalString = (field: unknown): string | null => (typeof field === 'string' ? field : null);
  return {
    id: user.id,
    name: user.name,
    entityId: optionalString(user.entityId),
    entityName: optionalString(user.entityName),
    color: optionalString(user.color) ?? '',
  };
}

/** Builds the caret with its name label for one remote user. */
export function cursorBuilder(rawUser: unknown, clientId: number): HTMLElement {
  const user = asPresenceUser(rawUser);
  const caret = document.createElement('span');
  caret.className = `remote-cursor ${entityClass(user?.entityId)}`;
  caret.dataset.clientId = String(clientId);
  if (user !== null) caret.dataset.userId = user.id;
  if (user !== null && entityClass(user.entityId) === 'entity-unknown' && HEX_COLOR.test(user.color)) {
    caret.style.setProperty('--entity-color', user.color);
  }
  const label = document.createElement('span');
  label.className = 'remote-cursor-label';
  label.textContent = user?.name ?? '?';
  if (user?.entityName) label.title = `${user.name} — ${user.entityName}`;
  // Word joiners keep the caret from creating a line-break opportunity inside a word.
  caret.append('\u2060', label, '\u2060');
  return caret;
}

/** Attributes for a remote user's selected text: a class only, never a `style` attribute. */
export function selectionBuilder(rawUser: unknown): DecorationAttrs {
  const user = asPresenceUser(rawUser);
  return { class: `remote-selection ${entityClass(user?.entityId)}` };
}
