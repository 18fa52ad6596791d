/**
 * `npm run users -- <command>`: production installs manage accounts from the command line (the demo
 * accounts exist only in a demo database). A running server notices a disabled account or a new
 * role within seconds and closes or downgrades that user's connections.
 *
 *   create   --email E --name N --role R [--entity ID]   password from stdin, or generated and printed
 *   disable  --email E
 *   set-role --email E --role R
 *   list
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ROLES } from '../../shared/domain/roles.js';
import { hashPassword } from '../auth/passwords.js';
import { SessionService } from '../auth/sessions.js';
import { loadConfig } from '../config.js';
import { DossierRepository } from '../repositories/dossier.js';
import { SessionRepository } from '../repositories/sessions.js';
import { UserRepository } from '../repositories/users.js';
import { DOSSIER_2026_2029 } from '../seed/dossier2026.js';
import { seedIfEmpty } from '../seed/seedDossier.js';
import { openDatabase } from '../storage/database.js';

const Email = z.string().trim().toLowerCase().email();
const Role = z.enum(ROLES);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split('\n')[0]!.trim();
}

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, entity: { type: 'string' } },
  });
  const command = positionals[0];
  const db = openDatabase(config.dbPath);
  // A fresh production database gets the dossier (never demo accounts) before its first user.
  await seedIfEmpty(db, { demo: false });
  const dossier = new DossierRepository(db, DOSSIER_2026_2029.id);
  const users = new UserRepository(db, dossier.dossierId);
  const sessions = new SessionService(new SessionRepository(db), users);
  const userByEmail = () => {
    const user = users.findByEmail(Email.parse(values.email));
    if (!user) throw new Error(`No user with email ${values.email}.`);
    return user;
  };

  switch (command) {
    case 'create': {
      const email = Email.parse(values.email);
      const name = z.string().trim().min(1).parse(values.name);
      const role = Role.parse(values.role);
      const entityId = values.entity ?? null;
      if (entityId && !dossier.entities().some((e) => e.id === entityId)) {
        throw new Error(`Unknown entity "${entityId}". Known: ${dossier.entities().map((e) => e.id).join(', ')}`);
      }
      const fromStdin = process.stdin.isTTY ? '' : await readStdin();
      const password = fromStdin || randomBytes(12).toString('base64url');
      if (password.length < 12) throw new Error('The password must have at least 12 characters.');
      users.create({ id: randomUUID(), email, name, entityId, role, passwordHash: await hashPassword(password) });
      console.log(`Created ${email} (${role}${entityId ? `, ${entityId}` : ''}).`);
      if (!fromStdin) console.log(`Password (shown once): ${password}`);
      break;
    }
    case 'disable': {
      const user = userByEmail();
      users.disable(user.id);
      sessions.endAllOfUser(user.id);
      console.log(`Disabled ${user.email}; their sessions are ended.`);
      break;
    }
    case 'set-role': {
      const user = userByEmail();
      users.setRole(user.id, Role.parse(values.role));
      console.log(`${user.email} is now ${values.role}.`);
      break;
    }
    case 'list': {
      const rows = db
        .prepare<[], { email: string; name: string; entity_id: string | null; role: string | null; disabled_at: number | null }>(
          `SELECT u.email, u.name, u.entity_id, m.role, u.disabled_at FROM users u
           LEFT JOIN memberships m ON m.user_id = u.id WHERE u.id != 'system' ORDER BY u.email`,
        )
        .all();
      for (const row of rows) {
        console.log(`${row.email.padEnd(36)} ${(row.role ?? '-').padEnd(12)} ${(row.entity_id ?? '-').padEnd(24)} ${row.name}${row.disabled_at ? ' (disabled)' : ''}`);
      }
      break;
    }
    default:
      console.error('Usage: npm run users -- create|disable|set-role|list [--email E] [--name N] [--role R] [--entity ID]');
      process.exitCode = 2;
  }
  db.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof z.ZodError ? `Invalid input: ${error.issues.map((i) => i.message).join('; ')}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
