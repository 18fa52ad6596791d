/**
 * `/api/contribution-rounds*`, `/api/contributions*`, `/api/contribution-items*`: contribution rounds,
 * the entities' packages and their items. Parse, run one domain operation, present.
 */
import { Hono, type Context } from 'hono';
import {
  CreateItemRequest,
  ExtendDeadlineRequest,
  OpenRoundRequest,
  ProcessItemRequest,
  UpdateContributionRequest,
  UpdateItemRequest,
  type Contribution,
  type RoundList,
  type RoundSummary,
} from '../../../shared/api/contributions.js';
import { canSeeRound } from '../../../shared/domain/contributionRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { actorOf } from '../../domain/actor.js';
import { addItem } from '../../domain/contributions/addItem.js';
import { closeRound } from '../../domain/contributions/closeRound.js';
import { contributionDeps, type ContributionDeps } from '../../domain/contributions/deps.js';
import { extendDeadline } from '../../domain/contributions/extendDeadline.js';
import { findVisibleContribution } from '../../domain/contributions/findContribution.js';
import { findVisibleRound, roundFacts } from '../../domain/contributions/findRound.js';
import { openRound } from '../../domain/contributions/openRound.js';
import { presentContribution } from '../../domain/contributions/presentContribution.js';
import { presentRound } from '../../domain/contributions/presentRound.js';
import { processItem } from '../../domain/contributions/processItem.js';
import { removeItem } from '../../domain/contributions/removeItem.js';
import { submitContribution } from '../../domain/contributions/submitContribution.js';
import { updateContribution } from '../../domain/contributions/updateContribution.js';
import { updateItem } from '../../domain/contributions/updateItem.js';
import { exportContributionReport, exportRoundReport } from '../../export/contributionReport.js';
import { DOCX_MEDIA_TYPE, type DocxExport } from '../../export/docxFile.js';
import type { AppEnv } from '../appEnv.js';
import { requireSession } from '../middleware/session.js';
import { readJson } from '../validate.js';

/** The signed-in actor and the operations' deps. */
function context(c: Context<AppEnv>): { actor: Actor; deps: ContributionDeps } {
  const { user } = requireSession(c);
  return { actor: actorOf(user), deps: contributionDeps(c.var.services) };
}

/** A package as this actor sees it now. */
function contribution(deps: ContributionDeps, actor: Actor, contributionId: string): Contribution {
  return presentContribution(deps, actor, findVisibleContribution(deps, actor, contributionId));
}

/** The .docx as a download; not cached, since it may hold a draft only its entity may see. */
function download(c: Context<AppEnv>, file: DocxExport): Response {
  return c.body(file.bytes, 200, {
    'Content-Type': DOCX_MEDIA_TYPE,
    'Content-Disposition': `attachment; filename="${file.filename}"`,
    'Cache-Control': 'private, no-store',
  });
}

/** The contribution round routes. */
export const contributionRoutes = new Hono<AppEnv>()
  .get('/contribution-rounds', (c) => {
    const { actor, deps } = context(c);
    const rounds = deps.rounds.list(deps.dossier.dossierId).filter((round) => canSeeRound(actor, roundFacts(round)));
    const body: RoundList = { rounds: rounds.map((round) => presentRound(deps, actor, round)) };
    return c.json(body);
  })
  .post('/contribution-rounds', async (c) => {
    const { actor, deps } = context(c);
    const request = await readJson(c, OpenRoundRequest);
    const body: RoundSummary = presentRound(deps, actor, openRound(deps, { actor, request }));
    return c.json(body, 201);
  })
  .get('/contribution-rounds/:id', (c) => {
    const { actor, deps } = context(c);
    const body: RoundSummary = presentRound(deps, actor, findVisibleRound(deps, actor, c.req.param('id')));
    return c.json(body);
  })
  .post('/contribution-rounds/:id/extensions', async (c) => {
    const { actor, deps } = context(c);
    const request = await readJson(c, ExtendDeadlineRequest);
    const body: RoundSummary = presentRound(deps, actor, extendDeadline(deps, { actor, roundId: c.req.param('id'), request }));
    return c.json(body);
  })
  .post('/contribution-rounds/:id/close', (c) => {
    const { actor, deps } = context(c);
    const body: RoundSummary = presentRound(deps, actor, closeRound(deps, { actor, roundId: c.req.param('id') }));
    return c.json(body);
  })
  .get('/contribution-rounds/:id/report.docx', async (c) => {
    const { actor, deps } = context(c);
    return download(c, await exportRoundReport(deps, { actor, roundId: c.req.param('id') }));
  })
  .get('/contributions/:id', (c) => {
    const { actor, deps } = context(c);
    return c.json(contribution(deps, actor, c.req.param('id')));
  })
  .patch('/contributions/:id', async (c) => {
    const { actor, deps } = context(c);
    const contributionId = c.req.param('id');
    const { coverNote, expectedUpdatedAt } = await readJson(c, UpdateContributionRequest);
    updateContribution(deps, { actor, contributionId, coverNote, expectedUpdatedAt });
    return c.json(contribution(deps, actor, contributionId));
  })
  .post('/contributions/:id/items', async (c) => {
    const { actor, deps } = context(c);
    const contributionId = c.req.param('id');
    const request = await readJson(c, CreateItemRequest);
    addItem(deps, { actor, contributionId, request });
    return c.json(contribution(deps, actor, contributionId), 201);
  })
  .post('/contributions/:id/submit', (c) => {
    const { actor, deps } = context(c);
    const contributionId = c.req.param('id');
    submitContribution(deps, { actor, contributionId });
    return c.json(contribution(deps, actor, contributionId));
  })
  .get('/contributions/:id/report.docx', async (c) => {
    const { actor, deps } = context(c);
    return download(c, await exportContributionReport(deps, { actor, contributionId: c.req.param('id') }));
  })
  .patch('/contribution-items/:id', async (c) => {
    const { actor, deps } = context(c);
    const request = await readJson(c, UpdateItemRequest);
    const contributionId = updateItem(deps, { actor, itemId: c.req.param('id'), request });
    return c.json(contribution(deps, actor, contributionId));
  })
  .delete('/contribution-items/:id', (c) => {
    const { actor, deps } = context(c);
    const contributionId = removeItem(deps, { actor, itemId: c.req.param('id') });
    return c.json(contribution(deps, actor, contributionId));
  })
  .post('/contribution-items/:id/processing', async (c) => {
    const { actor, deps } = context(c);
    const { processing, reason } = await readJson(c, ProcessItemRequest);
    const contributionId = processItem(deps, { actor, itemId: c.req.param('id'), processing, reason });
    return c.json(contribution(deps, actor, contributionId));
  });
