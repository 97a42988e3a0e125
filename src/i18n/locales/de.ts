import { clockTime, plural, retryDelay } from '../format.js';
import type { LocaleStrings } from '../locale.js';

const sdk = ({ sdkCode }: { sdkCode?: number }) => (sdkCode ? ` (SDK-Fehler ${sdkCode})` : '');
const verb = (action: 'start' | 'stop') => (action === 'start' ? 'gestartet' : 'beendet');
const types: Record<string, string> = { array: 'ein Array', number: 'eine Zahl', boolean: 'ein Wahrheitswert', object: 'ein Objekt' };

/** Deutsch. */
export const strings: LocaleStrings = {
  joinTitle: 'Bereit zum Beitreten?',
  nameLabel: 'Ihr Name',
  namePlaceholder: 'Namen eingeben',
  join: 'Beitreten',
  joining: 'Beitritt läuft…',
  reconnecting: 'Verbindung unterbrochen. Verbindung wird wiederhergestellt…',
  waitingForOthers: 'Warten, bis weitere Personen beitreten…',
  leftTitle: 'Sie haben den Anruf verlassen.',
  rejoin: 'Wieder beitreten',
  retry: 'Erneut versuchen',
  errorTitle: 'Beitritt zum Anruf nicht möglich',
  backToJoin: 'Zurück zum Beitrittsbildschirm',
  connectionLostTitle: 'Verbindung unterbrochen',
  callEndedTitle: 'Der Anruf wurde unerwartet beendet',
  unsupportedBrowserTitle: 'Browser wird nicht unterstützt',
  noMediaTitle: 'Keine Kamera und kein Mikrofon verfügbar',
  publishFailedTitle: 'Kamera und Mikrofon konnten nicht freigegeben werden',
  screenShareFailedTitle: 'Ihr Bildschirm konnte nicht freigegeben werden',
  dismiss: 'Ausblenden',
  leave: 'Anruf verlassen',
  controlsLabel: 'Anrufsteuerung',
  stageLabel: 'Teilnehmende',
  you: 'Sie',
  microphoneMuted: 'Mikrofon stummgeschaltet',
  guest: 'Gast',
  pin: (name) => `${name} anheften`,
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  pageStatus: (page, count) => `Seite ${page} von ${count}`,
  gridLayout: 'Rasteransicht',
  speakerLayout: 'Sprecheransicht',
  startScreenShare: 'Bildschirm teilen',
  enableAudio: 'Klicken, um den Ton einzuschalten',
  screenOf: (name) => `Bildschirm von ${name}`,
  yourScreen: 'Ihr Bildschirm',
  settings: 'Einstellungen',
  close: 'Schließen',
  backgroundEffect: 'Hintergrund',
  effectNone: 'Kein Effekt',
  effectBlurLow: 'Leicht unscharf',
  effectBlurHigh: 'Stark unscharf',
  effectImage: 'Hintergrund ersetzen',
  noiseSuppression: 'Hintergrundgeräusche reduzieren',
  noDevice: 'Kein Gerät gefunden',
  deviceFallback: (label) => `Ein verwendetes Gerät wurde getrennt. Jetzt wird ${label} verwendet.`,
  previewLabel: 'Vorschau Ihrer Kamera',
  previewCameraOff: 'Ihre Kamera ist aus',
  previewStarting: 'Kamera wird gestartet…',
  cameraLabel: 'Kamera',
  microphoneLabel: 'Mikrofon',
  speakerLabel: 'Lautsprecher',
  microphoneLevel: 'Mikrofonpegel',
  unnamedCamera: (position) => `Kamera ${position}`,
  unnamedMicrophone: (position) => `Mikrofon ${position}`,
  unnamedSpeaker: (position) => `Lautsprecher ${position}`,
  permissionDeniedTitle: 'Kamera und Mikrofon sind blockiert',
  permissionHelpChromium:
    'Wählen Sie rechts in der Adressleiste das Kamerasymbol aus, erlauben Sie den Zugriff dauerhaft und wählen Sie dann „Erneut versuchen“.',
  permissionHelpFirefox:
    'Wählen Sie links in der Adressleiste das Berechtigungssymbol aus, heben Sie die Blockierung von Kamera und Mikrofon auf und wählen Sie dann „Erneut versuchen“.',
  permissionHelpSafari:
    'Wählen Sie „Safari“ › „Einstellungen für diese Website …“, setzen Sie Kamera und Mikrofon auf „Erlauben“ und wählen Sie dann „Erneut versuchen“.',
  permissionHelpIos:
    'Tippen Sie in der Adressleiste auf die Taste für die Seiteneinstellungen, wählen Sie „Website-Einstellungen“, setzen Sie Kamera und Mikrofon auf „Erlauben“ und wählen Sie dann „Erneut versuchen“.',
  permissionHelpOther:
    'Erlauben Sie Kamera und Mikrofon für diese Website in den Website-Einstellungen Ihres Browsers und wählen Sie dann „Erneut versuchen“.',
  tryAgain: 'Erneut versuchen',
  joinWithoutMedia: 'Ohne Kamera und Mikrofon beitreten',
  noDevices: 'Es wurden weder Kamera noch Mikrofon gefunden. Sie können trotzdem beitreten, um zuzusehen und zuzuhören.',
  devicesUnavailable:
    'Kamera oder Mikrofon konnte nicht gestartet werden. Vielleicht wird das Gerät von einer anderen App verwendet: Schließen Sie diese und wählen Sie dann „Erneut versuchen“.',
  removedByModerator: 'Ein Moderator hat Sie aus dem Anruf entfernt.',

  chat: 'Chat',
  chatTitle: 'Chat',
  chatInputLabel: 'Nachricht',
  chatPlaceholder: 'Nachricht an alle senden',
  chatEmpty: 'Noch keine Nachrichten. Sagen Sie Hallo!',
  send: 'Senden',
  resend: 'Erneut senden',
  chatSending: 'Wird gesendet…',
  chatFailed: 'Nicht gesendet',
  unreadMessages: plural('de', { one: (n) => `${n} ungelesene Nachricht`, other: (n) => `${n} ungelesene Nachrichten` }),
  chatTime: clockTime('de'),
  participants: (count) => `Personen (${count})`,
  participantsTitle: 'Personen',
  filterPeople: 'Person suchen',
  noPeopleMatch: (filter) => `Keine Treffer für „${filter}“`,
  moderator: 'Moderator',
  microphoneOn: 'Mikrofon an',
  cameraOn: 'Kamera an',
  cameraOff: 'Kamera aus',
  handRaised: 'Hand gehoben',
  raiseHand: 'Hand heben',
  handRaisedAnnouncement: (name) => `${name} hat die Hand gehoben`,
  participantJoined: (name) => `${name} ist beigetreten`,
  participantLeft: (name) => `${name} hat den Anruf verlassen`,
  peopleJoined: plural('de', { one: (n) => `${n} Person ist beigetreten`, other: (n) => `${n} Personen sind beigetreten` }),
  peopleLeft: plural('de', { one: (n) => `${n} Person hat den Anruf verlassen`, other: (n) => `${n} Personen haben den Anruf verlassen` }),
  reactions: 'Reaktion senden',
  reactionThumbsUp: 'Daumen hoch',
  reactionClap: 'Applaus',
  reactionHeart: 'Herz',
  reactionLaugh: 'Lachen',
  reactionParty: 'Feiern',
  reactionSurprised: 'Überrascht',
  reactionFrom: (name, emoji) => `${name} hat mit ${emoji} reagiert`,
  more: 'Mehr',
  layout: 'Ansicht',
  autoLayout: 'Automatische Ansicht',
  networkGood: 'Verbindung: gut',
  networkFair: 'Verbindung: mittel',
  networkPoor: 'Verbindung: schlecht',
  videoPausedWeakConnection: 'Video pausiert: schwache Verbindung',
  connectionUnstable: 'Ihre Verbindung ist instabil',
  mute: 'Stummschalten',
  remove: 'Entfernen',
  cancel: 'Abbrechen',
  muteParticipant: (name) => `${name} stummschalten`,
  removeParticipant: (name) => `${name} aus dem Anruf entfernen`,
  removeParticipantConfirm: (name) => `${name} entfernen?`,
  muteEveryone: 'Alle stummschalten',
  mutedByModerator: 'Ein Moderator hat Ihr Mikrofon stummgeschaltet. Sie können es wieder einschalten, wenn Sie sprechen möchten.',
  recording: 'Aufnahme läuft',
  record: 'Aufnehmen',
  captionsLabel: 'Untertitel',
  fullScreen: 'Vollbild',
  pictureInPicture: 'Bild im Bild',
  controlKey: 'Strg',
  altKey: 'Alt',

  errors: {
    'token-provider-timeout': ({ seconds }) => `Der Token-Anbieter hat nicht innerhalb von ${seconds} s geantwortet.`,
    'token-provider-failed': ({ detail }) => `Der Token-Anbieter ist fehlgeschlagen: ${detail}`,
    'token-endpoint-missing': () =>
      'Kein Token-Endpunkt: Setzen Sie das Attribut token-endpoint (oder die Eigenschaft tokenProvider) an <video-room>.',
    'token-endpoint-invalid': ({ endpoint }) => `Der Token-Endpunkt „${endpoint}“ ist keine gültige URL.`,
    'token-endpoint-scheme': ({ protocol }) => `Der Token-Endpunkt muss eine http:- oder https:-URL sein, nicht ${protocol}.`,
    'token-endpoint-unreachable': ({ url }) =>
      `Der Token-Endpunkt ${url} ist nicht erreichbar (Netzwerkfehler, oder eine CORS-Richtlinie hat die Anfrage blockiert).`,
    'token-endpoint-timeout': ({ url, seconds }) => `Der Token-Endpunkt ${url} hat nicht innerhalb von ${seconds} s geantwortet.`,
    'token-http': ({ status, retryAfter }) =>
      `Der Token-Endpunkt hat mit HTTP ${status} geantwortet; erwartet wird 200 mit Zugangsdaten.` +
      (retryAfter ? ` Er bittet um einen neuen Versuch nach ${retryDelay(retryAfter, (n) => `${n} s`)}.` : ''),
    'token-not-json': () => 'Der Token-Endpunkt hat kein JSON zurückgegeben.',
    'token-not-object': () => 'Die Token-Antwort muss ein JSON-Objekt mit applicationId, sessionId und token sein.',
    'token-field-missing': ({ field }) => `In der Token-Antwort fehlt „${field}“ (ein nicht leerer String).`,
    'token-field-type': ({ field, type }) => `„${field}“ in der Token-Antwort muss ein String sein, nicht ${types[type] ?? type}.`,
    'token-field-empty': ({ field }) => `„${field}“ in der Token-Antwort ist leer: Es muss ein nicht leerer String sein.`,
    'unsupported-browser': () =>
      'Mit diesem Browser ist keine Teilnahme an Videoanrufen möglich. Verwenden Sie eine aktuelle Version von Chrome, Edge, Firefox oder Safari.',
    'sdk-load-failed': ({ blockedByPolicy }) =>
      blockedByPolicy
        ? 'Das Video-SDK konnte nicht geladen werden. Fügen Sie „vonage-video-room“ der trusted-types-Direktive in der Content Security Policy der Seite hinzu.'
        : 'Das Video-SDK konnte nicht geladen werden. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.',
    'code-load-failed': () => 'Ein Teil des Videoraums konnte nicht geladen werden. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.',
    'join-failed': () => 'Der Beitritt zum Anruf ist unerwartet fehlgeschlagen. Versuchen Sie es erneut.',
    'auth-failed': (reason) =>
      `Der Videodienst hat das Token abgelehnt. Der Token-Endpunkt muss ein gültiges, nicht abgelaufenes Token für diese Sitzung liefern.${sdk(reason)}`,
    'invalid-session': (reason) =>
      `Der Videodienst kennt diese Sitzung nicht. Der Token-Endpunkt muss eine Sitzungs-ID liefern, die für diese Anwendung erstellt wurde.${sdk(reason)}`,
    'connect-failed': (reason) =>
      `Es konnte keine Verbindung zum Videodienst hergestellt werden. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.${sdk(reason)}`,
    'call-ended': () => 'Der Videodienst hat den Anruf unerwartet beendet. Wählen Sie „Erneut versuchen“, um wieder beizutreten.',
    'network-lost': () =>
      'Die Verbindung zum Anruf wurde unterbrochen. Prüfen Sie Ihre Netzwerkverbindung und wählen Sie dann „Erneut versuchen“, um wieder beizutreten.',
    'media-denied': () =>
      'Der Zugriff auf Kamera und Mikrofon wurde blockiert. Sie nehmen nur zuschauend teil. Erlauben Sie den Zugriff in den Website-Einstellungen des Browsers und treten Sie erneut bei, um gesehen und gehört zu werden.',
    'media-unavailable': () =>
      'Kamera und Mikrofon konnten nicht gestartet werden (keine gefunden, oder eine andere Anwendung verwendet sie). Sie nehmen nur zuschauend teil.',
    'media-failed': (reason) => `Ihre Kamera und Ihr Mikrofon konnten nicht freigegeben werden. Sie nehmen nur zuschauend teil.${sdk(reason)}`,
    'publish-failed': () => 'Ihre Kamera und Ihr Mikrofon konnten nicht in den Anruf übertragen werden. Sie nehmen nur zuschauend teil.',
    'screen-share-failed': () =>
      'Ihr Bildschirm konnte nicht geteilt werden. Versuchen Sie es erneut oder prüfen Sie, ob der Browser den Bildschirm aufnehmen darf.',
    'subscribe-failed': ({ name, screen }) =>
      `${screen ? `Der Bildschirm von ${name}` : `Bild und Ton von ${name}`} ${screen ? 'kann' : 'können'} nicht empfangen werden. Die Person bleibt in der Teilnehmerliste.`,
    'chat-send-failed': () => 'Ihre Nachricht konnte nicht gesendet werden. Prüfen Sie Ihre Verbindung und wählen Sie dann „Erneut senden“.',
    'moderation-failed': ({ action, name }) =>
      action === 'mute'
        ? `${name} konnte nicht stummgeschaltet werden.`
        : action === 'mute-all'
          ? 'Es konnten nicht alle stummgeschaltet werden.'
          : `${name} konnte nicht aus dem Anruf entfernt werden.`,
    'recording-http': ({ action, status }) =>
      `Die Aufnahme konnte nicht ${verb(action)} werden: Der Aufnahme-Endpunkt hat mit HTTP ${status} geantwortet.`,
    'recording-timeout': ({ action }) => `Die Aufnahme konnte nicht ${verb(action)} werden (keine Antwort in der vorgesehenen Zeit).`,
    'recording-request-failed': ({ action }) => `Die Aufnahme konnte nicht ${verb(action)} werden.`,
    'recording-not-connected': () => 'Treten Sie dem Anruf bei, um ihn aufzunehmen.',
  },
};
