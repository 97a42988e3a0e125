/** Every text the element shows; hosts override any of them through the `strings` property. */
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
  dismiss: string;
  muteMicrophone: string;
  unmuteMicrophone: string;
  turnCameraOff: string;
  turnCameraOn: string;
  leave: string;
  controlsLabel: string;
  stageLabel: string;
  you: string;
  microphoneMuted: string;
  guest: string;
  pin: string;
  unpin: string;
  previousPage: string;
  nextPage: string;
  /** `{page}` and `{count}` are replaced. */
  pageStatus: string;
  gridLayout: string;
  startScreenShare: string;
  stopScreenShare: string;
  enableAudio: string;
  /** `{name}` is replaced. */
  screenOf: string;
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
  /** `{label}` is replaced by the device now in use. */
  deviceFallback: string;
  speakerLayout: string;
  /** The pre-join screen. */
  previewLabel: string;
  previewCameraOff: string;
  previewStarting: string;
  cameraLabel: string;
  microphoneLabel: string;
  speakerLabel: string;
  microphoneLevel: string;
  /** A device whose name the browser hides; `{n}` is replaced by its position. */
  unnamedCamera: string;
  unnamedMicrophone: string;
  unnamedSpeaker: string;
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
  /** `{count}` is replaced. */
  unreadMessages: string;
  /** The people panel; `{count}` is replaced. */
  participants: string;
  participantsTitle: string;
  filterPeople: string;
  /** `{filter}` is replaced. */
  noPeopleMatch: string;
  moderator: string;
  microphoneOn: string;
  cameraOn: string;
  cameraOff: string;
  /** Raised hands; `{name}` is replaced in the announcement. */
  handRaised: string;
  raiseHand: string;
  lowerHand: string;
  handRaisedAnnouncement: string;
  /** Reactions. */
  reactions: string;
  reactionThumbsUp: string;
  reactionClap: string;
  reactionHeart: string;
  reactionLaugh: string;
  reactionParty: string;
  reactionSurprised: string;
  /** `{name}` and `{emoji}` are replaced. */
  reactionFrom: string;
  /** The menu holding the controls that do not fit in the bar. */
  more: string;
  /** Network quality of a remote stream (the indicator's accessible name). */
  networkGood: string;
  networkFair: string;
  networkPoor: string;
  videoPausedWeakConnection: string;
  /** The user's own connection has been poor for a while. */
  connectionUnstable: string;
  /** Moderation; `{name}` is replaced. */
  mute: string;
  remove: string;
  cancel: string;
  muteParticipant: string;
  removeParticipant: string;
  removeParticipantConfirm: string;
  muteEveryone: string;
  /** Told to the user a moderator muted. */
  mutedByModerator: string;
  /** The left screen after a moderator removed the user. */
  removedByModerator: string;
  /** Recording and captions. */
  recording: string;
  startRecording: string;
  stopRecording: string;
  showCaptions: string;
  hideCaptions: string;
  captionsLabel: string;
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
  | 'lowerHand'
  | 'handRaisedAnnouncement'
  | 'reactions'
  | 'reactionThumbsUp'
  | 'reactionClap'
  | 'reactionHeart'
  | 'reactionLaugh'
  | 'reactionParty'
  | 'reactionSurprised'
  | 'reactionFrom'
  | 'more'
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
  | 'startRecording'
  | 'stopRecording'
  | 'showCaptions'
  | 'hideCaptions'
  | 'captionsLabel';

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
  dismiss: 'Dismiss',
  muteMicrophone: 'Mute microphone',
  unmuteMicrophone: 'Unmute microphone',
  turnCameraOff: 'Turn camera off',
  turnCameraOn: 'Turn camera on',
  leave: 'Leave call',
  controlsLabel: 'Call controls',
  stageLabel: 'Participants',
  you: 'You',
  microphoneMuted: 'Microphone muted',
  guest: 'Guest',
  pin: 'Pin',
  unpin: 'Unpin',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageStatus: 'Page {page} of {count}',
  gridLayout: 'Grid layout',
  speakerLayout: 'Speaker layout',
  startScreenShare: 'Share screen',
  stopScreenShare: 'Stop sharing',
  enableAudio: 'Click to enable audio',
  screenOf: '{name}’s screen',
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
  deviceFallback: 'A device you were using was disconnected. Now using {label}.',
  previewLabel: 'Your camera preview',
  previewCameraOff: 'Your camera is off',
  previewStarting: 'Starting your camera…',
  cameraLabel: 'Camera',
  microphoneLabel: 'Microphone',
  speakerLabel: 'Speaker',
  microphoneLevel: 'Microphone level',
  unnamedCamera: 'Camera {n}',
  unnamedMicrophone: 'Microphone {n}',
  unnamedSpeaker: 'Speaker {n}',
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
};
