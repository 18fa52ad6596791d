/** The Dutch words the "Verwerking van de insteken" report prints. */
import type { AmendmentStatus } from '../../shared/domain/amendmentRules.js';
import type { ItemProcessing } from '../../shared/domain/contributionRules.js';

/** The report's title, as the lead's team calls it. */
export const CONTRIBUTION_REPORT_TITLE = 'Verwerking van de insteken';

/** How the lead processed an item, capitalised as on a status line. */
export const PROCESSING_LABELS: Readonly<Record<ItemProcessing, string>> = {
  processed: 'Verwerkt',
  partly_processed: 'Deels verwerkt',
  not_processed: 'Niet verwerkt',
};

/** An item still waiting for the lead. */
export const NOT_YET_PROCESSED = 'Nog niet verwerkt';

/** An amendment's status where it says what became of the amendment, not its processing. */
export const AMENDMENT_STATE_LABELS: Readonly<Partial<Record<AmendmentStatus, string>>> = {
  draft: 'ontwerp',
  submitted: 'ingediend, nog niet beslist',
  withdrawn: 'ingetrokken',
};

/** "Amendement 3", "Amendement (ontwerp)" for one not numbered yet, or "Opmerking". */
export function itemKindLabel(kind: 'amendment' | 'remark', amendmentNumber: number | null): string {
  if (kind === 'remark') return 'Opmerking';
  return amendmentNumber === null ? 'Amendement (ontwerp)' : `Amendement ${amendmentNumber}`;
}

/** Field labels, in the order an item prints them. */
export const FIELD = {
  submitted: 'Ingediend op',
  notSubmitted: 'Nog niet ingediend',
  coverNote: 'Begeleidende nota',
  document: 'Document',
  section: 'Onderdeel',
  wholeDocument: 'De hele tekst',
  from: 'Afkomstig van',
  author: 'Opgesteld door',
  title: 'Titel',
  justification: 'Verantwoording',
  text: 'Tekst',
  processing: 'Verwerking',
  decision: 'Beslissing',
  reason: 'Reden',
  deadline: 'Termijn',
  extended: 'verlengd tot',
  notSubmittedEntities: 'Geen insteek ingediend',
  noItems: 'Geen insteken.',
} as const;
