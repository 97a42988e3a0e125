import { VideoRoomElement } from './components/video-room/video-room.js';
import { VideoTileElement } from './components/video-tile/video-tile.js';

/** Registers the elements; a second copy of the script on the page finds them defined and does nothing. */
function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

define('vr-video-tile', VideoTileElement);
define('video-room', VideoRoomElement);

export { VideoRoomElement, VideoTileElement };

declare global {
  interface HTMLElementTagNameMap {
    'video-room': VideoRoomElement;
    'vr-video-tile': VideoTileElement;
  }
}
