import type { TalkStringKey, VideoRoomStrings } from './strings.js';
import { englishShellStrings } from './strings.js';

// A module of its own: the join screen never loads these texts (they ship with the in-call view).
/** The texts of chat, people, hands, reactions and the More menu: loaded with the call. */
export const englishTalkStrings: Pick<VideoRoomStrings, TalkStringKey> = {
  chat: 'Chat',
  chatTitle: 'Chat',
  chatInputLabel: 'Message',
  chatPlaceholder: 'Send a message to everyone',
  chatEmpty: 'No messages yet. Say hello!',
  send: 'Send',
  resend: 'Resend',
  chatSending: 'Sending…',
  chatFailed: 'Not sent',
  unreadMessages: '{count} unread',
  participants: 'People ({count})',
  participantsTitle: 'People',
  filterPeople: 'Find someone',
  noPeopleMatch: 'Nobody matches “{filter}”',
  moderator: 'Moderator',
  microphoneOn: 'Microphone on',
  cameraOn: 'Camera on',
  cameraOff: 'Camera off',
  handRaised: 'Hand raised',
  raiseHand: 'Raise hand',
  lowerHand: 'Lower hand',
  handRaisedAnnouncement: '{name} raised their hand',
  reactions: 'Send a reaction',
  reactionThumbsUp: 'Thumbs up',
  reactionClap: 'Clapping',
  reactionHeart: 'Heart',
  reactionLaugh: 'Laughing',
  reactionParty: 'Celebration',
  reactionSurprised: 'Surprised',
  reactionFrom: '{name} reacted {emoji}',
  more: 'More',
  networkGood: 'Connection: good',
  networkFair: 'Connection: fair',
  networkPoor: 'Connection: poor',
  videoPausedWeakConnection: 'Video paused: weak connection',
  connectionUnstable: 'Your connection is unstable',
};

/** Every English text. */
export const englishStrings: VideoRoomStrings = { ...englishShellStrings, ...englishTalkStrings };
