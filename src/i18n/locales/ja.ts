import { clockTime, retryDelay } from '../format.js';
import type { LocaleStrings } from '../locale.js';

// Japanese has no plural forms: counts are "N 件" and "N 人" whatever N is.
const sdk = ({ sdkCode }: { sdkCode?: number }) => (sdkCode ? `（SDK エラー ${sdkCode}）` : '');
const verb = (action: 'start' | 'stop') => (action === 'start' ? '開始' : '停止');
const types: Record<string, string> = { array: '配列', number: '数値', boolean: '真偽値', object: 'オブジェクト' };

/** 日本語. */
export const strings: LocaleStrings = {
  joinTitle: '参加する準備はできましたか？',
  nameLabel: '名前',
  namePlaceholder: '名前を入力',
  join: '参加',
  joining: '参加しています…',
  reconnecting: '接続が切れました。再接続しています…',
  waitingForOthers: '他の参加者を待っています…',
  leftTitle: '通話から退出しました。',
  rejoin: '再参加',
  retry: '再試行',
  errorTitle: '通話に参加できませんでした',
  dismiss: '閉じる',
  leave: '通話から退出',
  controlsLabel: '通話の操作',
  stageLabel: '参加者',
  you: 'あなた',
  microphoneMuted: 'マイクはミュート中',
  guest: 'ゲスト',
  pin: (name) => `${name}を固定表示`,
  previousPage: '前のページ',
  nextPage: '次のページ',
  pageStatus: (page, count) => `${page} / ${count} ページ`,
  gridLayout: 'グリッド表示',
  speakerLayout: 'スピーカー表示',
  startScreenShare: '画面を共有',
  enableAudio: 'クリックして音声を有効にする',
  screenOf: (name) => `${name}の画面`,
  yourScreen: 'あなたの画面',
  settings: '設定',
  close: '閉じる',
  backgroundEffect: '背景',
  effectNone: 'エフェクトなし',
  effectBlurLow: '軽いぼかし',
  effectBlurHigh: '強いぼかし',
  effectImage: '背景を置き換える',
  noiseSuppression: '背景ノイズを軽減',
  noDevice: '見つかりません',
  deviceFallback: (label) => `使用中のデバイスが切断されました。現在は ${label} を使用しています。`,
  previewLabel: 'カメラのプレビュー',
  previewCameraOff: 'カメラはオフです',
  previewStarting: 'カメラを起動しています…',
  cameraLabel: 'カメラ',
  microphoneLabel: 'マイク',
  speakerLabel: 'スピーカー',
  microphoneLevel: 'マイクの音量',
  unnamedCamera: (position) => `カメラ ${position}`,
  unnamedMicrophone: (position) => `マイク ${position}`,
  unnamedSpeaker: (position) => `スピーカー ${position}`,
  permissionDeniedTitle: 'カメラとマイクがブロックされています',
  permissionHelpChromium:
    'アドレスバーの右側にあるカメラのアイコンを選択し、アクセスを常に許可するように設定してから、「もう一度試す」を選択してください。',
  permissionHelpFirefox:
    'アドレスバーの左側にある権限のアイコンを選択し、カメラとマイクのブロックを解除してから、「もう一度試す」を選択してください。',
  permissionHelpSafari:
    '「Safari」›「このWebサイトの設定…」を選択し、「カメラ」と「マイク」を「許可」に設定してから、「もう一度試す」を選択してください。',
  permissionHelpIos:
    'アドレスバーのページ設定ボタンをタップして「Webサイトの設定」を選択し、「カメラ」と「マイク」を「許可」に設定してから、「もう一度試す」を選択してください。',
  permissionHelpOther: 'ブラウザのサイト設定で、このサイトにカメラとマイクの使用を許可してから、「もう一度試す」を選択してください。',
  tryAgain: 'もう一度試す',
  joinWithoutMedia: 'カメラとマイクなしで参加',
  noDevices: 'カメラもマイクも見つかりませんでした。視聴のみで参加することはできます。',
  devicesUnavailable:
    'カメラまたはマイクを起動できませんでした。別のアプリが使用している可能性があります。そのアプリを閉じてから、「もう一度試す」を選択してください。',
  removedByModerator: 'モデレーターによって通話から退出させられました。',

  chat: 'チャット',
  chatTitle: 'チャット',
  chatInputLabel: 'メッセージ',
  chatPlaceholder: '全員にメッセージを送信',
  chatEmpty: 'メッセージはまだありません。あいさつしてみましょう！',
  send: '送信',
  resend: '再送信',
  chatSending: '送信中…',
  chatFailed: '送信できませんでした',
  unreadMessages: (count) => `未読 ${count} 件`,
  chatTime: clockTime('ja'),
  participants: (count) => `参加者（${count}）`,
  participantsTitle: '参加者',
  filterPeople: '参加者を検索',
  noPeopleMatch: (filter) => `「${filter}」に一致する参加者はいません`,
  moderator: 'モデレーター',
  microphoneOn: 'マイクはオン',
  cameraOn: 'カメラはオン',
  cameraOff: 'カメラはオフ',
  handRaised: '挙手中',
  raiseHand: '挙手',
  handRaisedAnnouncement: (name) => `${name}が手を挙げました`,
  participantJoined: (name) => `${name}が参加しました`,
  participantLeft: (name) => `${name}が退出しました`,
  peopleJoined: (count) => `${count} 人が参加しました`,
  peopleLeft: (count) => `${count} 人が退出しました`,
  reactions: 'リアクションを送信',
  reactionThumbsUp: 'いいね',
  reactionClap: '拍手',
  reactionHeart: 'ハート',
  reactionLaugh: '笑い',
  reactionParty: 'お祝い',
  reactionSurprised: '驚き',
  reactionFrom: (name, emoji) => `${name}が ${emoji} でリアクションしました`,
  more: 'その他',
  networkGood: '接続状態：良好',
  networkFair: '接続状態：普通',
  networkPoor: '接続状態：不安定',
  videoPausedWeakConnection: 'ビデオを一時停止中：接続が不安定です',
  connectionUnstable: 'ネットワーク接続が不安定です',
  mute: 'ミュート',
  remove: '退出させる',
  cancel: 'キャンセル',
  muteParticipant: (name) => `${name}をミュート`,
  removeParticipant: (name) => `${name}を通話から退出させる`,
  removeParticipantConfirm: (name) => `${name}を退出させますか？`,
  muteEveryone: '全員をミュート',
  mutedByModerator: 'モデレーターがあなたのマイクをミュートしました。話すときはミュートを解除できます。',
  recording: '録画中',
  record: '録画',
  captionsLabel: '字幕',
  controlKey: 'Ctrl',
  altKey: 'Alt',

  errors: {
    'token-provider-timeout': ({ seconds }) => `トークンプロバイダーが ${seconds} 秒以内に応答しませんでした。`,
    'token-provider-failed': ({ detail }) => `トークンプロバイダーでエラーが発生しました：${detail}`,
    'token-endpoint-missing': () =>
      'トークンエンドポイントがありません。<video-room> に token-endpoint 属性（または tokenProvider プロパティ）を設定してください。',
    'token-endpoint-invalid': ({ endpoint }) => `トークンエンドポイント「${endpoint}」は有効な URL ではありません。`,
    'token-endpoint-scheme': ({ protocol }) => `トークンエンドポイントには ${protocol} ではなく、http: または https: の URL を指定してください。`,
    'token-endpoint-unreachable': ({ url }) =>
      `トークンエンドポイント ${url} に接続できませんでした（ネットワークエラー、または CORS ポリシーによるブロック）。`,
    'token-endpoint-timeout': ({ url, seconds }) => `トークンエンドポイント ${url} が ${seconds} 秒以内に応答しませんでした。`,
    'token-http': ({ status, retryAfter }) =>
      `トークンエンドポイントが HTTP ${status} を返しました。認証情報とともに 200 を返す必要があります。` +
      (retryAfter ? `${retryDelay(retryAfter, (n) => `${n} 秒`)}後に再試行するよう求めています。` : ''),
    'token-not-json': () => 'トークンエンドポイントが JSON を返しませんでした。',
    'token-not-object': () => 'トークンのレスポンスは、applicationId、sessionId、token を含む JSON オブジェクトである必要があります。',
    'token-field-missing': ({ field }) => `トークンのレスポンスに「${field}」（空でない文字列）がありません。`,
    'token-field-type': ({ field, type }) => `トークンのレスポンスの「${field}」は、${types[type] ?? type}ではなく文字列である必要があります。`,
    'token-field-empty': ({ field }) => `トークンのレスポンスの「${field}」が空です。空でない文字列である必要があります。`,
    'unsupported-browser': () =>
      'このブラウザではビデオ通話に参加できません。最新バージョンの Chrome、Edge、Firefox、Safari のいずれかをご利用ください。',
    'sdk-load-failed': ({ blockedByPolicy }) =>
      blockedByPolicy
        ? 'ビデオ SDK を読み込めませんでした。ページのコンテンツ セキュリティ ポリシーの trusted-types ディレクティブに「vonage-video-room」を追加してください。'
        : 'ビデオ SDK を読み込めませんでした。ネットワークを確認して、もう一度お試しください。',
    'code-load-failed': () => 'ビデオルームの一部を読み込めませんでした。ネットワークを確認して、もう一度お試しください。',
    'join-failed': () => '通話への参加中に予期しないエラーが発生しました。もう一度お試しください。',
    'auth-failed': (reason) =>
      `ビデオサービスがトークンを拒否しました。トークンエンドポイントは、このセッション用の有効期限内の有効なトークンを返す必要があります。${sdk(reason)}`,
    'invalid-session': (reason) =>
      `ビデオサービスはこのセッションを認識していません。トークンエンドポイントは、このアプリケーション用に作成されたセッション ID を返す必要があります。${sdk(reason)}`,
    'connect-failed': (reason) => `ビデオサービスに接続できませんでした。ネットワーク接続を確認して、もう一度お試しください。${sdk(reason)}`,
    'call-ended': () => 'ビデオサービスが予期せず通話を終了しました。「再試行」を選択すると、もう一度参加できます。',
    'network-lost': () => '通話との接続が切れました。ネットワーク接続を確認してから「再試行」を選択すると、もう一度参加できます。',
    'media-denied': () =>
      'カメラとマイクへのアクセスがブロックされました。視聴のみで参加しています。映像と音声を届けるには、ブラウザのサイト設定でアクセスを許可してから再参加してください。',
    'media-unavailable': () =>
      'カメラもマイクも起動できませんでした（見つからないか、別のアプリが使用しています）。視聴のみで参加しています。',
    'media-failed': (reason) => `カメラとマイクを共有できませんでした。視聴のみで参加しています。${sdk(reason)}`,
    'publish-failed': () => 'カメラとマイクを通話に送信できませんでした。視聴のみで参加しています。',
    'screen-share-failed': () =>
      '画面を共有できませんでした。もう一度お試しいただくか、ブラウザに画面の収録が許可されているかご確認ください。',
    'subscribe-failed': ({ name, screen }) =>
      `${name}の${screen ? '画面' : '映像と音声'}を受信できませんでした。参加者一覧には引き続き表示されます。`,
    'chat-send-failed': () => 'メッセージを送信できませんでした。接続を確認してから「再送信」を選択してください。',
    'moderation-failed': ({ action, name }) =>
      action === 'mute'
        ? `${name}をミュートできませんでした。`
        : action === 'mute-all'
          ? '全員をミュートできませんでした。'
          : `${name}を通話から退出させることができませんでした。`,
    'recording-http': ({ action, status }) => `録画を${verb(action)}できませんでした。録画エンドポイントが HTTP ${status} を返しました。`,
    'recording-timeout': ({ action }) => `録画を${verb(action)}できませんでした（時間内に応答がありませんでした）。`,
    'recording-request-failed': ({ action }) => `録画を${verb(action)}できませんでした。`,
    'recording-not-connected': () => '録画するには通話に参加してください。',
  },
};
