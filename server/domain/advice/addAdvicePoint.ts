/**
 * One of the body's advisers adds a point to the draft advice: on a passage of the round's frozen
 * version (validated and quoted against the version, never the live text), or general. A point on
 * a passage belongs to the section its passage starts in, always: a `sectionId` that names another
 * is refused (section_mismatch), so the report never files a quote under the wrong heading. A
 * general point may name any section of the document, or none.
 */
import type { z } from 'zod';
import type { CreateAdvicePointRequest } from '../../../shared/api/advice.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { conflict, ruleBroken, validationFailed } from '../../errors.js';
import { newId } from '../ids.js';
import { anchorInVersion } from './adviceAnchors.js';
import type { AdviceDeps } from './deps.js';
import { assertMayDraft, notADraft } from './draftGuard.js';
import { touchAdvice } from './editStamp.js';
import { findAdvice, type AdviceContext } from './findAdvice.js';

/** The most points one advice holds. */
export const MAX_POINTS_PER_ADVICE = 500;

/** The advice with its new point, and the point's id. */
export function addAdvicePoint(
  deps: AdviceDeps,
  { actor, adviceId, request }: { actor: Actor; adviceId: string; request: z.output<typeof CreateAdvicePointRequest> },
): { context: AdviceContext; pointId: string } {
  const context = findAdvice(deps, actor, adviceId);
  assertMayDraft(actor, context);
  if (deps.points.count(adviceId) >= MAX_POINTS_PER_ADVICE) {
    throw conflict('too_many_points', `An advice holds at most ${MAX_POINTS_PER_ADVICE} points.`);
  }
  const { document, round } = context;
  if (request.sectionId !== null && !document.sections.some((section) => section.id === request.sectionId)) {
    throw validationFailed(`sectionId: "${request.sectionId}" is not a section of ${document.short}.`);
  }
  let quote: string | null = null;
  let sectionId = request.sectionId;
  if (request.anchor !== null) {
    const version = deps.versions.get(round.versionId);
    if (!version) throw conflict('version_missing', "The round's version is missing.");
    const passage = anchorInVersion(version, request.anchor);
    if (sectionId !== null && sectionId !== passage.sectionId) {
      const where = passage.sectionId === null ? 'outside any section' : `in section ${passage.sectionId}`;
      throw ruleBroken('section_mismatch', `sectionId: the passage is ${where}, not in ${sectionId}; leave sectionId out (null) or name the passage's own.`);
    }
    quote = passage.quote;
    sectionId = passage.sectionId;
  }
  const id = newId();
  const at = deps.clock.now();
  deps.db.transaction(() => {
    if (!touchAdvice(deps, adviceId, at)) throw notADraft();
    deps.points.insert({ id, adviceId, sectionId, anchor: request.anchor, quote, body: request.body, authorUserId: actor.userId, at });
    deps.audit.record({
      userId: actor.userId,
      action: 'advice.point_added',
      subject: `advice-point:${id}`,
      detail: { adviceId, sectionId, anchored: request.anchor !== null },
      at,
    });
  }).immediate();
  return { context: findAdvice(deps, actor, adviceId), pointId: id };
}
