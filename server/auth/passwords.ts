/** Password hashing with argon2id (OWASP's minimum parameters: 19 MiB, 2 passes). */
import { hash, verify } from '@node-rs/argon2';

const PARAMETERS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password into a self-describing argon2id string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

/** True when the password matches; false (never a throw) for a malformed stored hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of nothing anyone knows, verified when the email is unknown so that a wrong email takes as
 * long as a wrong password and the answer does not reveal which accounts exist.
 */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}`);
  return decoyHash;
}
