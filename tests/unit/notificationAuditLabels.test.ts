/** The admin's audit log words every action the server records, in Dutch and French. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_KEYS, auditActionLabel } from '../../client/admin/auditActions.js';
import { AMENDMENT_DECISIONS } from '../../shared/domain/amendmentRules.js';
import { fr, nl, type MessageKey } from '../../shared/i18n/strings.js';

const SERVER = resolve(dirname(fileURLToPath(import.meta.url)), '../../server');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Every action code the server's source hands to the audit log. */
function recordedActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of sources(SERVER)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/action: (?:request\.\w+ \? )?'([a-z_]+\.[a-z_]+)'(?: : '([a-z_]+\.[a-z_]+)')?/g)) {
      actions.add(match[1]!);
      if (match[2] !== undefined) actions.add(match[2]);
    }
    // decideAmendment records `amendment.${decision}`.
    if (text.includes('action: `amendment.${decision}`')) for (const decision of AMENDMENT_DECISIONS) actions.add(`amendment.${decision}`);
  }
  return actions;
}

describe('audit action labels', () => {
  it('find the actions in the server source (the scan itself works)', () => {
    const actions = recordedActions();
    expect(actions).toContain('contribution.submitted');
    expect(actions).toContain('contribution_item.dropped');
    expect(actions).toContain('contribution_item.kept');
    expect(actions).toContain('amendment.accepted_modified');
  });

  it('have words for every action the server records', () => {
    const missing = [...recordedActions()].filter((action) => AUDIT_ACTION_KEYS[action] === undefined);
    expect(missing).toEqual([]);
  });

  it('are Dutch and French, different from each other and from the code', () => {
    for (const [action, key] of Object.entries(AUDIT_ACTION_KEYS)) {
      expect(nl[key as MessageKey], action).not.toBe(action);
      expect(fr[key as MessageKey], action).not.toBe(nl[key as MessageKey]);
    }
  });

  it('show an unknown action as its code', () => {
    const t = (key: MessageKey) => nl[key];
    expect(auditActionLabel('amendment.accepted', t)).toBe('Amendement aanvaard');
    expect(auditActionLabel('round.reopened', t)).toBe('round.reopened');
  });
});
