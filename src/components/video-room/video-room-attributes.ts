import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { LayoutMode } from '../../layout/stage-plan.js';
import type { TokenCredentialsMode, TokenMethod, TokenProvider } from '../../room/credentials.js';
import type { RecordingHandler } from '../../room/recording.js';
import type { OTNamespace } from '../../room/room.js';
import type { RoomStatus } from '../../room/state.js';

/** The attributes and settable properties of `<video-room>` (documented on the element). */
export class VideoRoomAttributes extends LitElement {
  /** The host's token endpoint (http or https), resolved against the page; it must answer with `{ applicationId, sessionId, token }`. */
  @property({ attribute: 'token-endpoint' }) tokenEndpoint: string | undefined;
  /** `GET` (default; the room goes in the query) or `POST` (JSON `{ room, name }`). */
  @property({ attribute: 'token-method' }) tokenMethod: TokenMethod = 'GET';
  /** The fetch `credentials` mode of the token request: `same-origin` (default), `include` or `omit`. */
  @property({ attribute: 'token-credentials' }) tokenCredentials: TokenCredentialsMode = 'same-origin';
  /** How long the token request (or `tokenProvider`) may take, in milliseconds; an invalid number means 10000. */
  @property({ attribute: 'token-timeout', type: Number }) tokenTimeout = 10_000;
  /** The room name sent to the token endpoint. */
  @property() room: string | undefined;
  /** The user's name, prefilled on the join screen and shown to others; when empty, the remembered name or "Guest". */
  @property({ attribute: 'display-name' }) displayName = '';
  /** Join as soon as the element is on the page, without the join screen. */
  @property({ type: Boolean }) autojoin = false;
  /** Join with the microphone off (it turns a remembered choice off, never on). */
  @property({ attribute: 'start-audio-muted', type: Boolean }) startAudioMuted = false;
  /** Join with the camera off (it turns a remembered choice off, never on). */
  @property({ attribute: 'start-video-muted', type: Boolean }) startVideoMuted = false;
  /** `auto` (grid, or presentation while a screen is shared), `grid` or `speaker`. */
  @property() layout: LayoutMode = 'auto';
  /** At most this many tiles per page (default 16); a page holds fewer when more would be smaller than 160 × 90 px. */
  @property({ attribute: 'max-tiles', type: Number }) maxTiles: number | undefined;
  /**
   * Do not remember the user's choices (devices, microphone/camera on or off, name, background
   * effect) in localStorage, and do not read remembered ones.
   */
  @property({ attribute: 'no-remember', type: Boolean }) noRemember = false;
  /** Hide the control bar (for hosts that drive the element through its methods). */
  @property({ attribute: 'hide-controls', type: Boolean }) hideControls = false;
  /** After a network loss, keep rejoining (fresh token, same devices and chat) for this many seconds; 0: never; an invalid number means 60. */
  @property({ attribute: 'rejoin-timeout', type: Number }) rejoinTimeout = 60;
  /** Publish the user's speech to Live Captions and offer the captions control (the host's server turns captioning on). */
  @property({ type: Boolean }) captions = false;
  /** Where a moderator's record control POSTs `{ action, room, sessionId, archiveId? }` (with the call's token as a bearer). */
  @property({ attribute: 'recording-endpoint' }) recordingEndpoint: string | undefined;
  /** Replaces the recording request: `({ action, room, sessionId, archiveId, token, signal }) => Promise`. */
  @property({ attribute: false }) recordingHandler: RecordingHandler | undefined;
  /** Read-only: true while the session is being recorded (from the SDK's archive events). */
  @property({ type: Boolean, reflect: true }) recording = false;
  /** No chat control and no chat panel (chat events still fire and `sendChatMessage` still works). */
  @property({ attribute: 'no-chat', type: Boolean }) noChat = false;
  /** No keyboard shortcuts (Ctrl/⌘+D microphone, Ctrl/⌘+E camera, Ctrl+Alt+C or ⌃⌘C chat) and no hints for them. */
  @property({ attribute: 'no-shortcuts', type: Boolean }) noShortcuts = false;
  /** An image URL for the "Replace background" effect (offered only when set and supported). */
  @property({ attribute: 'background-image' }) backgroundImage: string | undefined;

  /** Read-only: idle, joining, connected, reconnecting, left or error. */
  @property({ reflect: true }) state: RoomStatus = 'idle';
  /** Read-only: true while others cannot hear the user (muted, or joined as a viewer). */
  @property({ attribute: 'audio-muted', type: Boolean, reflect: true }) audioMuted = false;
  /** Read-only: true while others cannot see the user (camera off, or joined as a viewer). */
  @property({ attribute: 'video-muted', type: Boolean, reflect: true }) videoMuted = false;

  /** An OT-compatible namespace to use instead of `window.OT` or the bundled SDK. */
  @property({ attribute: false }) sdk: OTNamespace | undefined;
  /** Replaces the token endpoint: `({ room, displayName, signal }) => Promise<{ applicationId, sessionId, token }>`. */
  @property({ attribute: false }) tokenProvider: TokenProvider | undefined;
  /**
   * Overrides any of the element's texts, whatever its language (`lang`, else the page's, else the
   * browser's); texts with a count or a name are functions, `errors` words each error reason.
   */
  @property({ attribute: false }) strings: Partial<VideoRoomStrings> = {};
}
