/** Every open document connection, so signing out can close them all before the session ends. */

/** Something that can be torn down. */
export interface Destroyable {
  destroy(): void;
}

const open = new Set<Destroyable>();

/** Records an open connection. */
export function trackConnection(connection: Destroyable): void {
  open.add(connection);
}

/** Forgets a connection that was destroyed. */
export function untrackConnection(connection: Destroyable): void {
  open.delete(connection);
}

/** Destroys every open connection (sign-out: no socket may outlive the session). */
export function destroyAllConnections(): void {
  for (const connection of [...open]) connection.destroy();
  open.clear();
}
