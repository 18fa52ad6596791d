/** SessionService (server/auth/sessions.ts) on a seeded in-memory SQLite with a clock the test moves. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, SessionService } from '../../server/auth/sessions.js';
import { SessionRepository } from '../../server/repositories/sessions.js';
import { UserRepository, type UserRecord } from '../../server/repositories/users.js';
import { seedIfEmpty } from '../../server/seed/seedDossier.js';
import { openDatabase, type Db } from '../../server/storage/database.js';

const DOSSIER_ID = '2026-2029';
const MINUTE = 60_000;

let db: Db;
let users: UserRepository;
let repository: SessionRepository;
let clock: { now: number };
let service: SessionService;
let ended: string[];

function user(email: string): UserRecord {
  const found = users.findByEmail(email);
  if (!found) throw new Error(`no seeded user ${email}`);
  return found;
}

beforeAll(async () => {
  db = openDatabase(':memory:');
  await seedIfEmpty(db, { demo: true });
  users = new UserRepository(db, DOSSIER_ID);
  repository = new SessionRepository(db);
});

beforeEach(() => {
  db.prepare('DELETE FROM sessions').run();
  db.prepare('UPDATE users SET disabled_at = NULL WHERE id != ?').run('system');
  clock = { now: Date.UTC(2026, 1, 27, 9, 0) };
  service = new SessionService(repository, users, () => clock.now);
  ended = [];
  service.onEnded((id) => ended.push(id));
});

describe('SessionService', () => {
  it('creates a session that validates to its user', () => {
    const lead = user('lead@justitie.example');
    const created = service.create(lead.id);
    expect(created.expiresAt).toBe(clock.now + SESSION_IDLE_MS);
    expect(created.token.split('.')[0]).toBe(created.sessionId);

    const valid = service.validate(created.token);
    expect(valid).not.toBeNull();
    expect(valid!.sessionId).toBe(created.sessionId);
    expect(valid!.user).toMatchObject({ id: lead.id, email: 'lead@justitie.example', role: 'lead', entityId: 'fod-justitie' });
    expect(valid!.expiresAt).toBe(clock.now + SESSION_IDLE_MS);
  });

  it('stores only a hash of the secret', () => {
    const { token, sessionId } = service.create(user('lead@justitie.example').id);
    const secret = token.split('.')[1]!;
    const stored = repository.find(sessionId)!;
    expect(Buffer.from(stored.secretHash).toString('utf8')).not.toContain(secret);
    expect(stored.secretHash).toHaveLength(32);
  });

  it('refuses a token with the right id but a wrong secret, and keeps the session', () => {
    const { token } = service.create(user('lead@justitie.example').id);
    const [id, secret] = token.split('.') as [string, string];
    const wrong = `${id}.${(secret[0] === 'a' ? 'b' : 'a') + secret.slice(1)}`;
    expect(service.validate(wrong)).toBeNull();
    expect(service.validate(token)).not.toBeNull();
    expect(ended).toEqual([]);
  });

  it('refuses missing, malformed and unknown tokens', () => {
    service.create(user('lead@justitie.example').id);
    expect(service.validate(undefined)).toBeNull();
    expect(service.validate('')).toBeNull();
    expect(service.validate('not-a-token')).toBeNull();
    expect(service.validate(`${'a'.repeat(24)}.${'b'.repeat(32)}`)).toBeNull();
  });

  it('ends a session unused for SESSION_IDLE_MS', () => {
    const first = service.create(user('lead@justitie.example').id);
    const second = service.create(user('lead@justitie.example').id);
    clock.now += SESSION_IDLE_MS - 1;
    expect(service.validate(first.token)).not.toBeNull();

    clock.now += 1; // exactly SESSION_IDLE_MS after `second` was last used
    expect(service.validate(second.token)).toBeNull();
    expect(ended).toEqual([second.sessionId]);
    expect(repository.find(second.sessionId)).toBeNull();
  });

  it('moves the idle expiry forward when the session is used', () => {
    const { token, sessionId } = service.create(user('lead@justitie.example').id);
    clock.now += SESSION_IDLE_MS / 2;
    const touchedAt = clock.now;
    expect(service.validate(token)?.expiresAt).toBe(touchedAt + SESSION_IDLE_MS);
    expect(repository.find(sessionId)!.lastSeenAt).toBe(touchedAt);

    clock.now = touchedAt + SESSION_IDLE_MS - 1; // past the first idle expiry
    expect(service.validate(token)).not.toBeNull();
    clock.now += SESSION_IDLE_MS;
    expect(service.validate(token)).toBeNull();
  });

  it('does not write the idle clock more often than once a minute', () => {
    const { token, sessionId } = service.create(user('lead@justitie.example').id);
    const createdAt = clock.now;
    clock.now += MINUTE - 1;
    expect(service.validate(token)).not.toBeNull();
    expect(repository.find(sessionId)!.lastSeenAt).toBe(createdAt);
    clock.now += 1;
    expect(service.validate(token)).not.toBeNull();
    expect(repository.find(sessionId)!.lastSeenAt).toBe(createdAt + MINUTE);
  });

  it('ends a session SESSION_ABSOLUTE_MS after sign-in however active it is', () => {
    const { token, sessionId } = service.create(user('lead@justitie.example').id);
    const createdAt = clock.now;
    while (clock.now + SESSION_IDLE_MS / 4 < createdAt + SESSION_ABSOLUTE_MS) {
      clock.now += SESSION_IDLE_MS / 4;
      expect(service.validate(token), `still valid at +${clock.now - createdAt} ms`).not.toBeNull();
    }
    clock.now = createdAt + SESSION_ABSOLUTE_MS - 1;
    const last = service.validate(token);
    expect(last).not.toBeNull();
    // Near the end the cookie may not outlive the absolute lifetime.
    expect(last!.expiresAt).toBe(createdAt + SESSION_ABSOLUTE_MS);

    clock.now = createdAt + SESSION_ABSOLUTE_MS;
    expect(service.validate(token)).toBeNull();
    expect(ended).toEqual([sessionId]);
  });

  it('end() ends the session and tells the listeners', () => {
    const { token, sessionId } = service.create(user('lead@justitie.example').id);
    const other = service.create(user('lead@justitie.example').id);
    service.end(sessionId);
    expect(ended).toEqual([sessionId]);
    expect(service.validate(token)).toBeNull();
    expect(service.activeUser(sessionId)).toBeNull();
    expect(service.validate(other.token)).not.toBeNull();
  });

  it('stops calling a listener once it unsubscribes', () => {
    const heard: string[] = [];
    const unsubscribe = service.onEnded((id) => heard.push(id));
    const a = service.create(user('lead@justitie.example').id);
    const b = service.create(user('lead@justitie.example').id);
    service.end(a.sessionId);
    unsubscribe();
    service.end(b.sessionId);
    expect(heard).toEqual([a.sessionId]);
    expect(ended).toEqual([a.sessionId, b.sessionId]);
  });

  it("endAllOfUser ends every session of that user and only that user's", () => {
    const lead = user('lead@justitie.example');
    const reader = user('reader@binnenland.example');
    const a = service.create(lead.id);
    const b = service.create(lead.id);
    const keep = service.create(reader.id);

    service.endAllOfUser(lead.id);
    expect([...ended].sort()).toEqual([a.sessionId, b.sessionId].sort());
    expect(service.validate(a.token)).toBeNull();
    expect(service.validate(b.token)).toBeNull();
    expect(service.validate(keep.token)?.user.id).toBe(reader.id);
  });

  it('refuses and ends the session of a disabled user', () => {
    const contributor = user('contributor@wallonie.example');
    const { token, sessionId } = service.create(contributor.id);
    expect(service.validate(token)).not.toBeNull();
    users.disable(contributor.id);
    expect(service.validate(token)).toBeNull();
    expect(ended).toEqual([sessionId]);
    expect(repository.find(sessionId)).toBeNull();
  });

  it('activeUser follows the same expiry rules without moving the idle expiry', () => {
    const lead = user('lead@justitie.example');
    const { sessionId } = service.create(lead.id);
    const createdAt = clock.now;
    clock.now += SESSION_IDLE_MS - 1;
    expect(service.activeUser(sessionId)?.id).toBe(lead.id);
    expect(repository.find(sessionId)!.lastSeenAt).toBe(createdAt);
    clock.now += 1;
    expect(service.activeUser(sessionId)).toBeNull();
    expect(service.activeUser('unknown')).toBeNull();
  });

  it('activeUser is null once the account is disabled', () => {
    const reader = user('reader@binnenland.example');
    const { sessionId } = service.create(reader.id);
    expect(service.activeUser(sessionId)?.email).toBe('reader@binnenland.example');
    users.disable(reader.id);
    expect(service.activeUser(sessionId)).toBeNull();
  });

  it('activeUser reports the role as it is now', () => {
    const contributor = user('kabinet@vlaanderen.example');
    const { sessionId } = service.create(contributor.id);
    users.setRole(contributor.id, 'coordinator');
    try {
      expect(service.activeUser(sessionId)?.role).toBe('coordinator');
    } finally {
      users.setRole(contributor.id, 'contributor');
    }
  });

  it('sweep deletes expired sessions only', () => {
    const stale = service.create(user('lead@justitie.example').id);
    clock.now += SESSION_IDLE_MS + 1;
    const fresh = service.create(user('lead@justitie.example').id);
    expect(service.sweep()).toBe(1);
    expect(repository.find(stale.sessionId)).toBeNull();
    expect(repository.find(fresh.sessionId)).not.toBeNull();
  });
});
