/** Random record ids: 15 random bytes as 24 lowercase base32 characters, unguessable by design. */
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { randomBytes } from 'node:crypto';

/** A new random id (matches AMENDMENT_ID in shared/protocol/rooms.ts). */
export function newId(): string {
  return encodeBase32LowerCaseNoPadding(randomBytes(15));
}
