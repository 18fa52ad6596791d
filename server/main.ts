/** `npm start`: reads the configuration, starts the server, prints where and how to sign in. */
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demoAccounts.js';
import { startServer } from './startServer.js';

async function main(): Promise<void> {
  // An operator's .env (see .env.example) fills what the real environment leaves unset.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  const lines = [
    '',
    `Akkoord is running at ${config.publicUrl ?? server.url}`,
    `Database: ${config.dbPath}${server.seed.seededDossier ? ' (new: seeded the 2026-2029 dossier)' : ''}`,
  ];
  const demoSeeded = server.services.users.findByEmail(DEMO_ACCOUNTS[0]!.email) !== null;
  if (demoSeeded) {
    lines.push(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.email.padEnd(32)} ${account.note}`);
  }
  console.log(lines.join('\n') + '\n');

  const stop = (signal: string) => {
    logger.info('server.stopping', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('server.stop_failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
