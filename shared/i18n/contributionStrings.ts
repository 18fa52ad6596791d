/** Interface strings of contribution rounds (insteekrondes), in Dutch and French. */

/** Dutch. */
export const contributionNl = {
  'round.processing.processed': 'verwerkt',
  'round.processing.partly_processed': 'deels verwerkt',
  'round.processing.not_processed': 'niet verwerkt',
} satisfies Record<string, string>;

/** French, one for every Dutch key. */
export const contributionFr: Record<keyof typeof contributionNl, string> = {
  'round.processing.processed': 'traité',
  'round.processing.partly_processed': 'partiellement traité',
  'round.processing.not_processed': 'non traité',
};
