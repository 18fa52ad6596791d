/** Comment threads on passages of a text. */
import { Hono } from 'hono';
import type { AppEnv } from '../appEnv.js';

/** The routes of this area. */
export const commentRoutes = new Hono<AppEnv>();
