import { clockTime, plural, retryDelay } from '../format.js';
import type { LocaleStrings } from '../locale.js';

// French puts a no-break space before ? ! : ; and inside « ».
const sdk = ({ sdkCode }: { sdkCode?: number }) => (sdkCode ? ` (erreur SDK ${sdkCode})` : '');
/** "de Grace", "d’Alan". */
const of = (name: string) => (/^[aeiouyàâæéèêëîïôœùûü]/i.test(name) ? `d’${name}` : `de ${name}`);
const verb = (action: 'start' | 'stop') => (action === 'start' ? 'de démarrer' : 'd’arrêter');
const types: Record<string, string> = { array: 'un tableau', number: 'un nombre', boolean: 'un booléen', object: 'un objet' };

/** Français. */
export const strings: LocaleStrings = {
  joinTitle: 'Prêt à participer\u00a0?',
  nameLabel: 'Votre nom',
  namePlaceholder: 'Saisissez votre nom',
  join: 'Participer',
  joining: 'Connexion à l’appel…',
  reconnecting: 'Connexion perdue. Reconnexion…',
  waitingForOthers: 'En attente des autres participants…',
  leftTitle: 'Vous avez quitté l’appel.',
  rejoin: 'Revenir dans l’appel',
  retry: 'Réessayer',
  errorTitle: 'Impossible de rejoindre l’appel',
  backToJoin: 'Revenir à l’écran de participation',
  connectionLostTitle: 'Connexion perdue',
  callEndedTitle: 'L’appel s’est terminé de façon inattendue',
  unsupportedBrowserTitle: 'Navigateur non compatible',
  noMediaTitle: 'Aucune caméra ni aucun micro disponible',
  publishFailedTitle: 'Impossible de partager votre caméra et votre micro',
  screenShareFailedTitle: 'Impossible de partager votre écran',
  dismiss: 'Masquer',
  leave: 'Quitter l’appel',
  controlsLabel: 'Commandes de l’appel',
  stageLabel: 'Participants',
  you: 'Vous',
  microphoneMuted: 'Micro coupé',
  guest: 'Invité',
  pin: (name) => `Épingler ${name}`,
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  pageStatus: (page, count) => `Page ${page} sur ${count}`,
  gridLayout: 'Vue mosaïque',
  speakerLayout: 'Vue intervenant',
  startScreenShare: 'Partager l’écran',
  enableAudio: 'Cliquez pour activer le son',
  screenOf: (name) => `Écran ${of(name)}`,
  yourScreen: 'Votre écran',
  settings: 'Paramètres',
  close: 'Fermer',
  backgroundEffect: 'Arrière-plan',
  effectNone: 'Aucun effet',
  effectBlurLow: 'Flou léger',
  effectBlurHigh: 'Flou prononcé',
  effectImage: 'Remplacer l’arrière-plan',
  noiseSuppression: 'Réduire les bruits de fond',
  noDevice: 'Aucun appareil trouvé',
  deviceFallback: (label) => `Un appareil que vous utilisiez a été déconnecté. Utilisation de\u00a0: ${label}.`,
  previewLabel: 'Aperçu de votre caméra',
  previewCameraOff: 'Votre caméra est désactivée',
  previewStarting: 'Démarrage de votre caméra…',
  cameraLabel: 'Caméra',
  microphoneLabel: 'Micro',
  speakerLabel: 'Haut-parleur',
  microphoneLevel: 'Niveau du micro',
  unnamedCamera: (position) => `Caméra ${position}`,
  unnamedMicrophone: (position) => `Micro ${position}`,
  unnamedSpeaker: (position) => `Haut-parleur ${position}`,
  permissionDeniedTitle: 'Votre caméra et votre micro sont bloqués',
  permissionHelpChromium:
    'Sélectionnez l’icône de caméra à droite de la barre d’adresse, choisissez de toujours autoriser l’accès, puis sélectionnez Réessayer.',
  permissionHelpFirefox:
    'Sélectionnez l’icône des autorisations à gauche de la barre d’adresse, levez le blocage de la caméra et du micro, puis sélectionnez Réessayer.',
  permissionHelpSafari: 'Choisissez Safari › Réglages pour ce site web…, réglez Caméra et Micro sur Autoriser, puis sélectionnez Réessayer.',
  permissionHelpIos:
    'Touchez le bouton des réglages de la page dans la barre d’adresse, choisissez Réglages du site web, réglez Caméra et Micro sur Autoriser, puis sélectionnez Réessayer.',
  permissionHelpOther:
    'Autorisez la caméra et le micro pour ce site dans les paramètres des sites de votre navigateur, puis sélectionnez Réessayer.',
  tryAgain: 'Réessayer',
  joinWithoutMedia: 'Participer sans caméra ni micro',
  noDevices: 'Aucune caméra et aucun micro n’ont été trouvés. Vous pouvez quand même participer pour voir et écouter.',
  devicesUnavailable:
    'Impossible de démarrer votre caméra ou votre micro. Une autre application l’utilise peut-être\u00a0: fermez-la, puis sélectionnez Réessayer.',
  removedByModerator: 'Un modérateur vous a retiré de l’appel.',

  chat: 'Chat',
  chatTitle: 'Chat',
  chatInputLabel: 'Message',
  chatPlaceholder: 'Envoyer un message à tout le monde',
  chatEmpty: 'Aucun message pour l’instant. Dites bonjour\u00a0!',
  send: 'Envoyer',
  resend: 'Renvoyer',
  chatSending: 'Envoi…',
  chatFailed: 'Non envoyé',
  unreadMessages: plural('fr', { one: (n) => `${n} message non lu`, other: (n) => `${n} messages non lus` }),
  chatTime: clockTime('fr'),
  participants: (count) => `Participants (${count})`,
  participantsTitle: 'Participants',
  filterPeople: 'Rechercher une personne',
  noPeopleMatch: (filter) => `Aucun résultat pour «\u00a0${filter}\u00a0»`,
  moderator: 'Modérateur',
  microphoneOn: 'Micro activé',
  cameraOn: 'Caméra activée',
  cameraOff: 'Caméra désactivée',
  handRaised: 'Main levée',
  raiseHand: 'Lever la main',
  handRaisedAnnouncement: (name) => `${name} a levé la main`,
  participantJoined: (name) => `${name} a rejoint l’appel`,
  participantLeft: (name) => `${name} a quitté l’appel`,
  peopleJoined: plural('fr', { one: (n) => `${n} personne a rejoint l’appel`, other: (n) => `${n} personnes ont rejoint l’appel` }),
  peopleLeft: plural('fr', { one: (n) => `${n} personne a quitté l’appel`, other: (n) => `${n} personnes ont quitté l’appel` }),
  reactions: 'Envoyer une réaction',
  reactionThumbsUp: 'Pouce levé',
  reactionClap: 'Applaudissements',
  reactionHeart: 'Cœur',
  reactionLaugh: 'Rire',
  reactionParty: 'Fête',
  reactionSurprised: 'Surprise',
  reactionFrom: (name, emoji) => `${name} a réagi avec ${emoji}`,
  more: 'Plus',
  layout: 'Vue',
  autoLayout: 'Vue automatique',
  networkGood: 'Connexion\u00a0: bonne',
  networkFair: 'Connexion\u00a0: moyenne',
  networkPoor: 'Connexion\u00a0: faible',
  videoPausedWeakConnection: 'Vidéo en pause\u00a0: connexion faible',
  connectionUnstable: 'Votre connexion est instable',
  mute: 'Couper le micro',
  remove: 'Retirer',
  cancel: 'Annuler',
  muteParticipant: (name) => `Couper le micro ${of(name)}`,
  removeParticipant: (name) => `Retirer ${name} de l’appel`,
  removeParticipantConfirm: (name) => `Retirer ${name}\u00a0?`,
  muteEveryone: 'Couper le micro de tout le monde',
  mutedByModerator: 'Un modérateur a coupé votre micro. Vous pouvez le réactiver quand vous voulez parler.',
  recording: 'Enregistrement en cours',
  record: 'Enregistrer',
  captionsLabel: 'Sous-titres',
  fullScreen: 'Plein écran',
  pictureInPicture: 'Image dans l’image',
  controlKey: 'Ctrl',
  altKey: 'Alt',

  errors: {
    'token-provider-timeout': ({ seconds }) => `Le fournisseur de jetons n’a pas répondu dans les ${seconds}\u00a0s.`,
    'token-provider-failed': ({ detail }) => `Le fournisseur de jetons a échoué\u00a0: ${detail}`,
    'token-endpoint-missing': () =>
      'Aucun point de terminaison de jetons\u00a0: définissez l’attribut token-endpoint (ou la propriété tokenProvider) de <video-room>.',
    'token-endpoint-invalid': ({ endpoint }) => `Le point de terminaison de jetons «\u00a0${endpoint}\u00a0» n’est pas une URL valide.`,
    'token-endpoint-scheme': ({ protocol }) => `Le point de terminaison de jetons doit être une URL http: ou https:, et non ${protocol}.`,
    'token-endpoint-unreachable': ({ url }) =>
      `Le point de terminaison de jetons ${url} est injoignable (erreur réseau, ou requête bloquée par une règle CORS).`,
    'token-endpoint-timeout': ({ url, seconds }) => `Le point de terminaison de jetons ${url} n’a pas répondu dans les ${seconds}\u00a0s.`,
    'token-http': ({ status, retryAfter }) =>
      `Le point de terminaison de jetons a répondu HTTP ${status}\u00a0; il doit répondre 200 avec des identifiants.` +
      (retryAfter ? ` Il demande de réessayer dans ${retryDelay(retryAfter, (n) => `${n}\u00a0s`)}.` : ''),
    'token-not-json': () => 'Le point de terminaison de jetons n’a pas renvoyé de JSON.',
    'token-not-object': () => 'La réponse de jetons doit être un objet JSON contenant applicationId, sessionId et token.',
    'token-field-missing': ({ field }) => `Il manque «\u00a0${field}\u00a0» dans la réponse de jetons (une chaîne non vide).`,
    'token-field-type': ({ field, type }) => `«\u00a0${field}\u00a0» dans la réponse de jetons doit être une chaîne, et non ${types[type] ?? type}.`,
    'token-field-empty': ({ field }) => `«\u00a0${field}\u00a0» dans la réponse de jetons est vide\u00a0: ce doit être une chaîne non vide.`,
    'unsupported-browser': () =>
      'Ce navigateur ne permet pas de participer à des appels vidéo. Utilisez une version récente de Chrome, Edge, Firefox ou Safari.',
    'sdk-load-failed': ({ blockedByPolicy }) =>
      blockedByPolicy
        ? 'Le SDK vidéo n’a pas pu être chargé. Ajoutez «\u00a0vonage-video-room\u00a0» à la directive trusted-types de la politique de sécurité du contenu (CSP) de la page.'
        : 'Le SDK vidéo n’a pas pu être chargé. Vérifiez le réseau et réessayez.',
    'code-load-failed': () => 'Une partie de la salle vidéo n’a pas pu être chargée. Vérifiez le réseau et réessayez.',
    'join-failed': () => 'La connexion à l’appel a échoué de façon inattendue. Réessayez.',
    'auth-failed': (reason) =>
      `Le service vidéo a refusé le jeton. Le point de terminaison de jetons doit renvoyer un jeton valide et non expiré pour cette session.${sdk(reason)}`,
    'invalid-session': (reason) =>
      `Le service vidéo ne connaît pas cette session. Le point de terminaison de jetons doit renvoyer un ID de session créé pour cette application.${sdk(reason)}`,
    'connect-failed': (reason) => `Impossible de se connecter au service vidéo. Vérifiez votre connexion réseau et réessayez.${sdk(reason)}`,
    'call-ended': () => 'Le service vidéo a mis fin à l’appel de façon inattendue. Sélectionnez Réessayer pour revenir dans l’appel.',
    'network-lost': () =>
      'La connexion à l’appel a été perdue. Vérifiez votre connexion réseau, puis sélectionnez Réessayer pour revenir dans l’appel.',
    'media-denied': () =>
      'L’accès à la caméra et au micro a été bloqué. Vous participez en tant que spectateur\u00a0; autorisez l’accès dans les paramètres du site du navigateur, puis revenez dans l’appel pour être vu et entendu.',
    'media-unavailable': () =>
      'Impossible de démarrer une caméra ou un micro (aucun n’a été trouvé, ou une autre application les utilise). Vous participez en tant que spectateur.',
    'media-failed': (reason) => `Votre caméra et votre micro n’ont pas pu être partagés. Vous participez en tant que spectateur.${sdk(reason)}`,
    'publish-failed': () => 'Votre caméra et votre micro n’ont pas pu être transmis à l’appel. Vous participez en tant que spectateur.',
    'screen-share-failed': () =>
      'Votre écran n’a pas pu être partagé. Réessayez, ou vérifiez que le navigateur est autorisé à enregistrer l’écran.',
    'subscribe-failed': ({ name, screen }) =>
      `Impossible de recevoir ${screen ? 'l’écran' : 'la vidéo et le son'} ${of(name)}. Cette personne reste dans la liste des participants.`,
    'chat-send-failed': () => 'Votre message n’a pas pu être envoyé. Vérifiez votre connexion, puis sélectionnez Renvoyer.',
    'moderation-failed': ({ action, name }) =>
      action === 'mute'
        ? `Impossible de couper le micro ${of(name)}.`
        : action === 'mute-all'
          ? 'Impossible de couper le micro de tout le monde.'
          : `Impossible de retirer ${name} de l’appel.`,
    'recording-http': ({ action, status }) =>
      `Impossible ${verb(action)} l’enregistrement\u00a0: le point de terminaison d’enregistrement a répondu HTTP ${status}.`,
    'recording-timeout': ({ action }) => `Impossible ${verb(action)} l’enregistrement (pas de réponse à temps).`,
    'recording-request-failed': ({ action }) => `Impossible ${verb(action)} l’enregistrement.`,
    'recording-not-connected': () => 'Rejoignez l’appel pour l’enregistrer.',
  },
};
