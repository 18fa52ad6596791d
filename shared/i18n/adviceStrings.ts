/** Interface strings of advice rounds (adviesrondes), in Dutch and French. */

/** Dutch. */
export const adviceNl = {
  'advice.answer.followed': 'gevolgd',
  'advice.answer.partly_followed': 'deels gevolgd',
  'advice.answer.not_followed': 'niet gevolgd',
} satisfies Record<string, string>;

/** French, one for every Dutch key. */
export const adviceFr: Record<keyof typeof adviceNl, string> = {
  'advice.answer.followed': 'suivi',
  'advice.answer.partly_followed': 'partiellement suivi',
  'advice.answer.not_followed': 'non suivi',
};
