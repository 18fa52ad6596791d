/** How amendments read in lists and in the two-column view: previews, columns, labels, errors. */
import { describe, expect, it } from 'vitest';
import type { DiffSegment } from '../../shared/api/amendments.js';
import { t as translate } from '../../shared/i18n/strings.js';
import { amendmentErrorMessage } from '../../client/amendments/amendmentErrors.js';
import { amendmentLabel, formatMoment, isAmendmentStatus, sectionLabel } from '../../client/amendments/amendmentText.js';
import { compactSegments, currentSide, isEllipsis, proposedSide } from '../../client/amendments/diffView.js';
import { ApiError } from '../../client/api.js';
import type { Translate } from '../../client/i18n.js';

const nl: Translate = (key, params) => translate('nl', key, params);
const fr: Translate = (key, params) => translate('fr', key, params);
const same = (text: string): DiffSegment => ({ text, change: null });
const added = (text: string): DiffSegment => ({ text, change: 'added', entityId: 'vlaanderen' });
const removed = (text: string): DiffSegment => ({ text, change: 'removed' });
const long = 'Een lange ongewijzigde zin die veel meer dan veertig tekens telt en doorgaat tot het einde. ';

describe('amendment previews', () => {
  it('keeps the changes and a little context, standing in "…" for the rest', () => {
    const preview = compactSegments([same(long + long), added('nieuw '), same(long + long)]);
    expect(preview.filter(isEllipsis)).toHaveLength(2);
    const texts = preview.map((segment) => (isEllipsis(segment) ? '…' : segment.text));
    expect(texts[0]).toBe('…');
    expect(texts[2]).toBe('nieuw ');
    expect(texts.join('').length).toBeLessThan(120);
    // Context is at most 40 characters, cut between words.
    expect(texts[1]!.length).toBeLessThanOrEqual(40);
    expect(texts[1]!.startsWith(' ')).toBe(true);
    expect(texts[3]!.length).toBeLessThanOrEqual(40);
    expect(texts[3]!.endsWith(' ')).toBe(true);
  });

  it('shows short blocks whole', () => {
    const segments = [same('Kort. '), removed('weg'), same(' en klaar.')];
    expect(compactSegments(segments)).toEqual(segments);
  });

  it('splits a block into the current and the proposed text', () => {
    const block = { sectionId: 'kiv-2', kind: 'paragraph', segments: [same('De '), removed('oude'), added('nieuwe'), same(' tekst')] };
    expect(currentSide(block).map((segment) => segment.text).join('')).toBe('De oude tekst');
    expect(proposedSide(block).map((segment) => segment.text).join('')).toBe('De nieuwe tekst');
    expect(currentSide(block).some((segment) => segment.change === 'added')).toBe(false);
    expect(proposedSide(block).some((segment) => segment.change === 'removed')).toBe(false);
  });
});

describe('amendment words', () => {
  it('names an amendment by its number, a draft as "Ontwerp" / "Projet"', () => {
    expect(amendmentLabel({ number: 3 }, nl)).toBe('Amendement 3');
    expect(amendmentLabel({ number: null }, nl)).toBe('Ontwerp');
    expect(amendmentLabel({ number: null }, fr)).toBe('Projet');
  });

  it('names sections with their number', () => {
    const sections = [{ id: 'kiv-2', kind: 'interest', number: 2, title: 'Maatschappelijke veiligheid', linksTo: [] }];
    expect(sectionLabel('kiv-2', sections, nl)).toBe('2. Maatschappelijke veiligheid');
    expect(sectionLabel(null, sections, nl)).toBe('Hele document');
  });

  it('writes moments as in Belgium, in Brussels time', () => {
    expect(formatMoment(Date.UTC(2026, 1, 27, 13, 5))).toBe('27/02/2026 14:05');
    expect(formatMoment(Date.UTC(2026, 6, 1, 22, 30))).toBe('02/07/2026 00:30');
  });

  it('accepts only real statuses from a filter', () => {
    expect(isAmendmentStatus('accepted_modified')).toBe(true);
    expect(isAmendmentStatus('approved')).toBe(false);
    expect(isAmendmentStatus(null)).toBe(false);
  });
});

describe('amendment errors', () => {
  it('explains the decision the server refused, in the interface language', () => {
    const notModified = new ApiError(400, 'not_modified', 'To accept as modified, first adjust…');
    expect(amendmentErrorMessage(notModified, nl)).toContain('niet aangepast');
    expect(amendmentErrorMessage(notModified, fr)).toContain('pas adapté');
    const modified = new ApiError(400, 'modified_needs_accepted_modified', 'You changed this amendment…');
    expect(amendmentErrorMessage(modified, nl)).toContain('Aanvaard mits wijziging');
  });

  it('keeps the server message for codes it does not know', () => {
    expect(amendmentErrorMessage(new ApiError(409, 'brand_new', 'Something new.'), nl)).toBe('Er ging iets mis: Something new. (brand_new)');
  });
});
