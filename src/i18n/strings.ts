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
  speakerLayout: string;
}

export const englishStrings: VideoRoomStrings = {
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
};
