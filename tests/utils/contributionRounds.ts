/** How the integration tests of contribution rounds start: a server on a test clock, the accounts, a round. */
import { afterEach, beforeEach, expect } from 'vitest';
import type { RoundSummary } from '../../shared/api/contributions.js';
import { signInAll, type SignedInAccount } from './accounts.js';
import type { ApiClient } from './api.js';
import { brussels, testClock, type TestClock } from './clock.js';
import { startTestServer, type TestServer } from './server.js';

/** Who opens the round and who reads their own package's id from it. */
export interface RoundParties {
  /** A KIV lead. */
  lead: ApiClient;
  /** A Flemish drafter. */
  flemish: ApiClient;
  /** A Walloon drafter. */
  walloon: ApiClient;
}

/**
 * The KIV lead's round for Vlaanderen and Wallonië, deadline `date` at 17:00 Brussels time; the round
 * and the two packages' ids (each read by a member of its entity, the only ones who may).
 */
export async function openKivRound(
  { lead, flemish, walloon }: RoundParties,
  { title = 'Insteekronde KIV', date = '2025-09-09' }: { title?: string; date?: string } = {},
): Promise<{ round: RoundSummary; flemishId: string; walloonId: string }> {
  const opened = await lead.post<RoundSummary>('/contribution-rounds', {
    title,
    instructions: '',
    documentIds: ['kiv'],
    entityIds: ['vlaanderen', 'wallonie'],
    deadline: { date, time: '17:00' },
  });
  expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  const flemishId = (await flemish.get<RoundSummary>(`/contribution-rounds/${opened.body.id}`)).body.ownContributionId!;
  const walloonId = (await walloon.get<RoundSummary>(`/contribution-rounds/${opened.body.id}`)).body.ownContributionId!;
  return { round: opened.body, flemishId, walloonId };
}

/** A server per test on a test clock set to the day before the usual deadline, with `emails` signed in. */
export interface RoundTestbed<Who extends string> {
  readonly server: TestServer & { origin: string };
  readonly accounts: Record<Who, SignedInAccount>;
  readonly clock: TestClock;
  /** The JSON client of one signed-in account. */
  as(who: Who): ApiClient;
  /** The user id of one signed-in account. */
  id(who: Who): string;
}

/** Registers the testbed's start (08/09/2025 10:00 Brussels) and end around each test of a `describe`. */
export function useRoundServer<Who extends string>(emails: Record<Who, string>): RoundTestbed<Who> {
  const clock = testClock();
  let server: (TestServer & { origin: string }) | null = null;
  let accounts: Record<Who, SignedInAccount> | null = null;
  beforeEach(async () => {
    clock.set(brussels('2025-09-08', '10:00'));
    server = await startTestServer({ clock });
    accounts = await signInAll(server, emails);
  });
  afterEach(async () => {
    await server?.close();
    server = null;
    accounts = null;
  });
  const started = () => {
    if (!server || !accounts) throw new Error('the round testbed runs only inside a test');
    return { server, accounts };
  };
  return {
    get server() {
      return started().server;
    },
    get accounts() {
      return started().accounts;
    },
    clock,
    as: (who) => started().accounts[who].api,
    id: (who) => started().accounts[who].id,
  };
}
