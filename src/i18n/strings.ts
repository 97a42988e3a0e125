import type { ErrorStrings } from './error-strings.js';

/**
 * Every text the element shows; hosts override any of them through the `strings` property.
 * Texts with a number or a name in them are functions, so each language words (and pluralises)
 * them its own way.
 */
export interface VideoRoomStrings {
  joinTitle: string;
  nameLabel: string;
  namePlaceholder: string;
  join: string;
  joining: string;
  reconnecting: string;
  waitingForOthers: string;
  leftTitle: string;
  rejoin: string;
  retry: string;
  errorTitle: string;
  /** Leaves the left or error screen for the join screen, where the name and devices can change. */
  backToJoin: string;
  /** Error screen and notice headings that say what happened (`errorTitle`: joining failed); the notices' come with the call. */
  connectionLostTitle: string;
  callEndedTitle: string;
  unsupportedBrowserTitle: string;
  noMediaTitle: string;
  publishFailedTitle: string;
  screenShareFailedTitle: string;
  dismiss: string;
  leave: string;
  controlsLabel: string;
  stageLabel: string;
  you: string;
  microphoneMuted: string;
  guest: string;
  /** The pin button of a tile: "Pin Ada". */
  pin: (name: string) => string;
  previousPage: string;
  nextPage: string;
  /** `page` counts from 1. */
  pageStatus: (page: number, count: number) => string;
  gridLayout: string;
  startScreenShare: string;
  enableAudio: string;
  screenOf: (name: string) => string;
  yourScreen: string;
  settings: string;
  close: string;
  backgroundEffect: string;
  effectNone: string;
  effectBlurLow: string;
  effectBlurHigh: string;
  effectImage: string;
  noiseSuppression: string;
  noDevice: string;
  /** `label`: the device now in use. */
  deviceFallback: (label: string) => string;
  speakerLayout: string;
  /** The pre-join screen. */
  previewLabel: string;
  previewCameraOff: string;
  previewStarting: string;
  cameraLabel: string;
  microphoneLabel: string;
  speakerLabel: string;
  microphoneLevel: string;
  /** A device whose name the browser hides, by its position in the list. */
  unnamedCamera: (position: number) => string;
  unnamedMicrophone: (position: number) => string;
  unnamedSpeaker: (position: number) => string;
  permissionDeniedTitle: string;
  /** How to re-allow access in Chrome and Edge. */
  permissionHelpChromium: string;
  permissionHelpFirefox: string;
  /** Safari on macOS. */
  permissionHelpSafari: string;
  /** Any browser on iPhone and iPad. */
  permissionHelpIos: string;
  permissionHelpOther: string;
  tryAgain: string;
  joinWithoutMedia: string;
  noDevices: string;
  devicesUnavailable: string;
  /** The chat panel. */
  chat: string;
  chatTitle: string;
  chatInputLabel: string;
  chatPlaceholder: string;
  chatEmpty: string;
  send: string;
  resend: string;
  chatSending: string;
  chatFailed: string;
  unreadMessages: (count: number) => string;
  /** A chat message's time of day. */
  chatTime: (sentAt: Date) => string;
  /** The people panel and its control, with how many are in the call. */
  participants: (count: number) => string;
  participantsTitle: string;
  filterPeople: string;
  /** What the user typed in the filter. */
  noPeopleMatch: (filter: string) => string;
  moderator: string;
  microphoneOn: string;
  cameraOn: string;
  cameraOff: string;
  /** Raised hands, and the announcement of someone else's. */
  handRaised: string;
  raiseHand: string;
  handRaisedAnnouncement: (name: string) => string;
  /** Polite announcements of who came and went: one by name, several at once by number. */
  participantJoined: (name: string) => string;
  participantLeft: (name: string) => string;
  peopleJoined: (count: number) => string;
  peopleLeft: (count: number) => string;
  /** Reactions. */
  reactions: string;
  reactionThumbsUp: string;
  reactionClap: string;
  reactionHeart: string;
  reactionLaugh: string;
  reactionParty: string;
  reactionSurprised: string;
  reactionFrom: (name: string, emoji: string) => string;
  /** The menu holding the controls that do not fit in the bar. */
  more: string;
  /** The layout control, a menu of the automatic, grid and speaker layouts. */
  layout: string;
  autoLayout: string;
  /** Network quality of a remote stream (the indicator's accessible name). */
  networkGood: string;
  networkFair: string;
  networkPoor: string;
  videoPausedWeakConnection: string;
  /** The user's own connection has been poor for a while. */
  connectionUnstable: string;
  /** Moderation. */
  mute: string;
  remove: string;
  cancel: string;
  muteParticipant: (name: string) => string;
  removeParticipant: (name: string) => string;
  removeParticipantConfirm: (name: string) => string;
  muteEveryone: string;
  /** Told to the user a moderator muted. */
  mutedByModerator: string;
  /** The left screen after a moderator removed the user. */
  removedByModerator: string;
  /** Recording and captions. */
  recording: string;
  /** The moderator's recording toggle. */
  record: string;
  captionsLabel: string;
  /** The fullscreen toggle, and picture-in-picture (the active speaker in a small window over other apps). */
  fullScreen: string;
  pictureInPicture: string;
  /** Key names in the shortcut hints of the controls' tooltips (German keyboards say "Strg"). */
  controlKey: string;
  altKey: string;
  /**
   * The error screen's and notices' words for each error `reason`; an error without one here
   * shows its own (English) `message`, which is what English does.
   */
  errors: Partial<ErrorStrings>;
}


/** The keys only the in-call view uses (its English defaults load with it). */
export type TalkStringKey =
  | 'chat'
  | 'chatTitle'
  | 'chatInputLabel'
  | 'chatPlaceholder'
  | 'chatEmpty'
  | 'send'
  | 'resend'
  | 'chatSending'
  | 'chatFailed'
  | 'unreadMessages'
  | 'chatTime'
  | 'participants'
  | 'participantsTitle'
  | 'filterPeople'
  | 'noPeopleMatch'
  | 'moderator'
  | 'microphoneOn'
  | 'cameraOn'
  | 'cameraOff'
  | 'handRaised'
  | 'raiseHand'
  | 'handRaisedAnnouncement'
  | 'participantJoined'
  | 'participantLeft'
  | 'peopleJoined'
  | 'peopleLeft'
  | 'reactions'
  | 'reactionThumbsUp'
  | 'reactionClap'
  | 'reactionHeart'
  | 'reactionLaugh'
  | 'reactionParty'
  | 'reactionSurprised'
  | 'reactionFrom'
  | 'more'
  | 'layout'
  | 'autoLayout'
  | 'gridLayout'
  | 'speakerLayout'
  | 'noMediaTitle'
  | 'publishFailedTitle'
  | 'screenShareFailedTitle'
  | 'networkGood'
  | 'networkFair'
  | 'networkPoor'
  | 'videoPausedWeakConnection'
  | 'connectionUnstable'
  | 'mute'
  | 'remove'
  | 'cancel'
  | 'muteParticipant'
  | 'removeParticipant'
  | 'removeParticipantConfirm'
  | 'muteEveryone'
  | 'mutedByModerator'
  | 'recording'
  | 'record'
  | 'captionsLabel'
  | 'fullScreen'
  | 'pictureInPicture'
  | 'controlKey'
  | 'altKey';

/** The join screen's and the shell's texts: loaded before joining. */
export const englishShellStrings: Omit<VideoRoomStrings, TalkStringKey> = {
  joinTitle: 'Ready to join?',
  nameLabel: 'Your name',
  namePlaceholder: 'Enter your name',
  join: 'Join',
  joining: 'Joining…',
  reconnecting: 'Connection lost. Reconnecting…',
  waitingForOthers: 'Waiting for others to join…',
  leftTitle: 'You left the call.',
  rejoin: 'Rejoin',
  retry: 'Retry',
  errorTitle: 'Could not join the call',
  backToJoin: 'Back to the join screen',
  connectionLostTitle: 'Connection lost',
  callEndedTitle: 'The call ended unexpectedly',
  unsupportedBrowserTitle: 'Browser not supported',
  dismiss: 'Dismiss',
  leave: 'Leave call',
  controlsLabel: 'Call controls',
  stageLabel: 'Participants',
  you: 'You',
  microphoneMuted: 'Microphone muted',
  guest: 'Guest',
  pin: (name) => `Pin ${name}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageStatus: (page, count) => `Page ${page} of ${count}`,
  startScreenShare: 'Share screen',
  enableAudio: 'Click to enable audio',
  screenOf: (name) => `${name}’s screen`,
  yourScreen: 'Your screen',
  settings: 'Settings',
  close: 'Close',
  backgroundEffect: 'Background',
  effectNone: 'No effect',
  effectBlurLow: 'Slight blur',
  effectBlurHigh: 'Strong blur',
  effectImage: 'Replace background',
  noiseSuppression: 'Reduce background noise',
  noDevice: 'None found',
  deviceFallback: (label) => `A device you were using was disconnected. Now using ${label}.`,
  previewLabel: 'Your camera preview',
  previewCameraOff: 'Your camera is off',
  previewStarting: 'Starting your camera…',
  cameraLabel: 'Camera',
  microphoneLabel: 'Microphone',
  speakerLabel: 'Speaker',
  microphoneLevel: 'Microphone level',
  unnamedCamera: (position) => `Camera ${position}`,
  unnamedMicrophone: (position) => `Microphone ${position}`,
  unnamedSpeaker: (position) => `Speaker ${position}`,
  permissionDeniedTitle: 'Your camera and microphone are blocked',
  permissionHelpChromium:
    'Select the camera icon at the right of the address bar, choose to always allow access, then select Try again.',
  permissionHelpFirefox:
    'Select the permissions icon at the left of the address bar, remove the blocks on the camera and microphone, then select Try again.',
  permissionHelpSafari: 'Choose Safari › Settings for This Website…, set Camera and Microphone to Allow, then select Try again.',
  permissionHelpIos:
    'Tap the page settings button in the address bar, choose Website Settings, set Camera and Microphone to Allow, then select Try again.',
  permissionHelpOther: 'Allow the camera and microphone for this site in your browser’s site settings, then select Try again.',
  tryAgain: 'Try again',
  joinWithoutMedia: 'Join without camera and microphone',
  noDevices: 'No camera or microphone was found. You can still join to watch and listen.',
  devicesUnavailable: 'Your camera or microphone could not be started. Another app may be using it: close it, then select Try again.',
  removedByModerator: 'A moderator removed you from the call.',
  errors: {},
};
