/**
 * One colour per entity, used for cursors, presence and (later) "who wrote what". Fixed here rather
 * than stored so that every client and every export colours an entity the same way.
 */
export const ENTITY_COLORS: Readonly<Record<string, string>> = {
  'fod-justitie': '#8e2c48',
  'fod-binnenlandse-zaken': '#3b5ba5',
  vlaanderen: '#c79a00',
  wallonie: '#c0392b',
  brussel: '#1f77b4',
  fwb: '#7b3fa0',
  dg: '#2a9d8f',
  'geintegreerde-politie': '#1d3557',
  cpg: '#6d4c41',
};

/** Colour for users without an entity (the administrator) or an entity not in the table. */
export const FALLBACK_COLOR = '#555555';

/** The colour of an entity. */
export function entityColor(entityId: string | null): string {
  return (entityId !== null && ENTITY_COLORS[entityId]) || FALLBACK_COLOR;
}
