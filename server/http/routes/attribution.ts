/** "Who wrote what" in a main text and the statistics per entity and section. */
import { Hono } from 'hono';
import type { AppEnv } from '../appEnv.js';

/** The routes of this area. */
export const attributionRoutes = new Hono<AppEnv>();
