/** Users, their entity and their role in a dossier. */
import type { Role } from '../../shared/domain/roles.js';
import type { Db } from '../storage/database.js';

/** A user with what the permission rules need. */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  entityId: string | null;
  entityName: string | null;
  role: Role;
  passwordHash: string;
  disabled: boolean;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  entity_id: string | null;
  entity_name: string | null;
  role: Role | null;
  password_hash: string;
  disabled_at: number | null;
}

const SELECT = `
  SELECT u.id, u.email, u.name, u.entity_id, e.name AS entity_name, m.role, u.password_hash, u.disabled_at
  FROM users u
  LEFT JOIN entities e ON e.id = u.entity_id
  LEFT JOIN memberships m ON m.user_id = u.id AND m.dossier_id = @dossierId`;

/** Reads and writes users. */
export class UserRepository {
  constructor(
    private readonly db: Db,
    private readonly dossierId: string,
  ) {}

  /** The user with this email (case-insensitive), or null. */
  findByEmail(email: string): UserRecord | null {
    const row = this.db.prepare<{ dossierId: string; email: string }, UserRow>(`${SELECT} WHERE u.email = @email`)
      .get({ dossierId: this.dossierId, email });
    return row ? toRecord(row) : null;
  }

  /** The user with this id, or null. */
  findById(id: string): UserRecord | null {
    const row = this.db.prepare<{ dossierId: string; id: string }, UserRow>(`${SELECT} WHERE u.id = @id`)
      .get({ dossierId: this.dossierId, id });
    return row ? toRecord(row) : null;
  }

  /**
   * The enabled users of an entity holding one of `roles` in the dossier: whom a notification reaches.
   * Its own users only: a sub-unit's users cannot act in the entity's package (the rules compare entities exactly).
   */
  members(entityId: string, roles: readonly Role[]): UserRecord[] {
    return this.db
      .prepare<{ dossierId: string; entityId: string }, UserRow>(`${SELECT} WHERE u.disabled_at IS NULL AND u.entity_id = @entityId ORDER BY u.name`)
      .all({ dossierId: this.dossierId, entityId })
      .map(toRecord)
      .filter((user) => roles.includes(user.role));
  }

  /** Creates a user with a role in the dossier. */
  create(user: { id: string; email: string; name: string; entityId: string | null; passwordHash: string; role: Role }): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO users (id, email, name, entity_id, password_hash, created_at)
           VALUES (@id, @email, @name, @entityId, @passwordHash, @now)`,
        )
        .run({ ...user, now: Date.now() });
      this.db
        .prepare('INSERT INTO memberships (dossier_id, user_id, role) VALUES (?, ?, ?)')
        .run(this.dossierId, user.id, user.role);
    })();
  }

  /** Marks a user disabled; sessions are ended by the caller. */
  disable(id: string): void {
    this.db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(Date.now(), id);
  }

  /** Changes a user's role in the dossier. */
  setRole(id: string, role: Role): void {
    this.db.prepare('UPDATE memberships SET role = ? WHERE user_id = ? AND dossier_id = ?').run(role, id, this.dossierId);
  }
}

function toRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    entityId: row.entity_id,
    entityName: row.entity_name,
    // A user without a membership in this dossier may sign in but only reads.
    role: row.role ?? 'reader',
    passwordHash: row.password_hash,
    disabled: row.disabled_at !== null,
  };
}
