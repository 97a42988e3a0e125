import { clockTime, plural, retryDelay } from '../format.js';
import type { LocaleStrings } from '../locale.js';

const sdk = ({ sdkCode }: { sdkCode?: number }) => (sdkCode ? ` (error del SDK ${sdkCode})` : '');
const verb = (action: 'start' | 'stop') => (action === 'start' ? 'iniciar' : 'detener');
const types: Record<string, string> = { array: 'un array', number: 'un número', boolean: 'un booleano', object: 'un objeto' };

/** Español. */
export const strings: LocaleStrings = {
  joinTitle: '¿Todo listo para unirte?',
  nameLabel: 'Tu nombre',
  namePlaceholder: 'Escribe tu nombre',
  join: 'Unirme',
  joining: 'Uniéndote…',
  reconnecting: 'Se perdió la conexión. Reconectando…',
  waitingForOthers: 'Esperando a que se unan los demás…',
  leftTitle: 'Has salido de la llamada.',
  rejoin: 'Volver a unirme',
  retry: 'Reintentar',
  errorTitle: 'No se pudo acceder a la llamada',
  backToJoin: 'Volver a la pantalla para unirte',
  connectionLostTitle: 'Se perdió la conexión',
  callEndedTitle: 'La llamada terminó de forma inesperada',
  unsupportedBrowserTitle: 'Navegador no compatible',
  noMediaTitle: 'No hay cámara ni micrófono disponibles',
  publishFailedTitle: 'No se pudieron compartir tu cámara y tu micrófono',
  screenShareFailedTitle: 'No se pudo compartir tu pantalla',
  dismiss: 'Descartar',
  leave: 'Salir de la llamada',
  controlsLabel: 'Controles de la llamada',
  stageLabel: 'Participantes',
  you: 'Tú',
  microphoneMuted: 'Micrófono silenciado',
  guest: 'Invitado',
  pin: (name) => `Fijar a ${name}`,
  previousPage: 'Página anterior',
  nextPage: 'Página siguiente',
  pageStatus: (page, count) => `Página ${page} de ${count}`,
  gridLayout: 'Vista de cuadrícula',
  speakerLayout: 'Vista de orador',
  startScreenShare: 'Compartir pantalla',
  enableAudio: 'Haz clic para activar el sonido',
  screenOf: (name) => `Pantalla de ${name}`,
  yourScreen: 'Tu pantalla',
  settings: 'Configuración',
  close: 'Cerrar',
  backgroundEffect: 'Fondo',
  effectNone: 'Sin efecto',
  effectBlurLow: 'Desenfoque leve',
  effectBlurHigh: 'Desenfoque intenso',
  effectImage: 'Reemplazar fondo',
  noiseSuppression: 'Reducir el ruido de fondo',
  noDevice: 'No se encontró ninguno',
  deviceFallback: (label) => `Se desconectó un dispositivo que estabas usando. Ahora se usa ${label}.`,
  previewLabel: 'Vista previa de tu cámara',
  previewCameraOff: 'Tu cámara está apagada',
  previewStarting: 'Iniciando tu cámara…',
  cameraLabel: 'Cámara',
  microphoneLabel: 'Micrófono',
  speakerLabel: 'Altavoz',
  microphoneLevel: 'Nivel del micrófono',
  unnamedCamera: (position) => `Cámara ${position}`,
  unnamedMicrophone: (position) => `Micrófono ${position}`,
  unnamedSpeaker: (position) => `Altavoz ${position}`,
  permissionDeniedTitle: 'Tu cámara y tu micrófono están bloqueados',
  permissionHelpChromium:
    'Selecciona el icono de la cámara a la derecha de la barra de direcciones, elige permitir siempre el acceso y, después, selecciona Intentar de nuevo.',
  permissionHelpFirefox:
    'Selecciona el icono de permisos a la izquierda de la barra de direcciones, quita el bloqueo de la cámara y del micrófono y, después, selecciona Intentar de nuevo.',
  permissionHelpSafari:
    'Elige Safari › Ajustes de este sitio web…, establece Cámara y Micrófono en Permitir y, después, selecciona Intentar de nuevo.',
  permissionHelpIos:
    'Toca el botón de ajustes de la página en la barra de direcciones, elige Ajustes del sitio web, establece Cámara y Micrófono en Permitir y, después, selecciona Intentar de nuevo.',
  permissionHelpOther:
    'Permite la cámara y el micrófono para este sitio en la configuración de sitios de tu navegador y, después, selecciona Intentar de nuevo.',
  tryAgain: 'Intentar de nuevo',
  joinWithoutMedia: 'Unirme sin cámara ni micrófono',
  noDevices: 'No se encontró ninguna cámara ni micrófono. Aun así, puedes unirte para ver y escuchar.',
  devicesUnavailable:
    'No se pudo iniciar la cámara o el micrófono. Puede que otra aplicación lo esté usando: ciérrala y, después, selecciona Intentar de nuevo.',
  removedByModerator: 'Un moderador te ha quitado de la llamada.',

  chat: 'Chat',
  chatTitle: 'Chat',
  chatInputLabel: 'Mensaje',
  chatPlaceholder: 'Envía un mensaje a todos',
  chatEmpty: 'Aún no hay mensajes. ¡Saluda!',
  send: 'Enviar',
  resend: 'Reenviar',
  chatSending: 'Enviando…',
  chatFailed: 'No enviado',
  unreadMessages: plural('es', { one: (n) => `${n} mensaje sin leer`, other: (n) => `${n} mensajes sin leer` }),
  chatTime: clockTime('es'),
  participants: (count) => `Personas (${count})`,
  participantsTitle: 'Personas',
  filterPeople: 'Buscar a alguien',
  noPeopleMatch: (filter) => `Nadie coincide con «${filter}»`,
  moderator: 'Moderador',
  microphoneOn: 'Micrófono activado',
  cameraOn: 'Cámara encendida',
  cameraOff: 'Cámara apagada',
  handRaised: 'Mano levantada',
  raiseHand: 'Levantar la mano',
  handRaisedAnnouncement: (name) => `${name} ha levantado la mano`,
  participantJoined: (name) => `${name} se ha unido`,
  participantLeft: (name) => `${name} ha salido`,
  peopleJoined: plural('es', { one: (n) => `Se ha unido ${n} persona`, other: (n) => `Se han unido ${n} personas` }),
  peopleLeft: plural('es', { one: (n) => `Ha salido ${n} persona`, other: (n) => `Han salido ${n} personas` }),
  reactions: 'Enviar una reacción',
  reactionThumbsUp: 'Pulgar arriba',
  reactionClap: 'Aplausos',
  reactionHeart: 'Corazón',
  reactionLaugh: 'Risa',
  reactionParty: 'Celebración',
  reactionSurprised: 'Sorpresa',
  reactionFrom: (name, emoji) => `${name} ha reaccionado con ${emoji}`,
  more: 'Más',
  layout: 'Vista',
  autoLayout: 'Vista automática',
  networkGood: 'Conexión: buena',
  networkFair: 'Conexión: regular',
  networkPoor: 'Conexión: mala',
  videoPausedWeakConnection: 'Vídeo en pausa: conexión débil',
  connectionUnstable: 'Tu conexión es inestable',
  mute: 'Silenciar',
  remove: 'Quitar',
  cancel: 'Cancelar',
  muteParticipant: (name) => `Silenciar a ${name}`,
  removeParticipant: (name) => `Quitar a ${name} de la llamada`,
  removeParticipantConfirm: (name) => `¿Quitar a ${name}?`,
  muteEveryone: 'Silenciar a todos',
  mutedByModerator: 'Un moderador ha silenciado tu micrófono. Puedes volver a activarlo cuando necesites hablar.',
  recording: 'Grabando',
  record: 'Grabar',
  captionsLabel: 'Subtítulos',
  fullScreen: 'Pantalla completa',
  pictureInPicture: 'Imagen en imagen',
  controlKey: 'Ctrl',
  altKey: 'Alt',

  errors: {
    'token-provider-timeout': ({ seconds }) => `El proveedor de tokens no respondió en ${seconds} s.`,
    'token-provider-failed': ({ detail }) => `El proveedor de tokens falló: ${detail}`,
    'token-endpoint-missing': () =>
      'No hay endpoint de tokens: define el atributo token-endpoint (o la propiedad tokenProvider) en <video-room>.',
    'token-endpoint-invalid': ({ endpoint }) => `El endpoint de tokens «${endpoint}» no es una URL válida.`,
    'token-endpoint-scheme': ({ protocol }) => `El endpoint de tokens debe ser una URL http: o https:, no ${protocol}.`,
    'token-endpoint-unreachable': ({ url }) =>
      `No se pudo acceder al endpoint de tokens ${url} (error de red o una política CORS lo bloqueó).`,
    'token-endpoint-timeout': ({ url, seconds }) => `El endpoint de tokens ${url} no respondió en ${seconds} s.`,
    'token-http': ({ status, retryAfter }) =>
      `El endpoint de tokens respondió HTTP ${status}; debe responder 200 con las credenciales.` +
      (retryAfter ? ` Pide volver a intentarlo dentro de ${retryDelay(retryAfter, (n) => `${n} s`)}.` : ''),
    'token-not-json': () => 'El endpoint de tokens no devolvió JSON.',
    'token-not-object': () => 'La respuesta de tokens debe ser un objeto JSON con applicationId, sessionId y token.',
    'token-field-missing': ({ field }) => `Falta «${field}» en la respuesta de tokens (una cadena no vacía).`,
    'token-field-type': ({ field, type }) => `«${field}» en la respuesta de tokens debe ser una cadena, no ${types[type] ?? type}.`,
    'token-field-empty': ({ field }) => `«${field}» en la respuesta de tokens está vacío: debe ser una cadena no vacía.`,
    'unsupported-browser': () =>
      'Este navegador no puede unirse a videollamadas. Usa una versión actual de Chrome, Edge, Firefox o Safari.',
    'sdk-load-failed': ({ blockedByPolicy }) =>
      blockedByPolicy
        ? 'No se pudo cargar el SDK de vídeo. Añade «vonage-video-room» a la directiva trusted-types de la política de seguridad de contenido (CSP) de la página.'
        : 'No se pudo cargar el SDK de vídeo. Comprueba la red y vuelve a intentarlo.',
    'code-load-failed': () => 'No se pudo cargar una parte de la sala de vídeo. Comprueba la red y vuelve a intentarlo.',
    'join-failed': () => 'Se produjo un error inesperado al unirte a la llamada. Vuelve a intentarlo.',
    'auth-failed': (reason) =>
      `El servicio de vídeo rechazó el token. El endpoint de tokens debe devolver un token válido y sin caducar para esta sesión.${sdk(reason)}`,
    'invalid-session': (reason) =>
      `El servicio de vídeo no reconoce esta sesión. El endpoint de tokens debe devolver un ID de sesión creado para esta aplicación.${sdk(reason)}`,
    'connect-failed': (reason) =>
      `No se pudo conectar con el servicio de vídeo. Comprueba tu conexión de red y vuelve a intentarlo.${sdk(reason)}`,
    'call-ended': () => 'El servicio de vídeo finalizó la llamada de forma inesperada. Selecciona Reintentar para volver a unirte.',
    'network-lost': () =>
      'Se perdió la conexión con la llamada. Comprueba tu conexión de red y, después, selecciona Reintentar para volver a unirte.',
    'media-denied': () =>
      'Se bloqueó el acceso a la cámara y al micrófono. Te has unido como espectador; permite el acceso en la configuración del sitio del navegador y vuelve a unirte para que te vean y te oigan.',
    'media-unavailable': () =>
      'No se pudo iniciar ninguna cámara ni micrófono (no se encontró ninguno u otra aplicación lo está usando). Te has unido como espectador.',
    'media-failed': (reason) => `No se pudieron compartir tu cámara y tu micrófono. Te has unido como espectador.${sdk(reason)}`,
    'publish-failed': () => 'No se pudieron enviar tu cámara y tu micrófono a la llamada. Te has unido como espectador.',
    'screen-share-failed': () =>
      'No se pudo compartir tu pantalla. Vuelve a intentarlo o comprueba que el navegador tenga permiso para grabar la pantalla.',
    'subscribe-failed': ({ name, screen }) =>
      `No se pudo recibir ${screen ? 'la pantalla' : 'el vídeo y el audio'} de ${name}. Sigue apareciendo en la llamada.`,
    'chat-send-failed': () => 'No se pudo enviar tu mensaje. Comprueba tu conexión y, después, selecciona Reenviar.',
    'moderation-failed': ({ action, name }) =>
      action === 'mute'
        ? `No se pudo silenciar a ${name}.`
        : action === 'mute-all'
          ? 'No se pudo silenciar a todos.'
          : `No se pudo quitar a ${name} de la llamada.`,
    'recording-http': ({ action, status }) =>
      `No se pudo ${verb(action)} la grabación: el endpoint de grabación respondió HTTP ${status}.`,
    'recording-timeout': ({ action }) => `No se pudo ${verb(action)} la grabación (no hubo respuesta a tiempo).`,
    'recording-request-failed': ({ action }) => `No se pudo ${verb(action)} la grabación.`,
    'recording-not-connected': () => 'Únete a la llamada para grabarla.',
  },
};
