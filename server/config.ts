/**
 * The server's configuration, read from the environment once at start and validated with zod.
 * Every problem is listed at once so an operator fixes them in one go (see .env.example).
 */
import { z } from 'zod';

/** An unset or empty variable means "use the default" (an empty PORT must not become port 0). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

const Environment = z.object({
  PORT: optional(z.coerce.number().int().min(0).max(65535).default(8080)),
  HOST: z.string().min(1).default('127.0.0.1'),
  AKKOORD_DB: z.string().min(1).default('data/akkoord.db'),
  /** Public URL users open, e.g. https://akkoord.example.be. Sets the Secure cookie and the default Origin. */
  AKKOORD_PUBLIC_URL: z.string().url().optional(),
  /** Comma-separated extra Origins allowed for state-changing requests and WebSocket upgrades. */
  AKKOORD_ORIGINS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const bad = splitOrigins(value).filter((origin) => !isOrigin(origin));
      if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `not origins: ${bad.join(', ')}` });
    }),
  /** `demo` seeds the demo accounts on an empty database; `none` seeds only the dossier. */
  AKKOORD_SEED: z.enum(['demo', 'none']).default('demo'),
  /** Trust X-Forwarded-For's rightmost entry for the client address (only behind a reverse proxy you run). */
  AKKOORD_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Folder with the built client; empty disables static serving (API only). */
  AKKOORD_CLIENT_DIR: z.string().default('dist/client'),
  /** Updates in a room's log after which it is compacted into one snapshot. */
  AKKOORD_COMPACT_AFTER: z.coerce.number().int().min(10).max(1_000_000).default(2000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

/** The validated configuration the server runs with. */
export interface Config {
  port: number;
  host: string;
  dbPath: string;
  publicUrl: string | null;
  /** Origins whose pages may call state-changing APIs and open sync sockets. */
  allowedOrigins: string[];
  seed: 'demo' | 'none';
  trustProxy: boolean;
  clientDir: string;
  compactAfter: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** True when cookies must be `Secure` (served over HTTPS). */
  secureCookies: boolean;
}

/** Thrown when the environment is invalid; its message lists every problem. */
export class ConfigError extends Error {}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const extraOrigins = splitOrigins(e.AKKOORD_ORIGINS);
  const publicUrl = e.AKKOORD_PUBLIC_URL ? new URL(e.AKKOORD_PUBLIC_URL).origin : null;
  return {
    port: e.PORT,
    host: e.HOST,
    dbPath: e.AKKOORD_DB,
    publicUrl,
    allowedOrigins: [...new Set([...(publicUrl ? [publicUrl] : []), ...extraOrigins])],
    seed: e.AKKOORD_SEED,
    trustProxy: e.AKKOORD_TRUST_PROXY === 'true',
    clientDir: e.AKKOORD_CLIENT_DIR,
    compactAfter: e.AKKOORD_COMPACT_AFTER,
    logLevel: e.LOG_LEVEL,
    secureCookies: publicUrl?.startsWith('https://') ?? false,
  };
}

/** The Origins a local server answers on, added once the real port is known. */
export function localOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

function splitOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return url.origin === value && (url.protocol === 'http:' || url.protocol === 'https:');
  } catch {
    return false;
  }
}
