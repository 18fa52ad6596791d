import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_COLORS, FALLBACK_COLOR } from '../../shared/domain/entityColors.js';

const css = readFileSync(new URL('../../client/entity-colors.css', import.meta.url), 'utf8');

/** `.entity-<id> { --entity-color: #hex; }` rules of the stylesheet, by class suffix. */
function cssColors(): Map<string, string> {
  const rules = new Map<string, string>();
  for (const match of css.matchAll(/\.entity-([a-z0-9-]+)\s*\{\s*--entity-color:\s*(#[0-9a-fA-F]{6})\s*;?\s*\}/g)) {
    rules.set(match[1] ?? '', (match[2] ?? '').toLowerCase());
  }
  return rules;
}

describe('entity colour classes', () => {
  it('every entity of ENTITY_COLORS has a CSS class with the same colour', () => {
    const rules = cssColors();
    for (const [entityId, color] of Object.entries(ENTITY_COLORS)) {
      expect(rules.get(entityId), entityId).toBe(color.toLowerCase());
    }
  });

  it('the fallback class has the fallback colour and there are no stale classes', () => {
    const rules = cssColors();
    expect(rules.get('unknown')).toBe(FALLBACK_COLOR.toLowerCase());
    expect([...rules.keys()].sort()).toEqual([...Object.keys(ENTITY_COLORS), 'unknown'].sort());
  });
});
