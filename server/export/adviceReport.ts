/**
 * The advice report of a round as a .docx, read through the same rules as the JSON API: a round the
 * actor may not see is as absent as a wrong id; whoever sees the round (its lead, the body's
 * advisers) is told that a draft advice has no report yet, which the round itself already shows
 * them, and learns nothing of the draft.
 */
import { isLate } from '../../shared/domain/adviceRules.js';
import type { Actor } from '../../shared/domain/roles.js';
import { conflict } from '../errors.js';
import type { AdviceDeps } from '../domain/advice/deps.js';
import { findAdviceRound } from '../domain/advice/findAdvice.js';
import { passagesNow } from '../domain/advice/passageNow.js';
import { passageOf, presentAnswer } from '../domain/advice/presentAdvice.js';
import { adviceReportDocx } from './adviceReportDocx.js';
import { buildDocx, docxFilename, packDocx, type DocxExport } from './docxFile.js';
import { sectionHeading } from './labels.js';

/** The round's "Verwerking van het advies" as a Word document. */
export async function exportAdviceReport(deps: AdviceDeps, input: { actor: Actor; roundId: string; now?: Date }): Promise<DocxExport> {
  const { actor, now = new Date(deps.clock.now()) } = input;
  const context = findAdviceRound(deps, actor, input.roundId);
  const { round, advice, document, roundFacts } = context;
  if (advice.status !== 'submitted') throw conflict('not_submitted', 'The advice has not been submitted yet: there is nothing to report.');
  const points = deps.points.ofAdvice(advice.id);
  const passages = passagesNow(deps, document.id, points);
  const headingOf = (sectionId: string | null) => {
    const section = document.sections.find((candidate) => candidate.id === sectionId);
    return section ? sectionHeading(section.kind, section.number, section.title) : null;
  };
  const content = adviceReportDocx({
    bodyName: round.bodyName,
    documentTitle: document.title,
    versionName: round.versionName,
    consultationDate: round.consultationDate,
    deadlineAt: round.deadlineAt,
    question: round.question,
    generalText: advice.generalText,
    submittedAt: advice.submittedAt,
    submittedByName: advice.submittedByName,
    late: advice.submittedAt !== null && isLate(advice.submittedAt, roundFacts),
    exportedAt: now,
    points: points.map((point, index) => {
      const answer = presentAnswer(deps, actor, point);
      return {
        number: index + 1,
        sectionHeading: headingOf(point.sectionId),
        quote: point.quote,
        body: point.body,
        answer: answer === null ? null : { ...answer, links: answer.links.map((link) => link.label) },
        now: passageOf(point, passages.get(point.id)),
      };
    }),
  });
  return { filename: docxFilename([document.short, 'verwerking-advies', round.bodyEntityId.toUpperCase()], now), bytes: await packDocx(buildDocx(content)) };
}
