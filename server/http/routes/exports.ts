/**
 * DOCX exports: a document's amendments as the two-column table (filtered as its list), one
 * amendment, the current main text, and a named version. Each reads through the same visibility
 * rules as the JSON API, so a draft of another entity is as absent here as there.
 */
import { Hono, type Context } from 'hono';
import { AmendmentListQuery } from '../../../shared/api/amendments.js';
import { actorOf } from '../../domain/actor.js';
import { versionDeps } from '../../domain/versions/deps.js';
import { DOCX_MEDIA_TYPE, type DocxExport } from '../../export/docxFile.js';
import { exportAmendment, exportDocumentAmendments } from '../../export/exportAmendments.js';
import { exportDocumentText } from '../../export/exportDocumentText.js';
import { exportVersion } from '../../export/exportVersion.js';
import type { AppEnv } from '../appEnv.js';
import { requireSession } from '../middleware/session.js';
import { validate } from '../validate.js';

/** The .docx as a download; not cached, since it may hold a draft only its entity may see. */
function download(c: Context<AppEnv>, file: DocxExport): Response {
  return c.body(file.bytes, 200, {
    'Content-Type': DOCX_MEDIA_TYPE,
    'Content-Disposition': `attachment; filename="${file.filename}"`,
    'Cache-Control': 'private, no-store',
  });
}

/** The export routes. */
export const exportRoutes = new Hono<AppEnv>()
  .get('/documents/:id/amendments/export.docx', async (c) => {
    const { user } = requireSession(c);
    const filters = validate(AmendmentListQuery, c.req.query());
    return download(c, await exportDocumentAmendments(c.var.services, { actor: actorOf(user), documentId: c.req.param('id'), filters }));
  })
  .get('/amendments/:id/export.docx', async (c) => {
    const { user } = requireSession(c);
    return download(c, await exportAmendment(c.var.services, { actor: actorOf(user), amendmentId: c.req.param('id') }));
  })
  .get('/documents/:id/export.docx', async (c) => {
    const { user } = requireSession(c);
    return download(c, await exportDocumentText(c.var.services, { actor: actorOf(user), documentId: c.req.param('id') }));
  })
  .get('/versions/:id/export.docx', async (c) => {
    const { user } = requireSession(c);
    return download(c, await exportVersion(versionDeps(c.var.services), { actor: actorOf(user), versionId: c.req.param('id') }));
  });
