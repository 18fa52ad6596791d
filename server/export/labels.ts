/** The Dutch words the DOCX exports print: statuses, section headings, the filter line. */
import type { AmendmentStatus } from '../../shared/domain/amendmentRules.js';

/** An amendment's status as a Dutch label (capitalised, as on a status line). */
export const STATUS_LABELS: Readonly<Record<AmendmentStatus, string>> = {
  draft: 'Ontwerp',
  submitted: 'Ingediend',
  accepted: 'Aanvaard',
  accepted_modified: 'Aanvaard mits wijziging',
  rejected: 'Verworpen',
  withdrawn: 'Ingetrokken',
};

/** What a section of each kind is called in the texts themselves (GLOSSARY.md). */
const SECTION_KIND_NAMES: Readonly<Record<string, string>> = {
  interest: 'Veiligheidsbelang',
  theme: 'Veiligheidsthema',
};

/** A section's heading: "Veiligheidsbelang 1: Titel", "3. Titel" for numbered free text, else the bare title. */
export function sectionHeading(kind: string, number: number, title: string): string {
  const kindName = SECTION_KIND_NAMES[kind];
  if (kindName && number > 0) return title ? `${kindName} ${number}: ${title}` : `${kindName} ${number}`;
  if (number > 0) return title ? `${number}. ${title}` : `${number}.`;
  return title;
}

/** "Amendement 3", or "Ontwerp" for one not (yet) numbered. */
export function amendmentLabel(number: number | null): string {
  return number === null ? 'Ontwerp' : `Amendement ${number}`;
}

/** Column headers of the two-column table, as parliaments print them. */
export const CURRENT_TEXT = 'Huidige tekst';
/** Right-hand column header. */
export const PROPOSED_TEXT = 'Voorgestelde tekst';
