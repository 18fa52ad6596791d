/** `/api/amendments*` and a document's amendment list: parse, authorise through the domain, present. */
import { Hono } from 'hono';
import {
  AmendmentListQuery,
  CreateAmendmentRequest,
  DecideAmendmentRequest,
  UpdateAmendmentRequest,
  type AmendmentDetail,
  type AmendmentList,
} from '../../../shared/api/amendments.js';
import { canReadDocument } from '../../../shared/domain/permissions.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { AMENDMENT_ID } from '../../../shared/protocol/rooms.js';
import { actorOf } from '../../domain/actor.js';
import { amendmentView, amendmentViews, presentAmendment } from '../../domain/amendments/amendmentViews.js';
import { createAmendment } from '../../domain/amendments/createAmendment.js';
import { decideAmendment } from '../../domain/amendments/decideAmendment.js';
import { amendmentDeps } from '../../domain/amendments/deps.js';
import { findVisibleAmendment } from '../../domain/amendments/findAmendment.js';
import { matchesAmendmentFilters } from '../../domain/amendments/matchesFilters.js';
import { submitAmendment } from '../../domain/amendments/submitAmendment.js';
import { updateAmendmentDetails } from '../../domain/amendments/updateAmendmentDetails.js';
import { withdrawAmendment } from '../../domain/amendments/withdrawAmendment.js';
import { forbidden, notFound } from '../../errors.js';
import type { Services } from '../../services.js';
import type { AppEnv } from '../appEnv.js';
import { requireSession } from '../middleware/session.js';
import { readJson, validate } from '../validate.js';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The amendment's id from the path; a malformed one is as unknown as a wrong one. */
function amendmentIdOf(id: string): string {
  if (!AMENDMENT_ID.test(id)) throw notFound('Amendment');
  return id;
}

/** The detail answer for one amendment, as this actor sees it. */
function detail(services: Services, actor: Actor, amendmentId: string): AmendmentDetail {
  const { amendment, document } = findVisibleAmendment(services, actor, amendmentId);
  const view = amendmentView(services, actor, amendment);
  const snapshots = services.amendments.snapshots(amendment.id)!;
  return {
    ...presentAmendment(view, actor, document),
    baseSnapshot: base64(snapshots.base),
    submittedSnapshot: snapshots.submitted ? base64(snapshots.submitted) : null,
  };
}

/** The amendment routes. */
export const amendmentRoutes = new Hono<AppEnv>()
  .get('/documents/:id/amendments', (c) => {
    const { user } = requireSession(c);
    const actor = actorOf(user);
    const filters = validate(AmendmentListQuery, c.req.query());
    const document = c.var.services.dossier.document(c.req.param('id'));
    if (!document) throw notFound('Document');
    if (!canReadDocument(actor, document)) throw forbidden();
    const views = amendmentViews(c.var.services, actor, document.id).filter(({ amendment }) => matchesAmendmentFilters(amendment, filters));
    const body: AmendmentList = { amendments: views.map((view) => presentAmendment(view, actor, document, { trimmed: true })) };
    return c.json(body);
  })
  .post('/amendments', async (c) => {
    const { user } = requireSession(c);
    const actor = actorOf(user);
    const request = await readJson(c, CreateAmendmentRequest);
    const created = createAmendment(amendmentDeps(c.var.services), { actor, request });
    return c.json(detail(c.var.services, actor, created.id), 201);
  })
  .get('/amendments/:id', (c) => {
    const { user } = requireSession(c);
    return c.json(detail(c.var.services, actorOf(user), amendmentIdOf(c.req.param('id'))));
  })
  .patch('/amendments/:id', async (c) => {
    const { user } = requireSession(c);
    const actor = actorOf(user);
    const amendmentId = amendmentIdOf(c.req.param('id'));
    const request = await readJson(c, UpdateAmendmentRequest);
    updateAmendmentDetails(amendmentDeps(c.var.services), { actor, amendmentId, request });
    return c.json(detail(c.var.services, actor, amendmentId));
  })
  .post('/amendments/:id/submit', (c) => {
    const { user } = requireSession(c);
    const actor = actorOf(user);
    const amendmentId = amendmentIdOf(c.req.param('id'));
    submitAmendment(amendmentDeps(c.var.services), { actor, amendmentId });
    return c.json(detail(c.var.services, actor, amendmentId));
  })
  .post('/amendments/:id/withdraw', (c) => {
    const { user } = requireSession(c);
    const actor = actorOf(user);
    const amendmentId = amendmentIdOf(c.req.param('id'));
    withdrawAmendment(amendmentDeps(c.var.services), { actor, amendmentId });
    return c.json(detail(c.var.services, actor, amendmentId));
  })
  .post('/amendments/:id/decision', async (c) => {
    const { user } = requireSession(c);
    const actor = actorOf(user);
    const amendmentId = amendmentIdOf(c.req.param('id'));
    const { decision, reason } = await readJson(c, DecideAmendmentRequest);
    decideAmendment(amendmentDeps(c.var.services), { actor, amendmentId, decision, reason });
    return c.json(detail(c.var.services, actor, amendmentId));
  });

