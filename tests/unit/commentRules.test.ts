/** The comment rules: readers comment and reply; the author, the text's writers and the lead resolve and reopen. */
import { describe, expect, it } from 'vitest';
import {
  canComment,
  canReopenThread,
  canReply,
  canResolveThread,
  type CommentRoomFacts,
  type CommentThreadFacts,
} from '../../shared/domain/commentRules.js';
import type { RoomAccess } from '../../shared/domain/permissions.js';
import type { Actor, Role } from '../../shared/domain/roles.js';

const kiv = { id: 'kiv', leadEntityId: 'fod-justitie' };
const actor = (role: Role, entityId: string | null, userId = `${role}@${entityId}`): Actor => ({ userId, role, entityId });
const room = (access: RoomAccess): CommentRoomFacts => ({ access, document: kiv });

const walloon = actor('contributor', 'wallonie', 'claire');
const reader = actor('reader', 'fod-binnenlandse-zaken', 'jan');
const lead = actor('lead', 'fod-justitie', 'sofie');
const flemishDrafter = actor('contributor', 'vlaanderen', 'lotte');
const open: CommentThreadFacts = { createdBy: 'claire', resolvedAt: null };
const resolved: CommentThreadFacts = { createdBy: 'claire', resolvedAt: 1 };

describe('comment rules', () => {
  it('lets whoever reads the text comment, and reply to open threads only', () => {
    expect(canComment(reader, room('read'))).toBe(true);
    expect(canComment(lead, room('write'))).toBe(true);
    expect(canComment(reader, room('none'))).toBe(false);
    expect(canComment(null, room('read'))).toBe(false);
    expect(canReply(reader, open, room('read'))).toBe(true);
    expect(canReply(reader, resolved, room('read'))).toBe(false);
    expect(canReply(reader, open, room('none'))).toBe(false);
  });

  it("lets the thread's author, the room's writers and the document's lead resolve, not other readers", () => {
    expect(canResolveThread(walloon, open, room('read'))).toBe(true);
    expect(canResolveThread(reader, open, room('read'))).toBe(false);
    // In the main text the lead writes; in an amendment's draft its drafters write.
    expect(canResolveThread(lead, open, room('write'))).toBe(true);
    expect(canResolveThread(flemishDrafter, open, room('write'))).toBe(true);
    // The lead decides on a submitted amendment it only reads now: it still closes remarks on it.
    expect(canResolveThread(lead, open, room('read'))).toBe(true);
    // A lead of another document is a plain reader here.
    expect(canResolveThread(actor('lead', 'geintegreerde-politie'), open, room('read'))).toBe(false);
    // The author who lost access to the room (an amendment withdrawn from sight) cannot.
    expect(canResolveThread(walloon, open, room('none'))).toBe(false);
    expect(canResolveThread(null, open, room('read'))).toBe(false);
  });

  it('resolves only open threads and reopens only resolved ones, for the same people', () => {
    expect(canResolveThread(walloon, resolved, room('read'))).toBe(false);
    expect(canReopenThread(walloon, open, room('read'))).toBe(false);
    expect(canReopenThread(walloon, resolved, room('read'))).toBe(true);
    expect(canReopenThread(lead, resolved, room('write'))).toBe(true);
    expect(canReopenThread(reader, resolved, room('read'))).toBe(false);
  });
});
