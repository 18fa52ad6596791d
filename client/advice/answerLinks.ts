/**
 * What an answer to an advice point may link to: the document's amendments that were submitted or
 * decided ("Amendement 3 — title"; drafts and withdrawn ones carry nothing out) and its versions.
 */
import type { AdvicePointLink } from '../../shared/api/advice.js';
import type { AmendmentSummary } from '../../shared/api/amendments.js';
import type { VersionSummary } from '../../shared/api/versions.js';
import type { Translate } from '../i18n.js';

const LINKABLE = new Set(['submitted', 'accepted', 'accepted_modified', 'rejected']);

/** The choices, amendments by number then versions newest first. */
export function linkOptions(
  amendments: readonly Pick<AmendmentSummary, 'id' | 'number' | 'status' | 'title'>[],
  versions: readonly Pick<VersionSummary, 'id' | 'name'>[],
  t: Translate,
): AdvicePointLink[] {
  const numbered = amendments
    .filter((amendment) => amendment.number !== null && LINKABLE.has(amendment.status))
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
    .map((amendment) => ({
      kind: 'amendment' as const,
      id: amendment.id,
      label: `${t('amendment.numbered', { number: amendment.number ?? 0 })} — ${amendment.title}`,
    }));
  return [...numbered, ...versions.map((version) => ({ kind: 'version' as const, id: version.id, label: version.name }))];
}

/** The key of a link in a set of chosen ones. */
export function linkKey(link: Pick<AdvicePointLink, 'kind' | 'id'>): string {
  return `${link.kind}:${link.id}`;
}
