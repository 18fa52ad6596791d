/**
 * The WebSocket upgrade at `/sync/:room`. Authorisation happens before the upgrade (session cookie,
 * Origin allow-list, room access), but a refusal is sent as a close code after accepting: the
 * y-websocket client retries forever after an HTTP error, and stops for good on a 44xx close.
 * No document content is sent to a refused connection.
 */
import { randomUUID } from 'node:crypto';
import { upgradeWebSocket } from '@hono/node-server';
import { Hono } from 'hono';
import { entityColor } from '../../../shared/domain/entityColors.js';
import { CloseCode, closeReasons } from '../../../shared/protocol/closeCodes.js';
import { MAX_BUFFERED_BYTES } from '../../../shared/protocol/limits.js';
import { roomAccessFor } from '../../domain/roomAccess.js';
import type { RoomConnection } from '../../sync/RoomRegistry.js';
import type { ConnectionIdentity, RoomSocket } from '../../sync/types.js';
import type { AppEnv } from '../appEnv.js';
import type { Context } from 'hono';

type Admission = { ok: true; room: string; identity: ConnectionIdentity } | { ok: false; code: CloseCode };

/** Decides whether this upgrade may join the room, and as whom. */
function admit(c: Context<AppEnv>): Admission {
  const { config } = c.var.services;
  const origin = c.req.header('origin');
  if (origin === undefined || !config.allowedOrigins.includes(origin)) return { ok: false, code: CloseCode.ForbiddenOrigin };
  const session = c.var.session;
  if (!session) return { ok: false, code: CloseCode.Unauthenticated };
  const roomName = c.req.param('room') ?? '';
  const { user } = session;
  const access = roomAccessFor(user, roomName, c.var.services);
  if (access === 'unknown') return { ok: false, code: CloseCode.UnknownRoom };
  if (access === 'none') return { ok: false, code: CloseCode.Forbidden };
  return {
    ok: true,
    room: roomName,
    identity: {
      id: randomUUID(),
      sessionId: session.sessionId,
      userId: user.id,
      entityId: user.entityId,
      access,
      presence: { id: user.id, name: user.name, entityId: user.entityId, entityName: user.entityName, color: entityColor(user.entityId) },
    },
  };
}

/** `/sync/:room`. */
export const syncRoute = new Hono<AppEnv>().get(
  '/:room',
  upgradeWebSocket((c) => {
    const admission = admit(c);
    const { rooms, logger } = c.var.services;
    let connection: RoomConnection | null = null;
    return {
      onOpen(_event, ws) {
        if (!admission.ok) {
          logger.info('sync.refused', { code: admission.code });
          ws.close(admission.code, closeReasons[admission.code]);
          return;
        }
        const raw = ws.raw;
        if (!raw) throw new Error('@hono/node-server gave no raw WebSocket');
        const socket: RoomSocket = {
          // The raw `ws` socket: a broadcast calls this once per connection, so skip the wrapper.
          send: (data) => {
            if (raw.readyState !== 1) return;
            // A client that stops reading would make the server queue every broadcast for it.
            if ('bufferedAmount' in raw && typeof raw.bufferedAmount === 'number' && raw.bufferedAmount > MAX_BUFFERED_BYTES) {
              raw.close(CloseCode.TooSlow, closeReasons[CloseCode.TooSlow]);
              return;
            }
            raw.send(data);
          },
          close: (code, reason) => raw.close(code, reason),
        };
        connection = rooms.connect(admission.room, admission.identity, socket);
      },
      onMessage(event) {
        if (!connection) return;
        const data = event.data;
        // Text frames are not part of the protocol: hand them over as bytes and let the gate refuse them.
        connection.receive(data instanceof ArrayBuffer ? new Uint8Array(data) : new TextEncoder().encode(String(data)));
      },
      onClose() {
        connection?.leave();
        connection = null;
      },
    };
  }),
);
