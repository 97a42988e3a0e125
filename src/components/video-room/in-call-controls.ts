import { effectiveMedia } from '../../room/state.js';
import type { ControlSpec } from '../controls/control-bar.js';
import { layoutControl } from '../controls/layout-control.js';
import { cameraIcon, cameraOffIcon, micIcon, micOffIcon } from '../icons.js';
import { chatIcon, handIcon, leaveIcon, peopleIcon, reactionIcon, recordIcon, captionsIcon, screenShareIcon, settingsIcon } from '../call-icons.js';
import type { InCallActions, InCallModel } from './in-call-view.js';

/**
 * The controls of the bar, in their order; the least needed go to the More menu first on narrow
 * elements. A toggle keeps one name and says its state with `pressed` (true: on), never both
 * through a changing name; controls that open a panel or popup say so with `expanded`.
 */
export function controlSpecs(model: InCallModel, actions: InCallActions): ControlSpec[] {
  const { text, snapshot } = model;
  const media = effectiveMedia(snapshot);
  const sharing = snapshot.screenSharing;
  const handRaised = snapshot.participants.find((participant) => participant.isLocal)?.handRaised ?? false;
  const people = snapshot.participants.length;
  const unread = model.unread > 0 ? `, ${text.unreadMessages(model.unread)}` : '';
  const specs: Array<ControlSpec | false> = [
    deviceToggle('mic', text.microphoneLabel, media.audio, media.audio ? micIcon : micOffIcon, actions.toggleAudio, model.shortcuts?.microphone),
    deviceToggle('camera', text.cameraLabel, media.video, media.video ? cameraIcon : cameraOffIcon, actions.toggleVideo, model.shortcuts?.camera),
    model.screenShareSupported && {
      name: 'screen',
      label: text.startScreenShare,
      icon: screenShareIcon,
      pressed: sharing,
      tone: sharing ? 'active' : undefined,
      action: actions.toggleScreenShare,
      priority: 5,
    },
    {
      name: 'reactions',
      label: text.reactions,
      icon: reactionIcon,
      expanded: model.reactionsOpen,
      tone: model.reactionsOpen ? 'active' : undefined,
      action: actions.toggleReactions,
      priority: 4,
    },
    {
      name: 'hand',
      label: text.raiseHand,
      icon: handIcon,
      pressed: handRaised,
      tone: handRaised ? 'active' : undefined,
      action: () => actions.setHand(!handRaised),
      priority: 3,
    },
    !model.noChat && {
      name: 'chat',
      label: `${text.chat}${unread}`,
      icon: chatIcon,
      expanded: model.panel === 'chat',
      tone: model.panel === 'chat' ? 'active' : undefined,
      badge: model.unread,
      action: () => actions.togglePanel('chat'),
      shortcut: model.shortcuts?.chat,
      priority: 1,
    },
    {
      name: 'participants',
      label: text.participants(people),
      icon: peopleIcon,
      count: people,
      expanded: model.panel === 'participants',
      tone: model.panel === 'participants' ? 'active' : undefined,
      action: () => actions.togglePanel('participants'),
      priority: 2,
    },
    model.canCaption && {
      name: 'captions',
      label: text.captionsLabel,
      icon: captionsIcon,
      pressed: snapshot.captionsOn,
      tone: snapshot.captionsOn ? 'active' : undefined,
      action: actions.toggleCaptions,
      priority: 6,
    },
    model.canRecord && {
      name: 'record',
      label: text.record,
      icon: recordIcon,
      pressed: snapshot.recording,
      tone: snapshot.recording ? 'active' : undefined,
      action: actions.toggleRecording,
      priority: 6,
    },
    layoutControl({ layout: model.layout, open: model.layoutMenuOpen, text }, actions),
    ...model.viewModeControls,
    {
      name: 'settings',
      label: text.settings,
      icon: settingsIcon,
      expanded: model.settingsOpen,
      tone: model.settingsOpen ? 'active' : undefined,
      action: actions.toggleSettings,
      priority: 7,
    },
    { name: 'leave', label: text.leave, icon: leaveIcon, tone: 'danger', action: actions.leave, priority: 0, pinned: true },
  ];
  return specs.filter((spec): spec is ControlSpec => Boolean(spec));
}

/** The microphone or camera: always in the bar, red and crossed while off. */
function deviceToggle(name: string, label: string, on: boolean, icon: ControlSpec['icon'], action: ControlSpec['action'], shortcut: ControlSpec['shortcut']): ControlSpec {
  return { name, label, icon, pressed: on, tone: on ? undefined : 'off', action, shortcut, priority: 0, pinned: true };
}
