/**
 * The legend of "who wrote what": the entities present in the visible text, each with its colour
 * class and how many of the visible characters it wrote; then the original text and text not yet
 * attributed, when there is any. Pure: the panel translates the kinds that have no name.
 */
import type { DocumentAuthorship } from '../../shared/api/attribution.js';
import type { Me } from '../../shared/api/schemas.js';
import { ENTITY_COLORS } from '../../shared/domain/entityColors.js';
import type { AuthorshipSegment } from './authorshipSegments.js';

/** One line of the legend. */
export interface LegendEntry {
  /** Stable key: `entity:<id>`, `user:<id>` (someone without entity), `original` or `pending`. */
  key: string;
  kind: 'entity' | 'original' | 'pending';
  /** The entity's (or, without entity, the person's) name; empty for the two other kinds. */
  label: string;
  /** `entity-…` class giving the colour; null for text shown without colour. */
  colorClass: string | null;
  /** Visible characters it holds. */
  characters: number;
}

/**
 * The colour class of an entity. A sub-entity writes in its parent's colour, which the server sends
 * as `color`: the class is found from that colour when the id has none of its own.
 */
export function colorClassOf(entityId: string | null, color: string): string {
  if (entityId !== null && Object.hasOwn(ENTITY_COLORS, entityId)) return `entity-${entityId}`;
  const wanted = color.toLowerCase();
  const match = Object.entries(ENTITY_COLORS).find(([, hex]) => hex.toLowerCase() === wanted);
  return match === undefined ? 'entity-unknown' : `entity-${match[0]}`;
}

/** Who wrote a segment, as a legend line without its count. */
type LegendKey = Omit<LegendEntry, 'characters'>;

const ORIGINAL: LegendKey = { key: 'original', kind: 'original', label: '', colorClass: null };
const PENDING: LegendKey = { key: 'pending', kind: 'pending', label: '', colorClass: null };

/** The legend line of a person writing for an entity (or for none). */
function writerKey(userId: string, name: string, entityId: string | null, entityName: string | null, color: string): LegendKey {
  return entityId === null
    ? { key: `user:${userId}`, kind: 'entity', label: name, colorClass: colorClassOf(null, color) }
    : { key: `entity:${entityId}`, kind: 'entity', label: entityName ?? entityId, colorClass: colorClassOf(entityId, color) };
}

/** The legend line a segment belongs to. */
export function legendKeyOf(segment: AuthorshipSegment, authorship: DocumentAuthorship, me: Me): LegendKey {
  const { source } = segment;
  switch (source.kind) {
    case 'pending':
      return PENDING;
    case 'own':
      return writerKey(me.id, me.name, me.entityId, me.entityName, me.color);
    case 'written': {
      const author = authorship.authors[source.author];
      if (author === undefined) return PENDING;
      if (author.original) return ORIGINAL;
      return writerKey(author.userId, author.name, author.entityId, author.entityName, author.color);
    }
  }
}

const KIND_ORDER: Record<LegendEntry['kind'], number> = { entity: 0, original: 1, pending: 2 };

/** The legend of the segments: entities by characters (most first), then original and pending text. */
export function buildLegend(segments: readonly AuthorshipSegment[], authorship: DocumentAuthorship, me: Me): LegendEntry[] {
  const entries = new Map<string, LegendEntry>();
  for (const segment of segments) {
    const key = legendKeyOf(segment, authorship, me);
    const entry = entries.get(key.key);
    if (entry === undefined) entries.set(key.key, { ...key, characters: segment.to - segment.from });
    else entry.characters += segment.to - segment.from;
  }
  return [...entries.values()].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.characters - a.characters || a.label.localeCompare(b.label),
  );
}

/** Whether two legends show the same (so the panel is not re-rendered for nothing). */
export function sameLegend(a: readonly LegendEntry[], b: readonly LegendEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, index) => {
      const other = b[index]!;
      return entry.key === other.key && entry.label === other.label && entry.characters === other.characters && entry.colorClass === other.colorClass;
    })
  );
}
