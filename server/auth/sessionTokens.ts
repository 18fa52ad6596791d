/**
 * Session tokens after Lucia's design: `<id>.<secret>`, both random; only SHA-256 of the secret is
 * stored, and it is compared in constant time, so a database leak or a timing probe yields no session.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { randomBytes } from 'node:crypto';

/** A token as handed to the browser, with the parts the server keeps. */
export interface NewSessionToken {
  token: string;
  id: string;
  secretHash: Uint8Array;
}

/** Makes a token with a 120-bit id and a 160-bit secret. */
export function generateSessionToken(): NewSessionToken {
  const id = encodeBase32LowerCaseNoPadding(randomBytes(15));
  const secret = encodeBase32LowerCaseNoPadding(randomBytes(20));
  return { token: `${id}.${secret}`, id, secretHash: hashSecret(secret) };
}

/** Splits a token into id and secret; null for anything that is not of that shape. */
export function parseSessionToken(token: string): { id: string; secret: string } | null {
  const match = /^([a-z2-7]{24})\.([a-z2-7]{32})$/.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

/** SHA-256 of a secret, as stored. */
export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

/** True when `secret` hashes to `storedHash`, compared in constant time. */
export function secretMatches(secret: string, storedHash: Uint8Array): boolean {
  const hash = hashSecret(secret);
  return hash.length === storedHash.length && constantTimeEqual(hash, storedHash);
}
