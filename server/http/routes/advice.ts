/** `/api/advice-rounds*`, `/api/advice*`, `/api/advice-points*` and a document's advice points: parse, authorise through the domain, present. */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  AnswerAdvicePointRequest,
  CreateAdvicePointRequest,
  OpenAdviceRoundRequest,
  UpdateAdvicePointRequest,
  UpdateAdviceRequest,
  type AdviceRoundList,
  type AdviceRoundSummary,
} from '../../../shared/api/advice.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { actorOf } from '../../domain/actor.js';
import { addAdvicePoint } from '../../domain/advice/addAdvicePoint.js';
import { answerAdvicePoint } from '../../domain/advice/answerAdvicePoint.js';
import { closeAdviceRound } from '../../domain/advice/closeAdviceRound.js';
import { deleteAdvicePoint } from '../../domain/advice/deleteAdvicePoint.js';
import { adviceDeps, type AdviceDeps } from '../../domain/advice/deps.js';
import { documentAdvicePoints } from '../../domain/advice/documentAdvicePoints.js';
import { adviceContextOf, findAdvice, findAdviceRound } from '../../domain/advice/findAdvice.js';
import { listAdviceRounds } from '../../domain/advice/listAdviceRounds.js';
import { openAdviceRound } from '../../domain/advice/openAdviceRound.js';
import { presentAdvice } from '../../domain/advice/presentAdvice.js';
import { presentAdviceRound } from '../../domain/advice/presentAdviceRound.js';
import { submitAdvice } from '../../domain/advice/submitAdvice.js';
import { updateAdvice } from '../../domain/advice/updateAdvice.js';
import { updateAdvicePoint } from '../../domain/advice/updateAdvicePoint.js';
import { exportAdviceReport } from '../../export/adviceReport.js';
import { DOCX_MEDIA_TYPE } from '../../export/docxFile.js';
import type { AppEnv } from '../appEnv.js';
import { requireSession } from '../middleware/session.js';
import { readJson, validate } from '../validate.js';

/** `GET /api/advice-rounds?documentId=`: the one filter the list takes. */
const AdviceRoundListQuery = z.strictObject({ documentId: z.string().min(1).max(100).optional() });

/** The signed-in actor and the advice operations' dependencies. */
function session(c: Context<AppEnv>): { actor: Actor; deps: AdviceDeps } {
  const { user } = requireSession(c);
  return { actor: actorOf(user), deps: adviceDeps(c.var.services) };
}

/** The advice routes. */
export const adviceRoutes = new Hono<AppEnv>()
  .get('/advice-rounds', (c) => {
    const { actor, deps } = session(c);
    const { documentId } = validate(AdviceRoundListQuery, c.req.query());
    const body: AdviceRoundList = { rounds: listAdviceRounds(deps, { actor, documentId: documentId ?? null }) };
    return c.json(body);
  })
  .post('/advice-rounds', async (c) => {
    const { actor, deps } = session(c);
    const request = await readJson(c, OpenAdviceRoundRequest);
    const round = openAdviceRound(deps, { actor, request });
    const body: AdviceRoundSummary = presentAdviceRound(deps, actor, adviceContextOf(deps, round)!);
    return c.json(body, 201);
  })
  .get('/advice-rounds/:id', (c) => {
    const { actor, deps } = session(c);
    return c.json(presentAdviceRound(deps, actor, findAdviceRound(deps, actor, c.req.param('id'))));
  })
  .post('/advice-rounds/:id/close', (c) => {
    const { actor, deps } = session(c);
    return c.json(presentAdviceRound(deps, actor, closeAdviceRound(deps, { actor, roundId: c.req.param('id') })));
  })
  .get('/advice-rounds/:id/report.docx', async (c) => {
    const { actor, deps } = session(c);
    const file = await exportAdviceReport(deps, { actor, roundId: c.req.param('id') });
    return c.body(file.bytes, 200, {
      'Content-Type': DOCX_MEDIA_TYPE,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
    });
  })
  .get('/advice/:id', (c) => {
    const { actor, deps } = session(c);
    return c.json(presentAdvice(deps, actor, findAdvice(deps, actor, c.req.param('id'))));
  })
  .patch('/advice/:id', async (c) => {
    const { actor, deps } = session(c);
    const { generalText, expectedUpdatedAt } = await readJson(c, UpdateAdviceRequest);
    return c.json(presentAdvice(deps, actor, updateAdvice(deps, { actor, adviceId: c.req.param('id'), generalText, expectedUpdatedAt })));
  })
  .post('/advice/:id/points', async (c) => {
    const { actor, deps } = session(c);
    const request = await readJson(c, CreateAdvicePointRequest);
    const { context } = addAdvicePoint(deps, { actor, adviceId: c.req.param('id'), request });
    return c.json(presentAdvice(deps, actor, context), 201);
  })
  .post('/advice/:id/submit', (c) => {
    const { actor, deps } = session(c);
    return c.json(presentAdvice(deps, actor, submitAdvice(deps, { actor, adviceId: c.req.param('id') })));
  })
  .patch('/advice-points/:id', async (c) => {
    const { actor, deps } = session(c);
    const { body, expectedUpdatedAt } = await readJson(c, UpdateAdvicePointRequest);
    return c.json(presentAdvice(deps, actor, updateAdvicePoint(deps, { actor, pointId: c.req.param('id'), body, expectedUpdatedAt })));
  })
  .delete('/advice-points/:id', (c) => {
    const { actor, deps } = session(c);
    return c.json(presentAdvice(deps, actor, deleteAdvicePoint(deps, { actor, pointId: c.req.param('id') })));
  })
  .post('/advice-points/:id/answer', async (c) => {
    const { actor, deps } = session(c);
    const input = await readJson(c, AnswerAdvicePointRequest);
    return c.json(presentAdvice(deps, actor, answerAdvicePoint(deps, { actor, pointId: c.req.param('id'), input })));
  })
  .get('/documents/:id/advice-points', (c) => {
    const { actor, deps } = session(c);
    return c.json(documentAdvicePoints(deps, { actor, documentId: c.req.param('id') }));
  });
