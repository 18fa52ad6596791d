/**
 * The baseline: @hocuspocus/server 4.7 with its SQLite extension, as its documentation sets it up,
 * with no hooks (no authentication, no permission checks, no attribution).
 * Started by the benchmark as a child process: PORT and HOCUSPOCUS_DB come from the environment.
 */
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';

const port = Number(process.env.PORT ?? '0');
const database = process.env.HOCUSPOCUS_DB ?? ':memory:';
if (!Number.isInteger(port) || port <= 0) throw new Error('PORT must be set to a free port');

const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database })],
});

await server.listen();
console.log(`hocuspocus listening on http://127.0.0.1:${port} (sqlite ${database})`);
