/**
 * Sessions after Lucia's design: a fresh session at sign-in, a sliding idle expiry plus an absolute
 * lifetime, and every session of a user ended when the account is disabled. Listeners hear when a
 * session ends so the sync server can close that session's sockets at once.
 */
import type { SessionRepository } from '../repositories/sessions.js';
import type { UserRecord, UserRepository } from '../repositories/users.js';
import { generateSessionToken, parseSessionToken, secretMatches } from './sessionTokens.js';

/** A session ends after this long without use. */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
/** A session ends this long after sign-in, however active. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60_000;
/** The idle clock is moved forward at most this often, to spare writes. */
const TOUCH_INTERVAL_MS = 60_000;

/** A valid session with its user. */
export interface ValidSession {
  sessionId: string;
  user: UserRecord;
  /** When the session will end if unused (for the cookie's Max-Age). */
  expiresAt: number;
}

/** Creates, validates and ends sessions. */
export class SessionService {
  private readonly endedListeners = new Set<(sessionId: string) => void>();

  constructor(
    private readonly sessions: SessionRepository,
    private readonly users: UserRepository,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a new session for a user and returns the token for the cookie. */
  create(userId: string): { token: string; sessionId: string; expiresAt: number } {
    const { token, id, secretHash } = generateSessionToken();
    const now = this.now();
    this.sessions.insert({ id, userId, secretHash, createdAt: now, lastSeenAt: now });
    return { token, sessionId: id, expiresAt: now + SESSION_IDLE_MS };
  }

  /** The session and user a token stands for, or null if it is malformed, unknown, expired or disabled. */
  validate(token: string | undefined): ValidSession | null {
    if (!token) return null;
    const parts = parseSessionToken(token);
    if (!parts) return null;
    const session = this.sessions.find(parts.id);
    if (!session || !secretMatches(parts.secret, session.secretHash)) return null;
    const now = this.now();
    if (now - session.lastSeenAt >= SESSION_IDLE_MS || now - session.createdAt >= SESSION_ABSOLUTE_MS) {
      this.end(session.id);
      return null;
    }
    const user = this.users.findById(session.userId);
    if (!user || user.disabled) {
      this.end(session.id);
      return null;
    }
    if (now - session.lastSeenAt >= TOUCH_INTERVAL_MS) this.sessions.touch(session.id, now);
    const expiresAt = Math.min(now + SESSION_IDLE_MS, session.createdAt + SESSION_ABSOLUTE_MS);
    return { sessionId: session.id, user, expiresAt };
  }

  /**
   * The user of a session that is still valid (exists, not expired, account not disabled), or null.
   * For re-checking open sockets; unlike validate() it does not move the idle expiry, since an open
   * socket is not a user at work.
   */
  activeUser(sessionId: string): UserRecord | null {
    const session = this.sessions.find(sessionId);
    if (!session) return null;
    const now = this.now();
    if (now - session.lastSeenAt >= SESSION_IDLE_MS || now - session.createdAt >= SESSION_ABSOLUTE_MS) return null;
    const user = this.users.findById(session.userId);
    return user && !user.disabled ? user : null;
  }

  /** Ends one session (sign-out). */
  end(sessionId: string): void {
    this.sessions.delete(sessionId);
    for (const listener of this.endedListeners) listener(sessionId);
  }

  /** Ends every session of a user (account disabled, role changed). */
  endAllOfUser(userId: string): void {
    for (const id of this.sessions.deleteAllOfUser(userId)) {
      for (const listener of this.endedListeners) listener(id);
    }
  }

  /** Calls `listener` with the id of every session that ends. */
  onEnded(listener: (sessionId: string) => void): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  /** Deletes sessions that have expired; run now and then. */
  sweep(): number {
    const now = this.now();
    return this.sessions.deleteExpired(now - SESSION_IDLE_MS, now - SESSION_ABSOLUTE_MS);
  }
}
