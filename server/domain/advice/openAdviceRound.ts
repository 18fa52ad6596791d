/**
 * The document's lead opens an advice round: an advisory body (a top-level entity other than the
 * lead's) is asked a question on a frozen version, taken now or chosen among the document's, with a
 * consultation date and a deadline in Brussels time. The body's draft advice is created with it, and
 * the body's advisers are told; the version, the round, its audit row and the notices commit together.
 */
import type { z } from 'zod';
import type { OpenAdviceRoundRequest } from '../../../shared/api/advice.js';
import { canOpenAdviceRound } from '../../../shared/domain/adviceRules.js';
import { instantOfLocal, isOnTime } from '../../../shared/domain/deadlines.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { formatBelgianDateTime } from '../../../shared/format/dates.js';
import { forbidden, notFound, ruleBroken, validationFailed } from '../../errors.js';
import type { AdviceRoundRecord } from '../../repositories/advice.js';
import { newId } from '../ids.js';
import { takeVersion } from '../versions/takeVersion.js';
import type { AdviceDeps } from './deps.js';

/** Whether `date` (yyyy-mm-dd) is a day of the calendar. */
function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  return calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
}

/** The deadline's instant, refused when it does not exist in Brussels or has passed. */
function deadlineOf(deadline: { date: string; time: string }, now: number): number {
  const instant = instantOfLocal(deadline);
  if (!instant.ok) {
    if (instant.problem === 'nonexistent_time') {
      throw ruleBroken('deadline_nonexistent', `${deadline.date} ${deadline.time} does not exist in Brussels (the clocks go forward then).`);
    }
    throw validationFailed(`deadline: ${deadline.date} ${deadline.time} is not a date and time.`);
  }
  if (!isOnTime(now, instant.at)) throw ruleBroken('deadline_in_past', 'The deadline has already passed.');
  return instant.at;
}

/** The new round. */
export function openAdviceRound(deps: AdviceDeps, { actor, request }: { actor: Actor; request: z.output<typeof OpenAdviceRoundRequest> }): AdviceRoundRecord {
  const document = deps.dossier.document(request.documentId);
  if (!document) throw notFound('Document');
  if (!canOpenAdviceRound(actor, document)) throw forbidden("Only the document's lead opens advice rounds.");
  const body = deps.dossier.entities().find((entity) => entity.id === request.bodyEntityId);
  if (!body) throw ruleBroken('body_unknown', `bodyEntityId: there is no entity "${request.bodyEntityId}".`);
  if (body.parentId !== null) throw ruleBroken('body_not_top_level', `${body.name} is a unit of another entity; ask the entity itself.`);
  if (body.id === document.leadEntityId) throw ruleBroken('body_is_lead', `${body.name} leads this document and cannot advise on it.`);
  if (!isCalendarDate(request.consultationDate)) throw validationFailed(`consultationDate: ${request.consultationDate} is not a date.`);
  const now = deps.clock.now();
  const deadlineAt = deadlineOf(request.deadline, now);
  if (request.versionId !== undefined && deps.versions.summary(request.versionId)?.documentId !== document.id) {
    throw ruleBroken('version_unknown', `versionId: there is no version ${request.versionId} of ${document.short}.`);
  }

  const id = newId();
  deps.db.transaction(() => {
    const version =
      request.versionId !== undefined
        ? deps.versions.summary(request.versionId)!
        : takeVersion(deps, { actor, documentId: document.id, name: request.versionName! });
    deps.advice.insertRound(
      {
        id,
        dossierId: deps.dossier.dossierId,
        documentId: document.id,
        versionId: version.id,
        bodyEntityId: body.id,
        question: request.question,
        consultationDate: request.consultationDate,
        deadlineAt,
        createdBy: actor.userId,
        at: now,
      },
      newId(),
    );
    deps.audit.record({
      userId: actor.userId,
      action: 'advice_round.opened',
      subject: `advice_round:${id}`,
      detail: { documentId: document.id, versionId: version.id, bodyEntityId: body.id, consultationDate: request.consultationDate, deadlineAt },
      at: now,
    });
    deps.notifications.notify({
      userIds: deps.users.members(body.id, ['adviser']).map((user) => user.id),
      kind: 'advice_round_opened',
      subject: `advice-round:${id}`,
      params: { version: version.name, deadline: formatBelgianDateTime(deadlineAt) },
      link: `/advice-rounds/${id}`,
      at: now,
    });
  }).immediate();
  return deps.advice.round(id)!;
}
