/**
 * Strings of the contribution forms' guidance (what is required, what a submission takes along, what
 * closing leaves behind) and of the announcements after an action, in Dutch and French. Merged into
 * the contribution strings.
 */

/** Dutch. */
export const contributionFormNl = {
  'contribution.process.choose': 'Kies…',
  'contribution.process.choiceMissing': 'Kies hoe het punt verwerkt is.',
  'contribution.submit.late': 'De termijn verstreek op {at}; vraag de trekker om verlenging.',
  'contribution.submit.empty': 'Voeg eerst een punt toe of neem er een op.',
  'contribution.submit.droppedStay': 'Blijven achter (niet opgenomen): {items}.',
  'contribution.submit.amendmentsGo': 'Deze amendementen gaan mee en worden ingediend: {items}.',
  'contribution.extension.title': 'Verlenging',
  'contribution.announce.added': 'Punt toegevoegd.',
  'contribution.announce.dropped': 'Punt niet opgenomen.',
  'contribution.announce.kept': 'Punt opnieuw opgenomen.',
  'contribution.announce.submitted': 'Insteek ingediend.',
  'round.close.pending': 'Nog niet ingediend:',
  'round.close.pendingEntity': '{entity} ({left})',
  'round.close.allSubmitted': 'Alle uitgenodigde entiteiten hebben hun insteek ingediend.',
  'round.processedCount': '{processed} van {total} verwerkt',
} satisfies Record<string, string>;

/** French, one for every Dutch key. */
export const contributionFormFr: Record<keyof typeof contributionFormNl, string> = {
  'contribution.process.choose': 'Choisir…',
  'contribution.process.choiceMissing': 'Choisissez comment le point a été traité.',
  'contribution.submit.late': 'Le délai a expiré le {at} ; demandez une prolongation au pilote.',
  'contribution.submit.empty': 'Ajoutez d’abord un point ou retenez-en un.',
  'contribution.submit.droppedStay': 'Restent en arrière (non retenus) : {items}.',
  'contribution.submit.amendmentsGo': 'Ces amendements sont joints et déposés : {items}.',
  'contribution.extension.title': 'Prolongation',
  'contribution.announce.added': 'Point ajouté.',
  'contribution.announce.dropped': 'Point non retenu.',
  'contribution.announce.kept': 'Point retenu à nouveau.',
  'contribution.announce.submitted': 'Contribution introduite.',
  'round.close.pending': 'Pas encore introduite :',
  'round.close.pendingEntity': '{entity} ({left})',
  'round.close.allSubmitted': 'Toutes les entités invitées ont introduit leur contribution.',
  'round.processedCount': '{processed} sur {total} traités',
};
