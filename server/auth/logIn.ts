/** The sign-in operation: throttle, verify the password, start a fresh session. */
import { invalidCredentials, tooManyAttempts } from '../errors.js';
import type { UserRecord, UserRepository } from '../repositories/users.js';
import { ACCOUNT_POLICY, ADDRESS_POLICY, LoginThrottle } from './loginThrottle.js';
import { decoyPasswordHash, verifyPassword } from './passwords.js';
import type { SessionService } from './sessions.js';

/** What signing in needs. */
export interface LogInInput {
  email: string;
  password: string;
  /** The client's address, for the per-address throttle. */
  address: string;
}

/** Signs users in; holds the throttles so they live as long as the server. */
export class LogIn {
  private readonly byAccount: LoginThrottle;
  private readonly byAddress: LoginThrottle;

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    now: () => number = Date.now,
  ) {
    this.byAccount = new LoginThrottle(ACCOUNT_POLICY, now);
    this.byAddress = new LoginThrottle(ADDRESS_POLICY, now);
  }

  /** Signs in or throws invalid_credentials / too_many_attempts. */
  async run(input: LogInInput): Promise<{ user: UserRecord; token: string; expiresAt: number }> {
    const accountKey = input.email.toLowerCase();
    const waitMs = Math.max(this.byAccount.waitMs(accountKey), this.byAddress.waitMs(input.address));
    if (waitMs > 0) throw tooManyAttempts(Math.ceil(waitMs / 1000));

    // Counted as a failure before the (slow) check, so that guesses sent in parallel all count.
    this.byAccount.fail(accountKey);
    this.byAddress.fail(input.address);
    const user = this.users.findByEmail(accountKey);
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
    if (!user || !matches || user.disabled) throw invalidCredentials();
    this.byAccount.reset(accountKey);
    this.byAddress.forgive(input.address);
    const session = this.sessions.create(user.id);
    return { user, token: session.token, expiresAt: session.expiresAt };
  }
}
