/**
 * The control side of the simulator: tests and demos add remote participants, make them speak or
 * mute, break the network or reject connects, and inspect what the app did with the SDK.
 *
 * Control methods act synchronously: the events they cause are dispatched before they return.
 * SDK methods (connect, publish, subscribe, signal, disconnect) complete asynchronously, as over
 * a network.
 */
import type { MediaDenial } from './context.js';
import type { ConnectErrorCode } from './errors.js';
import { checkQuality, type NetworkQuality } from './network.js';
import { Participant, type AddParticipantOptions, type SimulatedParticipant } from './participant.js';
import { ParticipantSignals } from './participant-signals.js';
import { SimSession } from './session.js';
import { UNEXPECTED_SIGNAL_RESPONSE, signalError } from './session-signals.js';
import type { SimulatorOptions } from './simulator-core.js';
import { SimulatorRoom } from './simulator-room.js';

export type { SimulatorOptions } from './simulator-core.js';

/**
 * How the next local `session.signal()` fails (see `failNextSignal`). Omitted fields take the SDK's
 * values: `code` 2001, the SDK's name for the code (`OT_UNEXPECTED_SERVER_RESPONSE` for 2001,
 * `OT_NOT_CONNECTED` for 500, `OT_RATE_LIMIT_EXCEEDED` for 429, …) and its message.
 */
export interface SignalFailure {
  name?: string;
  code?: number;
  message?: string;
}

/** A signal sent by a simulated participant (see `signalFrom`). */
export interface ParticipantSignal {
  type?: string;
  data?: string;
  /** Only to the local session with this connection ID. */
  to?: string;
}

/**
 * The simulator: the OT namespace (`OT`), controls, inspection (`SimulatorCore`), archives,
 * captions and outside moderators (`SimulatorRoom`) and lifecycle.
 */
export class Simulator extends SimulatorRoom {
  private readonly said: ParticipantSignals;

  constructor(options: SimulatorOptions = {}) {
    super(options);
    this.said = new ParticipantSignals(this.ctx, () => this.roster.values());
    // A local moderator's forceDisconnect() removes participants the way removeParticipant() does.
    this.ctx.removeParticipant = (connectionId, reason) => {
      if (!this.roster.has(connectionId)) return false;
      this.removeParticipant(connectionId, reason);
      return true;
    };
  }

  // ---- Remote participants ----

  /**
   * Adds a remote participant: a connection and (unless `publish: false`, the default for the
   * `'subscriber'` role) one published stream. Without `sessionId` it is in every session.
   * Connected sessions get `connectionCreated`, then `streamCreated`. In a session muted with
   * `forceMuteAll` (and not `disableForceMute`d since), its stream starts without audio.
   */
  addParticipant(options: AddParticipantOptions): SimulatedParticipant {
    const participant = new Participant(this.ctx, options, this.participantsAdded);
    this.participantsAdded += 1;
    this.roster.set(participant.connectionId, participant);
    this.ctx.cloud.addConnection(participant.connection);
    if (options.publish ?? participant.role !== 'subscriber') {
      const audio = options.audio !== false && !this.ctx.moderation.isMuted(participant.sessionId);
      participant.camera = participant.createStream(options.videoType ?? 'camera', audio, options.video !== false);
      this.ctx.cloud.addStream(participant.camera);
    }
    return participant;
  }

  /**
   * Removes a participant: sessions get `streamDestroyed` for each of its streams, then
   * `connectionDestroyed`, both with reason `'clientDisconnected'`; their subscribers to it are
   * destroyed (unless prevented) and its media is stopped.
   */
  removeParticipant(connectionId: string, reason = 'clientDisconnected'): void {
    const participant = this.participant(connectionId);
    this.roster.delete(connectionId);
    this.ctx.networkQuality.delete(connectionId);
    this.ctx.cloud.removeConnection(connectionId, reason);
    participant.dispose();
  }

  /** Turns a participant's audio on/off: `streamPropertyChanged` (`hasAudio`) on every session that sees it. */
  setParticipantAudio(connectionId: string, on: boolean): void {
    const stream = this.participant(connectionId).camera;
    if (stream && stream.videoType === 'camera') this.ctx.cloud.updateStream(stream, 'hasAudio', on);
  }

  /**
   * Turns a participant's video on/off: `streamPropertyChanged` (`hasVideo`) on every session, and
   * its subscribers emit `videoDisabled`/`videoEnabled` with reason `'publishVideo'`.
   */
  setParticipantVideo(connectionId: string, on: boolean): void {
    const stream = this.participant(connectionId).camera;
    if (stream) this.ctx.cloud.updateStream(stream, 'hasVideo', on);
  }

  /**
   * A participant's network quality (default `'good'`), as the local subscribers to its streams see it:
   * their `getStats()` counters grow at about 0.2 % loss and 1.5 Mbps video (good), 4 % and 300 kbps
   * (fair) or 15 % and 60 kbps (poor); `qualityScoreChanged` follows (see `qualityScoreIntervalMs`).
   * Entering `'poor'`, subscribers with video drop it (the SDK's audio-only fallback; not for screen
   * shares): `videoDisableWarning`, then `videoDisabled` with reason `'quality'`, and their video
   * track is disabled; leaving it: `videoEnabled` (reason `'quality'`), then `videoDisableWarningLifted`.
   */
  setNetworkQuality(connectionId: string, quality: NetworkQuality): void {
    this.participant(connectionId);
    this.ctx.networkQuality.set(connectionId, checkQuality(quality));
    for (const subscriber of [...this.ctx.subscribers]) subscriber._networkQualityChanged();
  }

  /**
   * The local uplink's quality (default `'good'`): every local publisher's `getStats()` (same rates as
   * `setNetworkQuality`) and the local subscribers to its stream. Publishers created with
   * `audioFallback: { publisher: true }` drop video on `'poor'` (`videoDisableWarning`, `videoDisabled`
   * with reason `'quality'`) and get `videoEnabled` back. (No `qualityScoreChanged`: SDK 2.35 publishers have none.)
   */
  setLocalNetworkQuality(quality: NetworkQuality): void {
    this.ctx.localNetworkQuality = checkQuality(quality);
    for (const publisher of [...this.ctx.publishers]) publisher._networkQualityChanged();
    for (const subscriber of [...this.ctx.subscribers]) subscriber._networkQualityChanged();
  }

  /** Makes a participant speak: its subscribers report levels around `level`, and it sounds louder. */
  speak(connectionId: string, level = 0.7): void {
    this.participant(connectionId).setSpeaking(level);
  }

  /** Back to quiet: levels of about 0.01. */
  stopSpeaking(connectionId: string): void {
    this.participant(connectionId).setSpeaking(null);
  }

  /** Publishes a second stream with `videoType: 'screen'` (a picture reading "Screen of <name>"). Returns its stream ID. */
  startScreenShare(connectionId: string): string {
    const participant = this.participant(connectionId);
    if (participant.screen) return participant.screen.streamId;
    participant.screen = participant.createStream('screen', false, true);
    this.ctx.cloud.addStream(participant.screen);
    return participant.screen.streamId;
  }

  /** Ends the participant's screen share (`streamDestroyed`, reason `'clientDisconnected'`). */
  stopScreenShare(connectionId: string): void {
    const participant = this.participant(connectionId);
    const screen = participant.screen;
    if (!screen) return;
    participant.screen = null;
    this.ctx.cloud.removeStream(screen.streamId, 'clientDisconnected');
    participant.stopMedia(screen.streamId);
  }

  /** Sends a signal from a participant to the sessions that see it (or only to `signal.to`). */
  signalFrom(connectionId: string, signal: ParticipantSignal): void {
    this.said.send(this.participant(connectionId), signal.type || undefined, signal.data ?? '', signal.to);
  }

  // ---- What participants say, in the element's wire format (`data` is JSON with `v: 1`) ----

  /**
   * The participant sends a chat message, as a `<video-room>` would: signal `vr-chat` with data
   * `{"v":1,"id":"<new id>","text":text}` to every session that sees it. The text is sent as
   * given (not trimmed or limited), so tests can also send what an element must refuse.
   * Returns the message ID.
   */
  sendChat(connectionId: string, text: string): string {
    return this.said.chat(this.participant(connectionId), text);
  }

  /**
   * The participant raises (`true`) or lowers (`false`) their hand: signal `vr-hand` with data
   * `{"v":1,"raised":raised,"at":Date.now()}` to every session that sees it. While it is raised,
   * each local session that connects later also gets that same signal `to` its connection only,
   * shortly after `sessionConnected`, as real elements answer late joiners. Lowering stops that.
   */
  raiseHand(connectionId: string, raised: boolean): void {
    this.said.hand(this.participant(connectionId), raised);
  }

  /** The participant reacts: signal `vr-reaction` with data `{"v":1,"emoji":emoji}` (any string, sent as given). */
  react(connectionId: string, emoji: string): void {
    this.said.react(this.participant(connectionId), emoji);
  }

  // ---- Failures ----

  /**
   * The next `session.connect` fails with the SDK's error: 1004 `OT_AUTHENTICATION_ERROR`,
   * 1005 `OT_INVALID_SESSION_ID` or 1006 `OT_CONNECT_FAILED`.
   */
  rejectNextConnect(code: ConnectErrorCode): void {
    this.ctx.pendingConnectError = code;
  }

  /**
   * The next `session.signal()` of a local session that passes the SDK's own checks (connected,
   * valid type/data/to) fails after the round trip: its callback gets the error, its Promise
   * rejects, and the signal reaches nobody. Only that one call fails. Default error: the SDK's
   * generic server failure, `OT_UNEXPECTED_SERVER_RESPONSE` (2001).
   */
  failNextSignal(error: SignalFailure = {}): void {
    const code = error.code ?? UNEXPECTED_SIGNAL_RESPONSE.code;
    const message = error.message ?? (code === UNEXPECTED_SIGNAL_RESPONSE.code ? UNEXPECTED_SIGNAL_RESPONSE.message : `Signal failed (${code}).`);
    this.ctx.pendingSignalError = signalError(code, message, error.name);
  }

  /** How long `session.connect` takes (default 20 ms). */
  setConnectDelay(ms: number): void {
    this.ctx.connectDelay = Math.max(0, ms);
  }

  /**
   * Makes later `OT.initPublisher` calls fail: `'denied'` → `OT_USER_MEDIA_ACCESS_DENIED` (and the
   * publisher emits `accessDenied`), `'unavailable'` → `OT_HARDWARE_UNAVAILABLE`; both code 1500 as
   * in the SDK. `null` restores.
   */
  denyMedia(kind: MediaDenial): void {
    this.ctx.mediaDenial = kind;
  }

  /** Makes `OT.hasMediaProcessorSupport()` answer `supported` (filters are recorded, not drawn). */
  setMediaProcessorSupport(supported: boolean): void {
    this.ctx.mediaProcessorSupport = supported;
  }

  /**
   * The browser's autoplay policy blocks sound: every connected subscriber (and each new one)
   * emits `audioBlocked` until `OT.unblockAudio()` is called.
   */
  blockAudio(): void {
    this.ctx.audioBlocked = true;
    for (const subscriber of this.ctx.subscribers) subscriber._setAudioBlocked(true);
  }

  /**
   * The network drops: connected sessions emit `sessionReconnecting`, their subscribers
   * `disconnected`. Signals are held back and new connects fail with 1006 until `restoreNetwork()`.
   */
  dropNetwork(): void {
    this.ctx.networkDown = true;
    for (const session of this.ctx.sessions) session._networkDropped();
  }

  /** The network is back: `sessionReconnected`, subscribers emit `connected`, held signals are delivered. */
  restoreNetwork(): void {
    this.ctx.networkDown = false;
    for (const session of this.ctx.sessions) session._networkRestored();
  }

  /**
   * Reconnection failed: every connected session emits `sessionReconnecting` (if it had not yet)
   * and then `sessionDisconnected` with reason `'networkDisconnected'`; publishers and subscribers
   * are ended as on any disconnect. Does not change whether the network counts as down.
   */
  disconnectNetwork(): void {
    const sessions = [...this.ctx.sessions].filter((session) => session.isConnected());
    for (const session of sessions) session._networkDropped();
    // All local clients lost the network at once: none of them is told about the others leaving.
    for (const session of sessions) this.ctx.cloud.detachPeer(session._peer);
    for (const session of sessions) session._teardown('networkDisconnected');
  }

  /**
   * A moderator outside the page removes a client: a local session (the object, its connection ID,
   * or every local session of a session ID) gets `sessionDisconnected` with reason
   * `'forceDisconnected'`; a participant's connection ID removes that participant with that reason
   * (`streamDestroyed`, then `connectionDestroyed`). (A local moderator calls `session.forceDisconnect`.)
   */
  forceDisconnect(sessionOrConnectionId: SimSession | string): void {
    if (sessionOrConnectionId instanceof SimSession) {
      sessionOrConnectionId._teardown('forceDisconnected');
      return;
    }
    if (this.roster.has(sessionOrConnectionId)) {
      this.removeParticipant(sessionOrConnectionId, 'forceDisconnected');
      return;
    }
    const targets = [...this.ctx.sessions].filter(
      (session) => session.connection?.connectionId === sessionOrConnectionId || (session.sessionId === sessionOrConnectionId && session.isConnected()),
    );
    if (targets.length === 0) throw new Error(`[ot-simulator] No session or participant "${sessionOrConnectionId}"`);
    for (const session of targets) session._teardown('forceDisconnected');
  }
}
