import type { VideoRoomStrings } from '../../i18n/strings.js';
import { isInCall } from '../../room/state.js';
import type { ControlSpec } from '../controls/control-bar.js';
import { fullscreenExitIcon, fullscreenIcon, pipIcon } from './view-mode-icons.js';
import { FullscreenController } from './fullscreen.js';
import { PictureInPictureController } from './picture-in-picture.js';
import type { VideoRoomElement } from './video-room.js';

/**
 * The ways of watching a call besides the page: fullscreen and picture-in-picture. Ships with the
 * in-call view, which hands it to the element for its public methods.
 */
export class ViewModes {
  readonly fullscreen: FullscreenController;
  readonly pip: PictureInPictureController;

  constructor(host: VideoRoomElement) {
    this.fullscreen = new FullscreenController(host, () => isInCall(host.engine.snapshot.status));
    this.pip = new PictureInPictureController(host);
  }

  /** Their controls, each only where the browser supports it; toggles, so one name each and `pressed`. */
  controls(text: VideoRoomStrings): ControlSpec[] {
    const { pip, fullscreen } = this;
    const controls: ControlSpec[] = [];
    if (pip.supported) {
      controls.push({ name: 'pip', label: text.pictureInPicture, icon: pipIcon, pressed: pip.active, tone: pip.active ? 'active' : undefined, action: pip.toggle, priority: 6 });
    }
    if (fullscreen.supported) {
      const on = fullscreen.active;
      controls.push({ name: 'fullscreen', label: text.fullScreen, icon: on ? fullscreenExitIcon : fullscreenIcon, pressed: on, tone: on ? 'active' : undefined, action: fullscreen.toggle, priority: 6 });
    }
    return controls;
  }
}
