/** The server's configuration (server/config.ts): defaults, validation, derived values. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, localOrigins, type Config } from '../../server/config.js';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual<Config>({
      port: 8080,
      host: '127.0.0.1',
      dbPath: 'data/akkoord.db',
      publicUrl: null,
      allowedOrigins: [],
      seed: 'demo',
      trustProxy: false,
      clientDir: 'dist/client',
      compactAfter: 2000,
      logLevel: 'info',
      secureCookies: false,
    });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '3000',
        HOST: '0.0.0.0',
        AKKOORD_DB: '/var/lib/akkoord/db.sqlite',
        AKKOORD_SEED: 'none',
        AKKOORD_TRUST_PROXY: 'true',
        AKKOORD_CLIENT_DIR: '',
        AKKOORD_COMPACT_AFTER: '500',
        LOG_LEVEL: 'debug',
      }),
    ).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dbPath: '/var/lib/akkoord/db.sqlite',
      seed: 'none',
      trustProxy: true,
      clientDir: '',
      compactAfter: 500,
      logLevel: 'debug',
    });
  });

  it('makes cookies Secure and allows the origin of an https public URL', () => {
    const config = loadConfig({
      AKKOORD_PUBLIC_URL: 'https://akkoord.example.be/app/',
      AKKOORD_ORIGINS: 'https://akkoord.example.be, https://intranet.example.be',
    });
    expect(config.publicUrl).toBe('https://akkoord.example.be');
    expect(config.secureCookies).toBe(true);
    // The public origin first, each origin once.
    expect(config.allowedOrigins).toEqual(['https://akkoord.example.be', 'https://intranet.example.be']);
  });

  it('keeps cookies non-Secure for an http public URL', () => {
    const config = loadConfig({ AKKOORD_PUBLIC_URL: 'http://localhost:8080' });
    expect(config.secureCookies).toBe(false);
    expect(config.allowedOrigins).toEqual(['http://localhost:8080']);
  });

  it('lists every invalid variable in one message', () => {
    const error = configError({ PORT: 'eighty', LOG_LEVEL: 'loud', AKKOORD_SEED: 'all' });
    expect(error.message).toMatch(/^Invalid configuration:/);
    expect(error.message).toContain('PORT');
    expect(error.message).toContain('LOG_LEVEL');
    expect(error.message).toContain('AKKOORD_SEED');
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['AKKOORD_COMPACT_AFTER', '5'],
    ['AKKOORD_PUBLIC_URL', 'akkoord.example.be'],
    ['AKKOORD_TRUST_PROXY', 'yes'],
  ])('refuses %s=%s', (name, value) => {
    expect(configError({ [name]: value }).message).toContain(name);
  });

  it('refuses values of AKKOORD_ORIGINS that are not origins, naming each', () => {
    const error = configError({ AKKOORD_ORIGINS: 'https://ok.example.be,https://a.example.be/path,ftp://b.example.be,nope' });
    expect(error.message).toContain('AKKOORD_ORIGINS');
    expect(error.message).toContain('https://a.example.be/path');
    expect(error.message).toContain('ftp://b.example.be');
    expect(error.message).toContain('nope');
    expect(error.message).not.toContain('ok.example.be');
  });

  // Regression: origins used to be checked only after zod passed, so a mistyped PORT hid them.
  it('lists an invalid PORT and bad AKKOORD_ORIGINS together', () => {
    const error = configError({ PORT: 'eighty', AKKOORD_ORIGINS: 'not-an-origin' });
    expect(error.message).toContain('PORT');
    expect(error.message).toContain('AKKOORD_ORIGINS');
    expect(error.message).toContain('not-an-origin');
  });

  it('gives the local origins of a port', () => {
    expect(localOrigins(4321)).toEqual(['http://localhost:4321', 'http://127.0.0.1:4321']);
  });
});
