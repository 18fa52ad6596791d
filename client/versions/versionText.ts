/**
 * Words and choices about versions and comparisons: how a side is named, which sides a comparison
 * starts with, the entities whose changes it shows, and its blocks by section. Pure.
 */
import type { DiffBlock } from '../../shared/api/amendments.js';
import type { ComparisonSide, VersionSummary } from '../../shared/api/versions.js';
import { formatBelgianDate } from '../../shared/format/dates.js';
import { formatMoment } from '../amendments/amendmentText.js';
import type { Translate } from '../i18n.js';
import { NOW, type CompareSide } from './versionApi.js';

/** The two sides of a comparison. */
export interface CompareSides {
  from: CompareSide;
  to: CompareSide;
}

/** What a comparison starts with: the newest version against the text now. */
export function defaultSides(versions: readonly VersionSummary[]): CompareSides {
  return { from: versions[0]?.id ?? NOW, to: NOW };
}

/** The sides a comparison page's query names (a missing side is the current text). */
export function sidesFromQuery(query: URLSearchParams): CompareSides {
  return { from: query.get('from') || NOW, to: query.get('to') || NOW };
}

/** A version as a choice in a list: "Ontwerp voor advies CPG (27/02/2026)". */
export function versionChoiceLabel(version: VersionSummary, t: Translate): string {
  return t('versions.versionAt', { name: version.name, date: formatBelgianDate(new Date(version.createdAt)) });
}

/** A side of a comparison as the server answered it: the version with its moment, or the current text then. */
export function sideLabel(side: ComparisonSide, t: Translate): string {
  return side.version === null
    ? t('versions.currentAt', { date: formatMoment(side.at) })
    : t('versions.versionAt', { name: side.version.name, date: formatMoment(side.version.createdAt) });
}

/** The entities whose changes a comparison shows, in order of first appearance; null stands for an unknown writer. */
export function changeEntities(blocks: readonly DiffBlock[]): (string | null)[] {
  const seen = new Set<string | null>();
  for (const block of blocks) {
    for (const segment of block.segments) if (segment.change !== null) seen.add(segment.entityId ?? null);
  }
  return [...seen];
}

/** Consecutive blocks of the same section, so each section's title is shown once. */
export function blocksBySection(blocks: readonly DiffBlock[]): { sectionId: string | null; blocks: DiffBlock[] }[] {
  const groups: { sectionId: string | null; blocks: DiffBlock[] }[] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.sectionId === block.sectionId) last.blocks.push(block);
    else groups.push({ sectionId: block.sectionId, blocks: [block] });
  }
  return groups;
}
