/**
 * Every error code the contribution rounds API and the amendments API can send has a sentence in
 * client/rounds/roundErrors.ts and client/amendments/amendmentErrors.ts, in Dutch and French, so no
 * refusal reaches a user as the server's English. The codes are read from the server's source
 * (tests/utils/serverErrorCodes.ts). A deadline the page knows is named in the sentence.
 */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/api.js';
import { AMENDMENT_ERROR_MESSAGES, amendmentErrorMessage } from '../../client/amendments/amendmentErrors.js';
import { ROUND_ERROR_MESSAGES, roundErrorMessage } from '../../client/rounds/roundErrors.js';
import { brussels } from '../utils/clock.js';
import { EVERY_REQUEST_CODES, serverErrorCodes } from '../utils/serverErrorCodes.js';
import { t, type Language, type MessageKey, type MessageParams } from '../../shared/i18n/strings.js';

const translate = (language: Language) => (key: MessageKey, params?: MessageParams) => t(language, key, params);

/** Checks a client table covers every code of the API behind `route`, in both languages. */
function coversEveryCode(route: string, table: Readonly<Record<string, MessageKey>>, describeError: (error: unknown, t: ReturnType<typeof translate>) => string) {
  const codes = serverErrorCodes(route);
  const missing = [...codes].filter(([code]) => !(code in table)).map(([code, file]) => `${code} (${file})`);
  expect(missing).toEqual([]);
  for (const code of EVERY_REQUEST_CODES) expect(table[code], code).toBeDefined();
  for (const language of ['nl', 'fr'] as const) {
    const fallback = translate(language)('app.error', { message: 'SERVER' });
    for (const code of [...codes.keys(), ...EVERY_REQUEST_CODES]) {
      const sentence = describeError(new ApiError(400, code, 'SERVER'), translate(language));
      expect(sentence, `${language} ${code}`).not.toBe(fallback);
      // A validation failure keeps the server's words naming the field beside ours; no other code shows them.
      if (code !== 'validation_failed') expect(sentence, `${language} ${code}`).not.toContain('SERVER');
    }
  }
  return codes;
}

describe('refusals of the rounds and amendments APIs in words', () => {
  it('reads the codes the review named from the server: the crawl reaches the operations', () => {
    const rounds = serverErrorCodes('server/http/routes/contributions.ts');
    for (const code of ['unknown_unit', 'unknown_section', 'document_not_in_round', 'amendment_item', 'not_invited', 'unknown_entity', 'unknown_document', 'deadline_not_later', 'deadline_too_far', 'edited_meanwhile', 'deadline_passed']) {
      expect(rounds.has(code), code).toBe(true);
    }
    const amendments = serverErrorCodes('server/http/routes/amendments.ts');
    for (const code of ['in_contribution', 'in_round', 'too_many_drafts']) expect(amendments.has(code), code).toBe(true);
  });

  it('has a Dutch and a French sentence for every code of the rounds API', () => {
    const codes = coversEveryCode('server/http/routes/contributions.ts', ROUND_ERROR_MESSAGES, (error, tr) => roundErrorMessage(error, tr));
    // A standalone submission refused for a round is worded on the package pages too.
    for (const code of ['in_contribution', 'in_round']) expect(codes.has(code) || code in ROUND_ERROR_MESSAGES, code).toBe(true);
  });

  it('has a Dutch and a French sentence for every code of the amendments API', () => {
    coversEveryCode('server/http/routes/amendments.ts', AMENDMENT_ERROR_MESSAGES, (error, tr) => amendmentErrorMessage(error, tr));
    expect(amendmentErrorMessage(new ApiError(409, 'in_round', 'x'), translate('nl'))).toBe(
      'Er loopt een insteekronde voor uw entiteit op dit document: voeg het amendement toe aan uw insteek, het wordt ermee ingediend.',
    );
  });

  it('names the deadline that holds when an extension would not be later, and a colleague\'s save in words', () => {
    const deadlineAt = brussels('2025-09-12', '12:00');
    expect(roundErrorMessage(new ApiError(400, 'deadline_not_later', 'x'), translate('nl'), { deadlineAt })).toBe(
      'Een verlenging moet later vallen dan de huidige termijn van deze entiteit (12/09/2025 12:00).',
    );
    expect(roundErrorMessage(new ApiError(400, 'deadline_not_later', 'x'), translate('fr'), { deadlineAt })).toContain('12/09/2025 12:00');
    expect(roundErrorMessage(new ApiError(409, 'edited_meanwhile', 'x'), translate('nl'))).toBe('Een collega wijzigde deze tekst intussen.');
    expect(roundErrorMessage(new ApiError(400, 'deadline_too_far', 'x'), translate('nl'))).toContain('vijf jaar');
  });
});
