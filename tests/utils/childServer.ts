/** Runs the server as a child process (as `npm start` would), so a test can kill -9 it. */
import { spawn, type ChildProcess } from 'node:child_process';

/** A server child process and its address. */
export interface ChildServer {
  child: ChildProcess;
  url: string;
  origin: string;
  /** Waits for the process to exit. */
  exited: Promise<number | null>;
}

/** Starts `server/main.ts` on a free port with the given database and waits until it listens. */
export async function startChildServer(dbPath: string, timeoutMs = 30_000): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', AKKOORD_DB: dbPath, AKKOORD_CLIENT_DIR: '', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { child, url, origin: url, exited };
}
