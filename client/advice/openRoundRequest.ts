/**
 * The lead's "Adviesronde openen" form as a request: exactly one of an existing version or a name
 * for a new one, and a deadline that exists in Brussels (02:30 on the night the clocks go forward
 * does not) that has not passed yet, on or after the consultation's day. Pure, so what the form refuses before asking the server is unit-tested.
 */
import { OpenAdviceRoundRequest } from '../../shared/api/advice.js';
import { instantOfLocal, isOnTime } from '../../shared/domain/deadlines.js';

/** What the form holds. */
export interface OpenRoundFields {
  documentId: string;
  versionChoice: 'new' | 'existing';
  versionId: string;
  versionName: string;
  bodyEntityId: string;
  question: string;
  /** `2026-01-28`, as a date input gives it. */
  consultationDate: string;
  deadlineDate: string;
  /** `17:00`, as a time input gives it. */
  deadlineTime: string;
}

/** A field the form refuses. */
export type OpenRoundProblem =
  | 'versionName'
  | 'versionId'
  | 'question'
  | 'consultationDate'
  | 'deadline'
  | 'nonexistentTime'
  | 'deadlinePast'
  | 'consultationAfterDeadline'
  | 'document';

/** The request, or what is missing or wrong (`now` for a deadline already passed; the server checks again on its clock). */
export function openRoundRequest(
  fields: OpenRoundFields,
  now: number,
): { ok: true; request: OpenAdviceRoundRequest } | { ok: false; problems: OpenRoundProblem[] } {
  const problems: OpenRoundProblem[] = [];
  if (fields.documentId === '' || fields.bodyEntityId === '') problems.push('document');
  if (fields.versionChoice === 'new' && fields.versionName.trim() === '') problems.push('versionName');
  if (fields.versionChoice === 'existing' && fields.versionId === '') problems.push('versionId');
  if (fields.question.trim() === '') problems.push('question');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.consultationDate)) problems.push('consultationDate');
  const deadline = instantOfLocal({ date: fields.deadlineDate, time: fields.deadlineTime });
  if (!deadline.ok) problems.push(deadline.problem === 'nonexistent_time' ? 'nonexistentTime' : 'deadline');
  else if (!isOnTime(now, deadline.at)) problems.push('deadlinePast');
  // Dates as `yyyy-mm-dd` compare in calendar order.
  else if (/^\d{4}-\d{2}-\d{2}$/.test(fields.consultationDate) && fields.consultationDate > fields.deadlineDate) problems.push('consultationAfterDeadline');
  if (problems.length > 0) return { ok: false, problems };
  const request: OpenAdviceRoundRequest = {
    documentId: fields.documentId,
    bodyEntityId: fields.bodyEntityId,
    question: fields.question.trim(),
    consultationDate: fields.consultationDate,
    deadline: { date: fields.deadlineDate, time: fields.deadlineTime },
    ...(fields.versionChoice === 'new' ? { versionName: fields.versionName.trim() } : { versionId: fields.versionId }),
  };
  // The contract's own check, so the form and the server never disagree about what is valid.
  const checked = OpenAdviceRoundRequest.safeParse(request);
  return checked.success ? { ok: true, request } : { ok: false, problems: ['document'] };
}
