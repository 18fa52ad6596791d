/**
 * Wires the server together: database, seed, services, HTTP and WebSocket on one port. Used by
 * `npm start` (server/main.ts), by the integration tests (port 0, a temporary database) and by
 * the benchmark.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import { CloseCode } from '../shared/protocol/closeCodes.js';
import { MAX_FRAME_BYTES } from '../shared/protocol/limits.js';
import { LogIn } from './auth/logIn.js';
import { SessionService } from './auth/sessions.js';
import { localOrigins, type Config } from './config.js';
import { createApp } from './http/app.js';
import { createLogger, type Logger } from './logger.js';
import { AdviceRepository } from './repositories/advice.js';
import { AmendmentRepository } from './repositories/amendments.js';
import { AuditLog } from './repositories/audit.js';
import { ContributionItemRepository } from './repositories/contributionItems.js';
import { ContributionRoundRepository } from './repositories/contributionRounds.js';
import { ContributionRepository } from './repositories/contributions.js';
import { DossierRepository } from './repositories/dossier.js';
import { SessionRepository } from './repositories/sessions.js';
import { UserRepository } from './repositories/users.js';
import { seedIfEmpty, type SeedResult } from './seed/seedDossier.js';
import { DOSSIER_2026_2029 } from './seed/dossier2026.js';
import type { Services } from './services.js';
import { openDatabase } from './storage/database.js';
import { createSqliteRoomStorage } from './storage/sqliteRoomStorage.js';
import { startWalCheckpointer } from './storage/walCheckpointer.js';
import { RoomRegistry } from './sync/RoomRegistry.js';
import { AmendmentIndex } from './domain/amendments/AmendmentIndex.js';
import { amendmentRoomBase } from './domain/amendments/forkBase.js';
import { recheckConnections } from './domain/recheckConnections.js';
import { systemClock, type Clock } from './clock.js';
import { renderMail } from './domain/notifications/renderMail.js';
import { NotificationRepository } from './repositories/notifications.js';
import { startDeadlineReminders } from './domain/notifications/deadlineReminders.js';

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  seed: SeedResult;
  /** Closes sockets, compacts rooms, stops listening and closes the database. */
  close(): Promise<void>;
}

/** How often open sockets are checked against their sessions, accounts and roles ("within seconds"). */
const SESSION_RECHECK_MS = 3_000;

/** What a caller may replace: the clock the deadlines read (tests move it). */
export interface StartOptions {
  clock?: Clock;
}

/** Starts the server with a validated configuration. */
export async function startServer(config: Config, logger: Logger = createLogger(config.logLevel), { clock = systemClock }: StartOptions = {}): Promise<RunningServer> {
  const db = openDatabase(config.dbPath);
  const checkpointer = startWalCheckpointer(db, logger);
  const seed = await seedIfEmpty(db, { demo: config.seed === 'demo' });
  const dossier = new DossierRepository(db, DOSSIER_2026_2029.id);
  const users = new UserRepository(db, dossier.dossierId);
  // Known once listening (port 0 in tests).
  let url = '';
  const sessions = new SessionService(new SessionRepository(db), users);
  const amendments = new AmendmentRepository(db);
  const roomStorage = createSqliteRoomStorage(db);
  const rooms: RoomRegistry = new RoomRegistry({
    storage: roomStorage,
    logger,
    compactAfter: config.compactAfter,
    baseOf: (roomName) => amendmentRoomBase(roomName, amendments, rooms, roomStorage),
    onCommitted: (...commit) => amendmentIndex.onCommitted(...commit),
  });
  const amendmentIndex = new AmendmentIndex({ db, rooms, roomStorage, amendments });
  const services: Services = {
    config,
    db,
    logger,
    clock,
    users,
    sessions,
    logIn: new LogIn(users, sessions),
    dossier,
    rooms,
    roomStorage,
    amendments,
    amendmentIndex,
    audit: new AuditLog(db),
    advice: new AdviceRepository(db),
    contributionRounds: new ContributionRoundRepository(db),
    contributions: new ContributionRepository(db),
    contributionItems: new ContributionItemRepository(db),
    // The mail's links point at the public address, or the local one once the port is known.
    notifications: new NotificationRepository(db, (...mail) => renderMail(config.publicUrl ?? url, ...mail)),
    recheck: () => recheckConnections(rooms, sessions, services),
  };

  sessions.onEnded((sessionId) => rooms.closeWhere((c) => (c.sessionId === sessionId ? CloseCode.SessionEnded : null)));
  const recheck = setInterval(() => services.recheck(), SESSION_RECHECK_MS);
  const sweep = setInterval(() => sessions.sweep(), 60 * 60_000);
  sweep.unref();
  recheck.unref();

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const app = createApp(services);
  const server = await new Promise<Server>((resolve) => {
    const s = serve(
      { fetch: app.fetch, port: config.port, hostname: config.host, websocket: { server: wss } },
      () => resolve(s as Server),
    );
  });
  const port = (server.address() as AddressInfo).port;
  // The local origins are known only now (port 0 in tests): allow them unless a public URL is set.
  if (config.publicUrl === null) {
    for (const origin of localOrigins(port)) if (!config.allowedOrigins.includes(origin)) config.allowedOrigins.push(origin);
  }
  url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  // Only once the address is known: a reminder's mail carries an absolute link.
  const reminders = startDeadlineReminders(services);

  let closed = false;
  return {
    url,
    port,
    services,
    seed,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(recheck);
      clearInterval(sweep);
      reminders.stop();
      rooms.shutdown(CloseCode.ServerShutdown);
      amendmentIndex.clear();
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await checkpointer.stop();
      db.close();
    },
  };
}
