/**
 * Characters added and removed per entity and section in a main text, in one pass over its structs
 * (gc off keeps the deleted ones): added counts every text struct an entity inserted, in the section
 * it lies in now, deleted or not; removed counts the text an entity deleted first.
 */
import * as Y from 'yjs';
import type { Attribution } from './clockMap.js';
import { ContributionTally } from './contributionTally.js';
import type { ResolvedAttribution } from './resolvedAttribution.js';
import { sectionFinder, textLength, walkAttributed } from './structWalk.js';

/** The character counts of `doc` under `resolved`; unlisted clocks go to `fallbackOf` their client. */
export function tallyCharacters(
  doc: Y.Doc,
  resolved: ResolvedAttribution,
  fallbackOf: (client: number) => Attribution | null,
): ContributionTally {
  const tally = new ContributionTally();
  const sectionOf = sectionFinder();
  for (const [client, structs] of doc.store.clients) {
    walkAttributed(structs, resolved.inserted.segments(client), fallbackOf(client), (struct, _clock, length, attribution) => {
      if (textLength(struct) > 0) tally.count(attribution.entityId, sectionOf(struct), 'added', length);
    });
    const deletions = resolved.deleted.segments(client);
    if (deletions.length === 0) continue;
    walkAttributed(structs, deletions, null, (struct, _clock, length, attribution) => {
      if (textLength(struct) > 0) tally.count(attribution.entityId, sectionOf(struct), 'removed', length);
    });
  }
  return tally;
}
