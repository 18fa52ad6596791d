/** A contribution round opened through the API, as the integration tests of rounds start theirs. */
import { expect } from 'vitest';
import type { RoundSummary } from '../../shared/api/contributions.js';
import type { ApiClient } from './api.js';

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
