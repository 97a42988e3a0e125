import { clockTime, plural, retryDelay } from '../format.js';
import type { LocaleStrings } from '../locale.js';

// Brazilian Portuguese, the variant most users read; pt-PT readers understand it.
const sdk = ({ sdkCode }: { sdkCode?: number }) => (sdkCode ? ` (erro do SDK ${sdkCode})` : '');
const verb = (action: 'start' | 'stop') => (action === 'start' ? 'iniciar' : 'parar');
const types: Record<string, string> = { array: 'um array', number: 'um número', boolean: 'um booleano', object: 'um objeto' };

/** Português. */
export const strings: LocaleStrings = {
  joinTitle: 'Pronto para participar?',
  nameLabel: 'Seu nome',
  namePlaceholder: 'Digite seu nome',
  join: 'Participar',
  joining: 'Entrando…',
  reconnecting: 'A conexão caiu. Reconectando…',
  waitingForOthers: 'Aguardando os outros participantes…',
  leftTitle: 'Você saiu da chamada.',
  rejoin: 'Participar de novo',
  retry: 'Tentar de novo',
  errorTitle: 'Não foi possível entrar na chamada',
  backToJoin: 'Voltar à tela de entrada',
  connectionLostTitle: 'A conexão caiu',
  callEndedTitle: 'A chamada terminou inesperadamente',
  unsupportedBrowserTitle: 'Navegador não compatível',
  noMediaTitle: 'Nenhuma câmera ou microfone disponível',
  publishFailedTitle: 'Não foi possível compartilhar sua câmera e seu microfone',
  screenShareFailedTitle: 'Não foi possível compartilhar sua tela',
  dismiss: 'Dispensar',
  leave: 'Sair da chamada',
  controlsLabel: 'Controles da chamada',
  stageLabel: 'Participantes',
  you: 'Você',
  microphoneMuted: 'Microfone desativado',
  guest: 'Convidado',
  pin: (name) => `Fixar ${name}`,
  previousPage: 'Página anterior',
  nextPage: 'Próxima página',
  pageStatus: (page, count) => `Página ${page} de ${count}`,
  gridLayout: 'Visualização em grade',
  speakerLayout: 'Visualização do orador',
  startScreenShare: 'Compartilhar tela',
  enableAudio: 'Clique para ativar o som',
  screenOf: (name) => `Tela de ${name}`,
  yourScreen: 'Sua tela',
  settings: 'Configurações',
  close: 'Fechar',
  backgroundEffect: 'Plano de fundo',
  effectNone: 'Sem efeito',
  effectBlurLow: 'Desfoque leve',
  effectBlurHigh: 'Desfoque forte',
  effectImage: 'Substituir plano de fundo',
  noiseSuppression: 'Reduzir ruído de fundo',
  noDevice: 'Nenhum encontrado',
  deviceFallback: (label) => `Um dispositivo que você estava usando foi desconectado. Agora usando ${label}.`,
  previewLabel: 'Prévia da sua câmera',
  previewCameraOff: 'Sua câmera está desligada',
  previewStarting: 'Iniciando sua câmera…',
  cameraLabel: 'Câmera',
  microphoneLabel: 'Microfone',
  speakerLabel: 'Alto-falante',
  microphoneLevel: 'Nível do microfone',
  unnamedCamera: (position) => `Câmera ${position}`,
  unnamedMicrophone: (position) => `Microfone ${position}`,
  unnamedSpeaker: (position) => `Alto-falante ${position}`,
  permissionDeniedTitle: 'Sua câmera e seu microfone estão bloqueados',
  permissionHelpChromium:
    'Selecione o ícone da câmera à direita da barra de endereço, escolha sempre permitir o acesso e depois selecione Tentar novamente.',
  permissionHelpFirefox:
    'Selecione o ícone de permissões à esquerda da barra de endereço, remova os bloqueios da câmera e do microfone e depois selecione Tentar novamente.',
  permissionHelpSafari:
    'Escolha Safari › Ajustes deste Site…, defina Câmera e Microfone como Permitir e depois selecione Tentar novamente.',
  permissionHelpIos:
    'Toque no botão de ajustes da página na barra de endereço, escolha Ajustes do Site, defina Câmera e Microfone como Permitir e depois selecione Tentar novamente.',
  permissionHelpOther:
    'Permita a câmera e o microfone para este site nas configurações de sites do seu navegador e depois selecione Tentar novamente.',
  tryAgain: 'Tentar novamente',
  joinWithoutMedia: 'Participar sem câmera e microfone',
  noDevices: 'Nenhuma câmera ou microfone foi encontrado. Você ainda pode participar para assistir e ouvir.',
  devicesUnavailable:
    'Não foi possível iniciar sua câmera ou seu microfone. Outro aplicativo pode estar usando o dispositivo: feche-o e depois selecione Tentar novamente.',
  removedByModerator: 'Um moderador removeu você da chamada.',

  chat: 'Chat',
  chatTitle: 'Chat',
  chatInputLabel: 'Mensagem',
  chatPlaceholder: 'Envie uma mensagem para todos',
  chatEmpty: 'Ainda não há mensagens. Diga oi!',
  send: 'Enviar',
  resend: 'Reenviar',
  chatSending: 'Enviando…',
  chatFailed: 'Não enviada',
  unreadMessages: plural('pt', { one: (n) => `${n} mensagem não lida`, other: (n) => `${n} mensagens não lidas` }),
  chatTime: clockTime('pt'),
  participants: (count) => `Pessoas (${count})`,
  participantsTitle: 'Pessoas',
  filterPeople: 'Procurar alguém',
  noPeopleMatch: (filter) => `Ninguém corresponde a “${filter}”`,
  moderator: 'Moderador',
  microphoneOn: 'Microfone ativado',
  cameraOn: 'Câmera ligada',
  cameraOff: 'Câmera desligada',
  handRaised: 'Mão levantada',
  raiseHand: 'Levantar a mão',
  handRaisedAnnouncement: (name) => `${name} levantou a mão`,
  participantJoined: (name) => `${name} entrou`,
  participantLeft: (name) => `${name} saiu`,
  peopleJoined: plural('pt', { one: (n) => `${n} pessoa entrou`, other: (n) => `${n} pessoas entraram` }),
  peopleLeft: plural('pt', { one: (n) => `${n} pessoa saiu`, other: (n) => `${n} pessoas saíram` }),
  reactions: 'Enviar uma reação',
  reactionThumbsUp: 'Joinha',
  reactionClap: 'Aplausos',
  reactionHeart: 'Coração',
  reactionLaugh: 'Risada',
  reactionParty: 'Comemoração',
  reactionSurprised: 'Surpresa',
  reactionFrom: (name, emoji) => `${name} reagiu com ${emoji}`,
  more: 'Mais',
  layout: 'Visualização',
  autoLayout: 'Visualização automática',
  networkGood: 'Conexão: boa',
  networkFair: 'Conexão: razoável',
  networkPoor: 'Conexão: ruim',
  videoPausedWeakConnection: 'Vídeo pausado: conexão fraca',
  connectionUnstable: 'Sua conexão está instável',
  mute: 'Desativar som',
  remove: 'Remover',
  cancel: 'Cancelar',
  muteParticipant: (name) => `Desativar o microfone de ${name}`,
  removeParticipant: (name) => `Remover ${name} da chamada`,
  removeParticipantConfirm: (name) => `Remover ${name}?`,
  muteEveryone: 'Desativar o microfone de todos',
  mutedByModerator: 'Um moderador desativou seu microfone. Você pode ativá-lo de novo quando precisar falar.',
  recording: 'Gravando',
  record: 'Gravar',
  captionsLabel: 'Legendas',
  fullScreen: 'Tela cheia',
  pictureInPicture: 'Picture-in-picture',
  controlKey: 'Ctrl',
  altKey: 'Alt',

  errors: {
    'token-provider-timeout': ({ seconds }) => `O provedor de tokens não respondeu em ${seconds} s.`,
    'token-provider-failed': ({ detail }) => `O provedor de tokens falhou: ${detail}`,
    'token-endpoint-missing': () =>
      'Nenhum endpoint de tokens: defina o atributo token-endpoint (ou a propriedade tokenProvider) em <video-room>.',
    'token-endpoint-invalid': ({ endpoint }) => `O endpoint de tokens “${endpoint}” não é uma URL válida.`,
    'token-endpoint-scheme': ({ protocol }) => `O endpoint de tokens precisa ser uma URL http: ou https:, não ${protocol}.`,
    'token-endpoint-unreachable': ({ url }) =>
      `Não foi possível acessar o endpoint de tokens ${url} (erro de rede ou bloqueio por uma política CORS).`,
    'token-endpoint-timeout': ({ url, seconds }) => `O endpoint de tokens ${url} não respondeu em ${seconds} s.`,
    'token-http': ({ status, retryAfter }) =>
      `O endpoint de tokens respondeu HTTP ${status}; ele precisa responder 200 com as credenciais.` +
      (retryAfter ? ` Ele pede para tentar de novo daqui a ${retryDelay(retryAfter, (n) => `${n} s`)}.` : ''),
    'token-not-json': () => 'O endpoint de tokens não retornou JSON.',
    'token-not-object': () => 'A resposta de tokens precisa ser um objeto JSON com applicationId, sessionId e token.',
    'token-field-missing': ({ field }) => `Falta “${field}” na resposta de tokens (uma string não vazia).`,
    'token-field-type': ({ field, type }) => `“${field}” na resposta de tokens precisa ser uma string, não ${types[type] ?? type}.`,
    'token-field-empty': ({ field }) => `“${field}” na resposta de tokens está vazio: precisa ser uma string não vazia.`,
    'unsupported-browser': () =>
      'Este navegador não consegue participar de videochamadas. Use uma versão atual do Chrome, Edge, Firefox ou Safari.',
    'sdk-load-failed': ({ blockedByPolicy }) =>
      blockedByPolicy
        ? 'Não foi possível carregar o SDK de vídeo. Adicione “vonage-video-room” à diretiva trusted-types da Política de Segurança de Conteúdo (CSP) da página.'
        : 'Não foi possível carregar o SDK de vídeo. Verifique a rede e tente de novo.',
    'code-load-failed': () => 'Não foi possível carregar uma parte da sala de vídeo. Verifique a rede e tente de novo.',
    'join-failed': () => 'Ocorreu um erro inesperado ao entrar na chamada. Tente de novo.',
    'auth-failed': (reason) =>
      `O serviço de vídeo recusou o token. O endpoint de tokens precisa retornar um token válido e não expirado para esta sessão.${sdk(reason)}`,
    'invalid-session': (reason) =>
      `O serviço de vídeo não reconhece esta sessão. O endpoint de tokens precisa retornar um ID de sessão criado para este aplicativo.${sdk(reason)}`,
    'connect-failed': (reason) =>
      `Não foi possível conectar ao serviço de vídeo. Verifique sua conexão de rede e tente de novo.${sdk(reason)}`,
    'call-ended': () => 'O serviço de vídeo encerrou a chamada inesperadamente. Selecione Tentar de novo para voltar.',
    'network-lost': () =>
      'A conexão com a chamada caiu. Verifique sua conexão de rede e depois selecione Tentar de novo para voltar.',
    'media-denied': () =>
      'O acesso à câmera e ao microfone foi bloqueado. Você entrou como espectador; permita o acesso nas configurações do site no navegador e participe de novo para ser visto e ouvido.',
    'media-unavailable': () =>
      'Não foi possível iniciar nenhuma câmera ou microfone (nenhum foi encontrado, ou outro aplicativo está usando). Você entrou como espectador.',
    'media-failed': (reason) => `Não foi possível compartilhar sua câmera e seu microfone. Você entrou como espectador.${sdk(reason)}`,
    'publish-failed': () => 'Não foi possível enviar sua câmera e seu microfone para a chamada. Você entrou como espectador.',
    'screen-share-failed': () =>
      'Não foi possível compartilhar sua tela. Tente de novo ou verifique se o navegador tem permissão para gravar a tela.',
    'subscribe-failed': ({ name, screen }) =>
      `Não foi possível receber ${screen ? 'a tela' : 'o vídeo e o áudio'} de ${name}. A pessoa continua na lista da chamada.`,
    'chat-send-failed': () => 'Não foi possível enviar sua mensagem. Verifique sua conexão e depois selecione Reenviar.',
    'moderation-failed': ({ action, name }) =>
      action === 'mute'
        ? `Não foi possível desativar o microfone de ${name}.`
        : action === 'mute-all'
          ? 'Não foi possível desativar o microfone de todos.'
          : `Não foi possível remover ${name} da chamada.`,
    'recording-http': ({ action, status }) =>
      `Não foi possível ${verb(action)} a gravação: o endpoint de gravação respondeu HTTP ${status}.`,
    'recording-timeout': ({ action }) => `Não foi possível ${verb(action)} a gravação (sem resposta a tempo).`,
    'recording-request-failed': ({ action }) => `Não foi possível ${verb(action)} a gravação.`,
    'recording-not-connected': () => 'Entre na chamada para gravá-la.',
  },
};
