/**
 * Interface strings of notifications, in Dutch and French: one sentence per kind
 * (`notification.<kind>`), filled with the notification's params, in the app and in the outbox's mail.
 */

/** Dutch. */
export const notificationNl = {
  'notification.round_opened': 'Nieuwe insteekronde "{round}": bijdragen tegen {deadline}.',
  'notification.deadline_near': 'De termijn van "{round}" verstrijkt op {deadline}.',
  'notification.deadline_extended': 'De termijn van "{round}" is voor {entity} verlengd tot {deadline}.',
  'notification.contribution_submitted': '{entity} diende zijn insteek in voor "{round}".',
  'notification.item_processed': 'Uw insteek voor "{round}" werd behandeld: {processing}.',
  'notification.amendment_decided': 'Amendement {number} "{title}": {decision}.',
  'notification.advice_round_opened': 'Adviesvraag over "{version}": schriftelijk advies tegen {deadline}.',
  'notification.advice_received': 'Advies van {body} ontvangen over "{version}".',
  'notification.advice_answered': 'Het advies over "{version}" werd beantwoord.',
} satisfies Record<string, string>;

/** French, one for every Dutch key. */
export const notificationFr: Record<keyof typeof notificationNl, string> = {
  'notification.round_opened': 'Nouvel appel à contributions « {round} » : contributions pour le {deadline}.',
  'notification.deadline_near': 'Le délai de « {round} » expire le {deadline}.',
  'notification.deadline_extended': 'Le délai de « {round} » est prolongé pour {entity} jusqu’au {deadline}.',
  'notification.contribution_submitted': '{entity} a introduit sa contribution pour « {round} ».',
  'notification.item_processed': 'Votre contribution pour « {round} » a été traitée : {processing}.',
  'notification.amendment_decided': 'Amendement {number} « {title} » : {decision}.',
  'notification.advice_round_opened': 'Demande d’avis sur « {version} » : avis écrit pour le {deadline}.',
  'notification.advice_received': 'Avis de {body} reçu sur « {version} ».',
  'notification.advice_answered': 'L’avis sur « {version} » a reçu une réponse.',
};
