/** The dossier page's data, the documents and their plain text. */
import { Hono } from 'hono';
import {
  DocumentTextQuery,
  type DocumentList,
  type DossierResponse,
} from '../../../shared/api/schemas.js';
import { canReadDocument } from '../../../shared/domain/permissions.js';
import { entityColor } from '../../../shared/domain/entityColors.js';
import { actorOf } from '../../domain/actor.js';
import { currentDocumentText } from '../../domain/documentText.js';
import { versionDeps } from '../../domain/versions/deps.js';
import { findVersion } from '../../domain/versions/findVersion.js';
import { versionPlainText } from '../../domain/versions/versionText.js';
import { forbidden, notFound } from '../../errors.js';
import type { AppEnv } from '../appEnv.js';
import { requireSession } from '../middleware/session.js';
import { presentDocument } from '../presenters.js';
import { validate } from '../validate.js';

/** `/api/dossier` and `/api/documents*`. */
export const documentRoutes = new Hono<AppEnv>()
  .get('/dossier', (c) => {
    const { user } = requireSession(c);
    const { dossier } = c.var.services;
    const body: DossierResponse = {
      id: dossier.dossierId,
      title: dossier.title() ?? '',
      documents: dossier.documents().map((doc) => presentDocument(doc, user)),
      entities: dossier.entities().map((entity) => ({ ...entity, color: entityColor(entity.parentId ?? entity.id) })),
      bodies: dossier.bodies(),
      timeline: dossier.timeline(),
    };
    return c.json(body);
  })
  .get('/documents', (c) => {
    const { user } = requireSession(c);
    const body: DocumentList = { documents: c.var.services.dossier.documents().map((doc) => presentDocument(doc, user)) };
    return c.json(body);
  })
  .get('/documents/:id/text', (c) => {
    const { user } = requireSession(c);
    const { version } = validate(DocumentTextQuery, c.req.query());
    const document = c.var.services.dossier.document(c.req.param('id'));
    if (!document) throw notFound('Document');
    if (!canReadDocument(actorOf(user), document)) throw forbidden();
    if (version !== undefined) {
      const deps = versionDeps(c.var.services);
      const found = findVersion(deps, actorOf(user), () => deps.versions.get(version), { documentId: document.id });
      return c.text(versionPlainText(found.version));
    }
    return c.text(currentDocumentText(c.var.services.rooms, document.id));
  });
