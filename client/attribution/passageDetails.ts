/**
 * What the hover card and the side panel say about one passage of "who wrote what": author, entity,
 * time (dd/mm/yyyy hh:mm, Brussels) and whether it came by direct editing or by amendment N.
 */
import type { DocumentAuthorship } from '../../shared/api/attribution.js';
import type { Me } from '../../shared/api/schemas.js';
import { formatMoment } from '../amendments/amendmentText.js';
import type { Translate } from '../i18n.js';
import { colorClassOf } from './authorshipLegend.js';
import type { PassageSource } from './authorshipSegments.js';

/** A passage's attribution, resolved against the answer's authors and amendments. */
export type PassageDetails =
  | { kind: 'original' }
  | { kind: 'pending' }
  | {
      kind: 'written';
      name: string;
      entityName: string | null;
      colorClass: string;
      /** The minute it was written; null for text typed here and not yet in an answer. */
      at: number | null;
      amendment: { number: number; title: string | null } | null;
    };

/** Resolves a source. */
export function passageDetails(source: PassageSource, authorship: DocumentAuthorship, me: Me): PassageDetails {
  switch (source.kind) {
    case 'pending':
      return { kind: 'pending' };
    case 'own':
      return { kind: 'written', name: me.name, entityName: me.entityName, colorClass: colorClassOf(me.entityId, me.color), at: null, amendment: null };
    case 'written': {
      const author = authorship.authors[source.author];
      if (author === undefined) return { kind: 'pending' };
      if (author.original) return { kind: 'original' };
      const amendment =
        source.amendment === null
          ? null
          : { number: source.amendment, title: authorship.amendments.find((a) => a.number === source.amendment)?.title ?? null };
      return {
        kind: 'written',
        name: author.name,
        entityName: author.entityName,
        colorClass: colorClassOf(author.entityId, author.color),
        at: source.at,
        amendment,
      };
    }
  }
}

/** The passage in words: a heading line (who) and detail lines (when, how). */
export interface PassageText {
  who: string;
  lines: string[];
}

/** Words for a passage, in the interface language. */
export function passageText(details: PassageDetails, t: Translate): PassageText {
  switch (details.kind) {
    case 'original':
      return { who: t('authorship.original'), lines: [] };
    case 'pending':
      return { who: t('authorship.pending'), lines: [] };
    case 'written': {
      const who = details.entityName === null ? details.name : `${details.name} — ${details.entityName}`;
      const when = details.at === null ? t('authorship.typedHere') : formatMoment(details.at);
      const how =
        details.amendment === null
          ? t('authorship.direct')
          : details.amendment.title === null
            ? t('authorship.viaAmendment', { number: details.amendment.number })
            : t('authorship.viaAmendmentTitled', { number: details.amendment.number, title: details.amendment.title });
      return { who, lines: [when, how] };
    }
  }
}
