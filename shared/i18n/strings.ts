/**
 * Interface strings in Dutch (the default) and French. `nl` defines the keys; `fr` is typed against
 * them, so TypeScript refuses a French dictionary that misses or invents a key.
 */

/** Languages the interface speaks. */
export const LANGUAGES = ['nl', 'fr'] as const;

/** One of the languages above. */
export type Language = (typeof LANGUAGES)[number];

/** Dutch strings; `{name}` marks a parameter filled in by `t`. */
export const nl = {
  'app.name': 'Akkoord',
  'app.loading': 'Laden…',
  'app.notFound': 'Deze pagina bestaat niet.',
  'app.backToDossier': 'Terug naar het dossier',
  'app.error': 'Er ging iets mis: {message}',
  'lang.label': 'Taal',
  'lang.nl': 'Nederlands',
  'lang.fr': 'Français',

  'login.title': 'Aanmelden',
  'login.intro': 'Meld u aan om de Kadernota en het Nationaal Veiligheidsplan te bewerken of te lezen.',
  'login.email': 'E-mailadres',
  'login.password': 'Wachtwoord',
  'login.submit': 'Aanmelden',
  'login.submitting': 'Bezig met aanmelden…',
  'login.invalidCredentials': 'E-mailadres of wachtwoord is onjuist.',
  'login.tooManyAttempts': 'Te veel pogingen, probeer opnieuw over {seconds} seconden.',
  'login.tooManyAttemptsOneSecond': 'Te veel pogingen, probeer opnieuw over 1 seconde.',
  'login.tooManyAttemptsLater': 'Te veel pogingen, probeer het later opnieuw.',
  'login.validationFailed': 'Vul een geldig e-mailadres en een wachtwoord in.',
  'login.failed': 'Aanmelden is mislukt. Probeer het opnieuw.',

  'header.signOut': 'Afmelden',
  'header.signedInAs': 'Aangemeld als {name}',
  'header.noEntity': 'geen entiteit',

  'dossier.documents': 'Documenten',
  'dossier.lead': 'Trekker: {entity}',
  'dossier.canEdit': 'U kunt bewerken',
  'dossier.readOnly': 'Alleen lezen',
  'dossier.open': 'Openen',
  'dossier.openDocument': '{title} openen',
  'dossier.sections': '{count} hoofdstukken',
  'dossier.entities': 'Deelnemende entiteiten',
  'dossier.timeline': 'Verloop van het proces',
  'dossier.bodies': 'Overlegorganen',

  'editor.documentNotFound': 'Dit document bestaat niet of u hebt er geen toegang toe.',
  'editor.label': 'Tekst van {title}',
  'editor.outline': 'Inhoud',
  'editor.toolbar': 'Opmaak',
  'editor.bold': 'Vet',
  'editor.italic': 'Cursief',
  'editor.bulletList': 'Opsomming',
  'editor.orderedList': 'Nummering',
  'editor.heading': 'Kop',
  'editor.undo': 'Ongedaan maken',
  'editor.redo': 'Opnieuw',
  'editor.sectionGuard': 'Hoofdstukken kunnen niet worden verwijderd, toegevoegd of gekopieerd.',

  'presence.title': 'Aanwezig',
  'presence.you': '(u)',
  'presence.nobody': 'Niemand',

  'save.saved': 'Opgeslagen',
  'save.saving': 'Opslaan…',
  'save.offline': 'Offline — wijzigingen worden bewaard',
  'save.readOnly': 'Alleen lezen',
  'save.connecting': 'Verbinden…',
  'save.stopped': 'Verbinding verbroken',

  'closed.signInAgain': 'Uw sessie is beëindigd. Meld u opnieuw aan om verder te werken.',
  'closed.forbidden': 'U hebt geen toegang (meer) tot dit document.',
  'closed.unknownRoom': 'Dit document bestaat niet op de server.',
  'closed.origin': 'De server weigert verbindingen vanaf dit adres.',
  'closed.outOfSync': 'Uw lokale kopie loopt niet gelijk met de server. Wis de lokale kopie en laad het document opnieuw.',
  'closed.tooLarge': 'Een wijziging of het document is te groot om op te slaan.',
  'closed.tooManyMessages': 'Te veel berichten in korte tijd; de verbinding werd gesloten.',
  'closed.protocol': 'De server heeft de verbinding gesloten wegens een fout in het protocol.',
  'closed.other': 'De server heeft de verbinding gesloten.',
  'closed.reason': 'Reden: {reason} (code {code}).',
  'closed.unsavedKept': 'Niet-opgeslagen wijzigingen blijven in deze browser bewaard.',
  'closed.signIn': 'Opnieuw aanmelden',
  'closed.reload': 'Opnieuw laden',
  'closed.resetLocal': 'Lokale kopie wissen en opnieuw laden',
} satisfies Record<string, string>;

/** A key of the dictionaries. */
export type MessageKey = keyof typeof nl;

/** French strings, one for every Dutch key. */
export const fr: Record<MessageKey, string> = {
  'app.name': 'Akkoord',
  'app.loading': 'Chargement…',
  'app.notFound': "Cette page n'existe pas.",
  'app.backToDossier': 'Retour au dossier',
  'app.error': "Une erreur s'est produite : {message}",
  'lang.label': 'Langue',
  'lang.nl': 'Nederlands',
  'lang.fr': 'Français',

  'login.title': 'Connexion',
  'login.intro': 'Connectez-vous pour modifier ou lire la Note-cadre et le Plan national de sécurité.',
  'login.email': 'Adresse e-mail',
  'login.password': 'Mot de passe',
  'login.submit': 'Se connecter',
  'login.submitting': 'Connexion en cours…',
  'login.invalidCredentials': 'Adresse e-mail ou mot de passe incorrect.',
  'login.tooManyAttempts': 'Trop de tentatives, réessayez dans {seconds} secondes.',
  'login.tooManyAttemptsOneSecond': 'Trop de tentatives, réessayez dans 1 seconde.',
  'login.tooManyAttemptsLater': 'Trop de tentatives, réessayez plus tard.',
  'login.validationFailed': 'Saisissez une adresse e-mail valide et un mot de passe.',
  'login.failed': 'La connexion a échoué. Réessayez.',

  'header.signOut': 'Se déconnecter',
  'header.signedInAs': 'Connecté en tant que {name}',
  'header.noEntity': 'aucune entité',

  'dossier.documents': 'Documents',
  'dossier.lead': 'Pilote : {entity}',
  'dossier.canEdit': 'Vous pouvez modifier',
  'dossier.readOnly': 'Lecture seule',
  'dossier.open': 'Ouvrir',
  'dossier.openDocument': 'Ouvrir {title}',
  'dossier.sections': '{count} chapitres',
  'dossier.entities': 'Entités participantes',
  'dossier.timeline': 'Déroulement du processus',
  'dossier.bodies': 'Organes de concertation',

  'editor.documentNotFound': "Ce document n'existe pas ou vous n'y avez pas accès.",
  'editor.label': 'Texte de {title}',
  'editor.outline': 'Sommaire',
  'editor.toolbar': 'Mise en forme',
  'editor.bold': 'Gras',
  'editor.italic': 'Italique',
  'editor.bulletList': 'Liste à puces',
  'editor.orderedList': 'Liste numérotée',
  'editor.heading': 'Titre',
  'editor.undo': 'Annuler',
  'editor.redo': 'Rétablir',
  'editor.sectionGuard': 'Les chapitres ne peuvent pas être supprimés, ajoutés ou copiés.',

  'presence.title': 'Présents',
  'presence.you': '(vous)',
  'presence.nobody': 'Personne',

  'save.saved': 'Enregistré',
  'save.saving': 'Enregistrement…',
  'save.offline': 'Hors ligne — les modifications sont conservées',
  'save.readOnly': 'Lecture seule',
  'save.connecting': 'Connexion…',
  'save.stopped': 'Connexion interrompue',

  'closed.signInAgain': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'closed.forbidden': "Vous n'avez pas (ou plus) accès à ce document.",
  'closed.unknownRoom': "Ce document n'existe pas sur le serveur.",
  'closed.origin': 'Le serveur refuse les connexions depuis cette adresse.',
  'closed.outOfSync':
    "Votre copie locale n'est pas alignée sur le serveur. Effacez la copie locale et rechargez le document.",
  'closed.tooLarge': 'Une modification ou le document est trop volumineux pour être enregistré.',
  'closed.tooManyMessages': 'Trop de messages en peu de temps ; la connexion a été fermée.',
  'closed.protocol': 'Le serveur a fermé la connexion à cause d’une erreur de protocole.',
  'closed.other': 'Le serveur a fermé la connexion.',
  'closed.reason': 'Motif : {reason} (code {code}).',
  'closed.unsavedKept': 'Les modifications non enregistrées restent conservées dans ce navigateur.',
  'closed.signIn': 'Se reconnecter',
  'closed.reload': 'Recharger',
  'closed.resetLocal': 'Effacer la copie locale et recharger',
};

/** The dictionaries by language. */
export const dictionaries: Record<Language, Record<MessageKey, string>> = { nl, fr };

/** Parameters substituted into a string's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The string for `key` in `language`, with its `{name}` placeholders filled from `params`. */
export function t(language: Language, key: MessageKey, params: MessageParams = {}): string {
  // Unknown placeholders stay visible rather than silently vanishing, so a typo shows up in review.
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
