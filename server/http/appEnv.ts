/** The Hono environment: what every handler finds on `c.var`. */
import type { ValidSession } from '../auth/sessions.js';
import type { Services } from '../services.js';

/** Hono's type parameter for this app. */
export interface AppEnv {
  Variables: {
    services: Services;
    session: ValidSession | null;
  };
}
