/**
 * The "Verwerking van de insteken" downloads: one package (for whoever may see it: its entity, or the
 * round's lead once submitted) and the whole round (the round's lead: every submitted package). Read
 * through the same lookups as the JSON API, so a draft of another entity is as absent here as there.
 */
import type { DiffBlock } from '../../shared/api/amendments.js';
import { isRoundLead } from '../../shared/domain/contributionRules.js';
import type { Actor } from '../../shared/domain/roles.js';
import { amendmentViews } from '../domain/amendments/amendmentViews.js';
import type { ContributionDeps } from '../domain/contributions/deps.js';
import { contributionFacts, findVisibleContribution, type FoundContribution } from '../domain/contributions/findContribution.js';
import { findVisibleRound, roundFacts } from '../domain/contributions/findRound.js';
import { processingOf, visibleItems } from '../domain/contributions/presentContribution.js';
import { forbidden } from '../errors.js';
import type { RoundRecord } from '../repositories/contributionRounds.js';
import { contributionReportDocx, type ReportPackage } from './contributionReportDocx.js';
import { buildDocx, docxFilename, packDocx, type DocxExport } from './docxFile.js';
import { entityColorResolver } from './exportAmendments.js';
import { sectionHeading } from './labels.js';

/** One package's kept items as the report prints them. */
function reportPackage(deps: ContributionDeps, actor: Actor, found: FoundContribution): ReportPackage {
  const kept = visibleItems(deps, actor, found).filter(({ item }) => !item.dropped);
  // The amendments' changes, computed once per document (a view is derived against the whole document).
  const changes = new Map<string, DiffBlock[]>();
  for (const documentId of new Set(kept.filter(({ amendment }) => amendment).map(({ item }) => item.documentId))) {
    for (const view of amendmentViews(deps.amendment, actor, documentId)) changes.set(view.amendment.id, view.changes);
  }
  const entity = found.contribution.entityName;
  return {
    entityName: entity,
    deadlineAt: found.facts.deadlineAt,
    extended: found.facts.deadlineAt !== found.round.deadlineAt,
    submittedAt: found.contribution.submittedAt,
    submittedByName: found.contribution.submittedByName,
    coverNote: found.contribution.coverNote,
    items: kept.map(({ item, amendment }) => {
      const document = deps.dossier.document(item.documentId);
      const section = item.sectionId === null ? undefined : document?.sections.find((candidate) => candidate.id === item.sectionId);
      return {
        kind: item.kind,
        document: document?.short ?? item.documentId,
        section: section ? sectionHeading(section.kind, section.number, section.title) : (item.sectionId ?? null),
        from: item.unitName ?? entity,
        authorName: item.authorName,
        body: item.body,
        amendment: amendment
          ? {
              number: amendment.number,
              title: amendment.title,
              justification: amendment.justification,
              status: amendment.status,
              entityId: amendment.entityId,
              changes: changes.get(amendment.id) ?? [],
            }
          : null,
        processing: processingOf(item, amendment),
      };
    }),
  };
}

/** Builds and packs the report. */
async function pack(deps: ContributionDeps, round: RoundRecord, packages: ReportPackage[], notSubmitted: string[], name: string): Promise<DocxExport> {
  const now = deps.clock.now();
  const content = contributionReportDocx({
    roundTitle: round.title,
    deadlineAt: round.deadlineAt,
    exportedAt: now,
    packages,
    notSubmitted,
    addedColor: entityColorResolver(deps.dossier.entities()),
  });
  return { filename: docxFilename(['verwerking-insteken', name], new Date(now)), bytes: await packDocx(buildDocx(content)) };
}

/** One package's report, found and refused exactly as `GET /api/contributions/:id` finds and refuses it. */
export async function exportContributionReport(deps: ContributionDeps, { actor, contributionId }: { actor: Actor; contributionId: string }): Promise<DocxExport> {
  const found = findVisibleContribution(deps, actor, contributionId);
  return pack(deps, found.round, [reportPackage(deps, actor, found)], [], found.contribution.entityName);
}

/** The whole round's report: every submitted package (the round's lead only). */
export async function exportRoundReport(deps: ContributionDeps, { actor, roundId }: { actor: Actor; roundId: string }): Promise<DocxExport> {
  const round = findVisibleRound(deps, actor, roundId);
  const facts = roundFacts(round);
  if (!isRoundLead(actor, facts)) throw forbidden("Only the round's lead downloads the whole round's report.");
  const contributions = deps.contributions.forRound(round.id);
  const packages = contributions
    .filter((contribution) => contribution.status === 'submitted')
    .map((contribution) => reportPackage(deps, actor, { round, contribution, roundFacts: facts, facts: contributionFacts(round, contribution) }));
  const notSubmitted = contributions.filter((contribution) => contribution.status !== 'submitted').map((contribution) => contribution.entityName);
  return pack(deps, round, packages, notSubmitted, round.title);
}
