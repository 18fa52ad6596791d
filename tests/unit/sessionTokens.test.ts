/** Session tokens after Lucia's design (server/auth/sessionTokens.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateSessionToken, hashSecret, parseSessionToken, secretMatches } from '../../server/auth/sessionTokens.js';

const ID = 'abcdefghijklmnopqrstuvwx'; // 24 base32 characters
const SECRET = 'abcdefghijklmnopqrstuvwxyz234567'; // 32 base32 characters

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('session tokens', () => {
  it('generates `<24 base32>.<32 base32>` with its id as the first part', () => {
    const { token, id } = generateSessionToken();
    expect(token).toMatch(/^[a-z2-7]{24}\.[a-z2-7]{32}$/);
    expect(token.split('.')[0]).toBe(id);
  });

  it('stores SHA-256 of the secret, never the secret itself', () => {
    const { token, secretHash } = generateSessionToken();
    const secret = token.split('.')[1]!;
    expect(Buffer.from(secretHash).toString('hex')).toBe(sha256Hex(secret));
    expect(secretHash).toHaveLength(32);
    expect(Buffer.from(secretHash).toString('utf8')).not.toContain(secret);
  });

  it('hashes a known secret to its SHA-256', () => {
    expect(Buffer.from(hashSecret(SECRET)).toString('hex')).toBe(sha256Hex(SECRET));
  });

  it('makes a different token every time', () => {
    const a = generateSessionToken();
    const b = generateSessionToken();
    expect(a.token).not.toBe(b.token);
    expect(a.id).not.toBe(b.id);
    expect(Buffer.from(a.secretHash).equals(Buffer.from(b.secretHash))).toBe(false);
  });

  it('parses a generated token back into its id and secret', () => {
    const { token, id } = generateSessionToken();
    expect(parseSessionToken(token)).toEqual({ id, secret: token.split('.')[1] });
    expect(parseSessionToken(`${ID}.${SECRET}`)).toEqual({ id: ID, secret: SECRET });
  });

  it.each([
    ['empty', ''],
    ['id one short', `${ID.slice(1)}.${SECRET}`],
    ['id one long', `${ID}a.${SECRET}`],
    ['secret one short', `${ID}.${SECRET.slice(1)}`],
    ['secret one long', `${ID}.${SECRET}a`],
    ['uppercase id', `${ID.toUpperCase()}.${SECRET}`],
    ['uppercase secret letter', `${ID}.A${SECRET.slice(1)}`],
    ['non-base32 digit', `${ID.slice(1)}1.${SECRET}`],
    ['extra dot', `${ID}.${SECRET}.x`],
    ['extra dot inside', `${ID}.${SECRET.slice(0, 16)}.${SECRET.slice(16)}`],
    ['no dot', `${ID}${SECRET}`],
    ['only the id', ID],
    ['leading space', ` ${ID}.${SECRET}`],
    ['trailing newline', `${ID}.${SECRET}\n`],
  ])('rejects a malformed token: %s', (_name, token) => {
    expect(parseSessionToken(token)).toBeNull();
  });

  it('matches the right secret and only the right secret', () => {
    const { token, secretHash } = generateSessionToken();
    const secret = token.split('.')[1]!;
    expect(secretMatches(secret, secretHash)).toBe(true);
    const flipped = (secret[0] === 'a' ? 'b' : 'a') + secret.slice(1);
    expect(secretMatches(flipped, secretHash)).toBe(false);
    expect(secretMatches('', secretHash)).toBe(false);
  });

  it('does not match a stored hash of another length', () => {
    const stored = hashSecret(SECRET);
    expect(secretMatches(SECRET, stored.subarray(0, 31))).toBe(false);
    expect(secretMatches(SECRET, new Uint8Array(0))).toBe(false);
  });
});
