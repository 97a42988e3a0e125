import { VideoRoomElement } from './components/video-room/video-room.js';

// A second copy of the script on the page finds the element defined and does nothing. The tile
// and settings elements are defined by the chunks that use them, loaded on join.
if (!customElements.get('video-room')) customElements.define('video-room', VideoRoomElement);

export { VideoRoomElement };
export type { VideoTileElement } from './components/video-tile/video-tile.js';

declare global {
  interface HTMLElementTagNameMap {
    'video-room': VideoRoomElement;
  }
}
