/** DOCX exports: the two-column amendment table and versions. */
import { Hono } from 'hono';
import type { AppEnv } from '../appEnv.js';

/** The routes of this area. */
export const exportRoutes = new Hono<AppEnv>();
