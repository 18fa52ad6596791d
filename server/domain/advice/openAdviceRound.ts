/**
 * The document's lead opens an advice round: an advisory body (a top-level entity other than the
 * lead's, with at least one adviser) is asked a question on a frozen version, taken now or chosen
 * among the document's, with a consultation date on or before the deadline's day and a deadline in
 * Brussels time (read, and refused, as a contribution round's is). The body's draft advice is
 * created with it, and the body's advisers are told; the version, the round, its audit row and the
 * notices commit together.
 */
import type { z } from 'zod';
import type { OpenAdviceRoundRequest } from '../../../shared/api/advice.js';
import { canOpenAdviceRound, isConsultationAfterDeadline } from '../../../shared/domain/adviceRules.js';
import type { Actor } from '../../../shared/domain/roles.js';
import { formatBelgianDate, formatBelgianDateTime } from '../../../shared/format/dates.js';
import { forbidden, notFound, ruleBroken, validationFailed } from '../../errors.js';
import type { AdviceRoundRecord } from '../../repositories/advice.js';
import { deadlineInstant } from '../deadlineInput.js';
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

/** The new round. */
export function openAdviceRound(deps: AdviceDeps, { actor, request }: { actor: Actor; request: z.output<typeof OpenAdviceRoundRequest> }): AdviceRoundRecord {
  const document = deps.dossier.document(request.documentId);
  if (!document) throw notFound('Document');
  if (!canOpenAdviceRound(actor, document)) throw forbidden("Only the document's lead opens advice rounds.");
  const body = deps.dossier.entities().find((entity) => entity.id === request.bodyEntityId);
  if (!body) throw ruleBroken('body_unknown', `bodyEntityId: there is no entity "${request.bodyEntityId}".`);
  if (body.parentId !== null) throw ruleBroken('body_not_top_level', `${body.name} is a unit of another entity; ask the entity itself.`);
  if (body.id === document.leadEntityId) throw ruleBroken('body_is_lead', `${body.name} leads this document and cannot advise on it.`);
  // A body nobody of which may write advice could never answer: asking it is a mistake.
  if (deps.users.members(body.id, ['adviser']).length === 0) {
    throw ruleBroken('body_without_advisers', `${body.name} has no advisers in Akkoord: nobody could write its advice.`);
  }
  if (!isCalendarDate(request.consultationDate)) throw validationFailed(`consultationDate: ${request.consultationDate} is not a date.`);
  const now = deps.clock.now();
  // Refused as a contribution round's: passed, more than five years ahead, or not a time in Brussels.
  const deadlineAt = deadlineInstant(request.deadline, now);
  if (isConsultationAfterDeadline(request.consultationDate, deadlineAt)) {
    throw ruleBroken(
      'consultation_after_deadline',
      `The consultation (${formatBelgianDate(request.consultationDate)}) cannot come after the deadline for written advice (${formatBelgianDateTime(deadlineAt)}).`,
    );
  }
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
      subject: `advice-round:${id}`,
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
