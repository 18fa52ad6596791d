/** Versions of a document: take, list, open (as text or as Yjs state), compare. */
import { Hono } from 'hono';
import { CompareQuery, CreateVersionRequest, type VersionContent, type VersionList } from '../../../shared/api/versions.js';
import { canReadVersions } from '../../../shared/domain/versionRules.js';
import { actorOf } from '../../domain/actor.js';
import { compareVersions } from '../../domain/versions/compareVersions.js';
import { versionDeps } from '../../domain/versions/deps.js';
import { findVersion } from '../../domain/versions/findVersion.js';
import { presentVersion } from '../../domain/versions/presentVersion.js';
import { takeVersion } from '../../domain/versions/takeVersion.js';
import { versionContent } from '../../domain/versions/versionText.js';
import { forbidden, notFound } from '../../errors.js';
import type { AppEnv } from '../appEnv.js';
import { requireSession } from '../middleware/session.js';
import { readJson, validate } from '../validate.js';

/** The version routes. */
export const versionRoutes = new Hono<AppEnv>()
  .post('/documents/:id/versions', async (c) => {
    const { user } = requireSession(c);
    const { name } = await readJson(c, CreateVersionRequest);
    const version = takeVersion(versionDeps(c.var.services), { actor: actorOf(user), documentId: c.req.param('id'), name });
    return c.json(presentVersion(version), 201);
  })
  .get('/documents/:id/versions', (c) => {
    const { user } = requireSession(c);
    const deps = versionDeps(c.var.services);
    const document = deps.dossier.document(c.req.param('id'));
    if (!document) throw notFound('Document');
    if (!canReadVersions(actorOf(user), document)) throw forbidden();
    const body: VersionList = { versions: deps.versions.listForDocument(document.id).map(presentVersion) };
    return c.json(body);
  })
  .get('/documents/:id/compare', (c) => {
    const { user } = requireSession(c);
    const { from, to } = validate(CompareQuery, c.req.query());
    return c.json(compareVersions(versionDeps(c.var.services), { actor: actorOf(user), documentId: c.req.param('id'), from, to }));
  })
  .get('/versions/:id', (c) => {
    const { user } = requireSession(c);
    const deps = versionDeps(c.var.services);
    const { version } = findVersion(deps, actorOf(user), () => deps.versions.summary(c.req.param('id')));
    return c.json(presentVersion(version));
  })
  .get('/versions/:id/state', (c) => {
    const { user } = requireSession(c);
    const deps = versionDeps(c.var.services);
    const { version } = findVersion(deps, actorOf(user), () => deps.versions.get(c.req.param('id')));
    // The whole Yjs state as one update: the advice client builds the frozen text, and anchors on it, from this.
    return c.body(version.state.slice(), 200, { 'Content-Type': 'application/octet-stream', 'Cache-Control': 'private, no-store' });
  })
  .get('/versions/:id/content', (c) => {
    const { user } = requireSession(c);
    const deps = versionDeps(c.var.services);
    const { version } = findVersion(deps, actorOf(user), () => deps.versions.get(c.req.param('id')));
    const body: VersionContent = { version: presentVersion(version), content: versionContent(version) };
    return c.json(body);
  });
