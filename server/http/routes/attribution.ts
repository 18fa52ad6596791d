/** "Who wrote what" in a main text and the statistics per entity and section: parse, authorise, present. */
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import type { DocumentAuthorship, DocumentStatistics } from '../../../shared/api/attribution.js';
import { canReadDocument } from '../../../shared/domain/permissions.js';
import { actorOf } from '../../domain/actor.js';
import { documentAuthorship } from '../../domain/attribution/documentAuthorship.js';
import { documentStatistics } from '../../domain/attribution/documentStatistics.js';
import { forbidden, notFound } from '../../errors.js';
import type { DocumentRecord } from '../../repositories/dossier.js';
import type { AppEnv } from '../appEnv.js';
import { requireSession } from '../middleware/session.js';

/** The document of the path, if the signed-in user may read it. */
function readableDocument(c: Context<AppEnv>): DocumentRecord {
  const { user } = requireSession(c);
  const document = c.var.services.dossier.document(c.req.param('id') ?? '');
  if (!document) throw notFound('Document');
  if (!canReadDocument(actorOf(user), document)) throw forbidden();
  return document;
}

/** The routes of this area. */
export const attributionRoutes = new Hono<AppEnv>()
  // A long, many-handed history makes runs by the ten thousand (1.2 MB of JSON at 100,000 edits by
  // eight alternating authors); gzip takes that to a fifth.
  .get('/documents/:id/authorship', compress(), (c) => {
    const document = readableDocument(c);
    const body: DocumentAuthorship = documentAuthorship(c.var.services, document.id);
    return c.json(body);
  })
  .get('/documents/:id/statistics', (c) => {
    const document = readableDocument(c);
    const body: DocumentStatistics = documentStatistics(c.var.services, document);
    return c.json(body);
  });
