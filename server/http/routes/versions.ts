/** Versions of a document: take, list, open, compare. */
import { Hono } from 'hono';
import type { AppEnv } from '../appEnv.js';

/** The version routes. */
export const versionRoutes = new Hono<AppEnv>();
