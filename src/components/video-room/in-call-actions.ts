import type { MenuController } from '../controls/menu.js';
import type { SettingsController } from '../settings-panel/settings-controller.js';
import type { InCallActions } from './in-call-view.js';
import type { PanelsController } from './panels-controller.js';
import type { VideoRoomElement } from './video-room.js';

/** The controllers the actions drive. */
export interface ActionTargets {
  panels: PanelsController;
  more: MenuController;
  layoutMenu: MenuController;
  settings: SettingsController;
}

/**
 * What the in-call view's buttons and fields do: one object for the element's life, so no
 * callback is re-created per render. Failures are reported through `vr-error` and notices, so
 * the rejections of the element's methods are dropped here.
 */
export function inCallActions(element: VideoRoomElement, targets: () => ActionTargets): InCallActions {
  const quietly = (promise: Promise<unknown>) => promise.then(() => undefined, () => undefined);
  return {
    toggleAudio: () => quietly(element.toggleAudio()),
    toggleVideo: () => quietly(element.toggleVideo()),
    toggleScreenShare: () => quietly(element.engine.snapshot.screenSharing ? element.stopScreenShare() : element.startScreenShare()),
    setLayout: (layout) => quietly(element.setLayout(layout)),
    toggleSettings: () => targets().settings.toggle(element.state === 'connected' || element.state === 'reconnecting'),
    leave: () => quietly(element.leave()),
    setPage: (page) => element.setPage(page),
    togglePin: (participantId, pinned) => void quietly(pinned ? element.unpin() : element.pin(participantId)),
    togglePanel: (panel) => targets().panels.toggle(panel),
    closePanel: () => targets().panels.close(),
    toggleMore: (open, focus) => targets().more.toggle(open, focus),
    toggleLayoutMenu: (open, focus) => targets().layoutMenu.toggle(open, focus),
    toggleReactions: () => targets().panels.toggleReactions(),
    closeReactions: () => targets().panels.closeReactions(),
    react: (emoji) => void quietly(element.sendReaction(emoji)),
    setHand: (raised) => quietly(raised ? element.raiseHand() : element.lowerHand()),
    sendChat: (text) => {
      const panels = targets().panels;
      panels.setDraft('');
      element.requestUpdate();
      // A failed message stays in the list with Resend: the text is not lost.
      void quietly(element.sendChatMessage(text));
    },
    // Outside a call inCall throws: inside then(), that is a rejection like any other failure.
    resendChat: (id) => void quietly(Promise.resolve().then(() => element.engine.inCall('send a chat message').resendChatMessage(id))),
    chatDraftChanged: (text) => targets().panels.setDraft(text),
    peopleFilterChanged: (text) => targets().panels.setFilter(text),
    muteParticipant: (participantId) => void quietly(element.muteParticipant(participantId)),
    muteEveryone: () => void quietly(element.muteEveryone()),
    askRemoval: (participantId) => targets().panels.askRemoval(participantId),
    confirmRemoval: (participantId) => {
      targets().panels.askRemoval(undefined);
      void quietly(element.removeParticipant(participantId));
    },
    cancelRemoval: () => targets().panels.askRemoval(undefined),
    toggleRecording: () => quietly(element.setRecordingEnabled(!element.recording)),
    toggleCaptions: () => quietly(element.setCaptionsEnabled(!element.engine.snapshot.captionsOn)),
  };
}
