/**
 * Every error code the advice endpoints can send has a sentence in client/advice/adviceErrors.ts, in
 * Dutch and French, so no refusal reaches an adviser or a lead as the server's English. The codes are
 * read from the server's source (tests/utils/serverErrorCodes.ts): the advice routes and every module
 * of the domain, the exports and the HTTP layer they import, however deep.
 */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/api.js';
import { ADVICE_ERROR_MESSAGES, adviceErrorMessage } from '../../client/advice/adviceErrors.js';
import { t, type MessageKey, type MessageParams } from '../../shared/i18n/strings.js';
import { EVERY_REQUEST_CODES, serverErrorCodes } from '../utils/serverErrorCodes.js';

describe('advice error sentences', () => {
  const codes = serverErrorCodes('server/http/routes/advice.ts');

  it('reads the codes of the whole advice API, down to the shared deadline check', () => {
    // The crawl reaches what the findings named; if it stopped short, this says so.
    for (const code of ['not_found', 'forbidden', 'validation_failed', 'invalid_json', 'unauthenticated', 'deadline_invalid', 'body_without_advisers', 'section_mismatch', 'edited_meanwhile', 'not_submitted']) {
      expect(codes.has(code), code).toBe(true);
    }
  });

  it('has a sentence for every code the server sends', () => {
    const missing = [...codes].filter(([code]) => !(code in ADVICE_ERROR_MESSAGES)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
    for (const code of EVERY_REQUEST_CODES) expect(ADVICE_ERROR_MESSAGES[code], code).toBeDefined();
  });

  it('words each code in Dutch and French, never falling back to the server\'s message', () => {
    for (const language of ['nl', 'fr'] as const) {
      const translate = (key: MessageKey, params?: MessageParams) => t(language, key, params);
      const fallback = translate('app.error', { message: 'SERVER' });
      for (const code of [...codes.keys(), ...EVERY_REQUEST_CODES]) {
        const sentence = adviceErrorMessage(new ApiError(400, code, 'SERVER'), translate);
        expect(sentence, `${language} ${code}`).not.toBe(fallback);
        expect(sentence, `${language} ${code}`).not.toContain('SERVER (');
        expect(sentence.trim().length, `${language} ${code}`).toBeGreaterThan(10);
      }
    }
    expect(adviceErrorMessage(new ApiError(409, 'edited_meanwhile', 'x'), (key, params) => t('nl', key, params))).toBe('Een collega wijzigde deze tekst intussen.');
  });
});
