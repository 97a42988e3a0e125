import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyDeviceLists, listDevices, watchDevices, type DeviceLists, type DeviceOption, type FallbackLabel } from '../../media/devices.js';
import { AudioLevelMeter } from '../../media/level-meter.js';
import { watchPermission } from '../../media/permissions.js';
import { openTracks, type OpenedTracks } from '../../media/user-media.js';

/** Why the preview has no camera and microphone: blocked, none on this computer, or failing to start. */
export type PreviewError = 'denied' | 'no-devices' | 'unavailable';

/** Where the preview starts: remembered or default choices. */
export interface PreviewChoices {
  cameraId?: string;
  microphoneId?: string;
  speakerId?: string;
  /** Camera on. */
  video: boolean;
  /** Microphone on. */
  audio: boolean;
  /** Names devices whose labels the browser hides until permission is granted. */
  fallbackLabel?: FallbackLabel;
}

/** The preview's tracks, for the publisher; a device ID where the device is chosen but not open. */
export interface HandedOverSources {
  audioSource?: MediaStreamTrack | string;
  videoSource?: MediaStreamTrack | string;
}

type Kind = 'audio' | 'video';

/** ~15 Hz: smooth enough for a level bar, and it writes one style property, never a render. */
const METER_INTERVAL_MS = 66;

/**
 * The pre-join camera and microphone: opens them with plain getUserMedia (so the preview needs no
 * SDK), lists the devices, follows the user's choices and measures the microphone level. Active
 * only between `start()` and `release()`; `handOver()` gives the live tracks to the publisher so
 * the camera is never opened twice. Removing the host releases everything it still owns.
 */
export class PreviewController implements ReactiveController {
  /**
   * The camera picture for the preview `<video>`; undefined while the camera is off or starting.
   * Video only: changing its tracks reloads the `<video>`, so a microphone switch must not touch it.
   */
  stream: MediaStream | undefined;
  error: PreviewError | undefined;
  devices: DeviceLists = emptyDeviceLists();
  cameraId: string | undefined;
  microphoneId: string | undefined;
  speakerId: string | undefined;
  cameraOn = true;
  micOn = true;

  private running = false;
  private pending = 0;
  private videoTrack: MediaStreamTrack | undefined;
  private audioTrack: MediaStreamTrack | undefined;
  /** Bumped per kind whenever an open in flight becomes pointless (device switched, camera off, released). */
  private readonly generation = { audio: 0, video: 0 };
  private meter: AudioLevelMeter | undefined;
  private meterTimer: ReturnType<typeof setInterval> | undefined;
  /** The level last written to the meter element, in percent. */
  private shownLevel = 0;
  private fallbackLabel: FallbackLabel | undefined;
  private undo: Array<() => void> = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The level meter element, which gets `--vr-level` (0…1) and `aria-valuenow` (0…100). */
    private readonly meterElement: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  /** Between `start()` and `handOver()` or `release()`. */
  get active(): boolean {
    return this.running;
  }

  /** A camera or microphone is being opened. */
  get starting(): boolean {
    return this.pending > 0;
  }

  hostConnected(): void {
    // The host starts the preview when its join screen shows.
  }

  hostDisconnected(): void {
    // A move inside the DOM reconnects in the same task and keeps the preview.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.release();
    });
  }

  /**
   * Opens the camera (if on) and microphone with these choices. Does nothing while active.
   * Resolves once the first attempt to open them has settled (opened or failed).
   */
  start(choices: PreviewChoices): Promise<void> {
    if (this.running) return Promise.resolve();
    this.running = true;
    this.error = undefined;
    this.cameraId = choices.cameraId;
    this.microphoneId = choices.microphoneId;
    this.speakerId = choices.speakerId;
    this.cameraOn = choices.video;
    this.micOn = choices.audio;
    this.fallbackLabel = choices.fallbackLabel;
    this.meter = new AudioLevelMeter();
    this.shownLevel = 0;
    this.meterTimer = setInterval(() => this.showLevel(), METER_INTERVAL_MS);
    this.undo.push(
      watchDevices(() => void this.devicesChanged()),
      watchPermission('camera', (state) => this.permissionChanged(state)),
      watchPermission('microphone', (state) => this.permissionChanged(state)),
    );
    // The microphone opens even while "off" (its track disabled): one permission prompt, and the
    // meter works as soon as it is turned on.
    const opened = this.open({ audio: true, video: this.cameraOn });
    void this.refreshDevices();
    this.host.requestUpdate();
    return opened.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Turning the camera off stops its track, so the camera light goes off; on opens it again. */
  setCamera(on: boolean): void {
    this.cameraOn = on;
    if (!on) {
      this.detach('video', true);
    } else if (this.running && !this.videoTrack) {
      void this.open({ audio: false, video: true });
    }
    this.host.requestUpdate();
  }

  /** Turning the microphone off disables its track (no new prompt or device open when turned on). */
  setMicrophone(on: boolean): void {
    this.micOn = on;
    this.meter?.resume();
    if (this.audioTrack) this.audioTrack.enabled = on;
    else if (on && this.running) void this.open({ audio: true, video: false });
    this.host.requestUpdate();
  }

  chooseCamera(deviceId: string): void {
    this.cameraId = deviceId;
    if (this.running && this.cameraOn) {
      // Stop first: some cameras cannot be open twice, and the light must follow the choice.
      this.detach('video', true);
      void this.open({ audio: false, video: true });
    }
    this.host.requestUpdate();
  }

  chooseMicrophone(deviceId: string): void {
    this.microphoneId = deviceId;
    this.meter?.resume();
    if (this.running) {
      this.detach('audio', true);
      void this.open({ audio: true, video: false });
    }
    this.host.requestUpdate();
  }

  chooseSpeaker(deviceId: string): void {
    this.speakerId = deviceId;
    this.host.requestUpdate();
  }

  /** Asks for the camera and microphone again (after the user re-allowed them, say). */
  retry(): void {
    if (!this.running) return;
    this.error = undefined;
    this.meter?.resume();
    void this.open({ audio: true, video: this.cameraOn });
    this.host.requestUpdate();
  }

  /** Browsers may keep the meter's AudioContext suspended until a user gesture; call from one. */
  resumeAudio(): void {
    this.meter?.resume();
  }

  /**
   * Gives the live tracks away (the publisher will own and stop them), forgets them and stops
   * following the devices; for a device that is chosen but not open (camera off), its ID. Call
   * `release()` afterwards (when convenient: nothing it frees is in use).
   */
  handOver(): HandedOverSources {
    this.running = false;
    // The screen stays up while joining: a still meter costs no frames there. Closing its
    // AudioContext waits for release(): it is slow, and the token request is about to leave.
    this.stopMeterTimer();
    const sources: HandedOverSources = {};
    const audio = this.audioTrack?.readyState === 'live' ? this.audioTrack : undefined;
    const video = this.videoTrack?.readyState === 'live' ? this.videoTrack : undefined;
    const microphone = audio ?? known(this.devices.microphones, this.microphoneId);
    const camera = video ?? known(this.devices.cameras, this.cameraId);
    if (microphone) sources.audioSource = microphone;
    if (camera) sources.videoSource = camera;
    this.detach('audio', false);
    this.detach('video', false);
    return sources;
  }

  /** Stops every track it still owns, closes the AudioContext, clears its timer and listeners. Idempotent. */
  release(): void {
    this.running = false;
    this.detach('audio', true);
    this.detach('video', true);
    this.stopMeterTimer();
    this.meter?.close();
    this.meter = undefined;
    const undo = this.undo;
    this.undo = [];
    for (const step of undo) step();
  }

  private async open(kinds: Record<Kind, boolean>): Promise<void> {
    const ticket = { audio: kinds.audio ? ++this.generation.audio : -1, video: kinds.video ? ++this.generation.video : -1 };
    this.pending++;
    this.host.requestUpdate();
    let result: OpenedTracks;
    try {
      result = await openTracks({ ...kinds, microphoneId: this.microphoneId, cameraId: this.cameraId });
    } finally {
      this.pending--;
    }
    const current = {
      audio: this.running && ticket.audio === this.generation.audio,
      video: this.running && ticket.video === this.generation.video,
    };
    const adopted = { audio: this.adopt('audio', result.audio, current.audio), video: this.adopt('video', result.video, current.video) };
    if (!current.audio && !current.video) return; // superseded: a later open reports
    if (!result.failure) {
      this.error = undefined;
    } else if (result.failure !== 'not-found') {
      this.error = result.failure;
    } else if (!this.audioTrack && !this.videoTrack) {
      this.error = 'no-devices';
    } else {
      // One kind is simply absent (a desktop without a camera): show it as off.
      if (current.video && !adopted.video) this.cameraOn = false;
      if (current.audio && !adopted.audio) this.micOn = false;
    }
    this.host.requestUpdate();
    // Labels (and the IDs of the devices actually opened) are known once access is granted.
    if (adopted.audio || adopted.video) await this.refreshDevices();
  }

  /** Takes a newly opened track, or stops it when it is no longer wanted. */
  private adopt(kind: Kind, track: MediaStreamTrack | undefined, wanted: boolean): boolean {
    if (!track) return false;
    if (!wanted || (kind === 'video' && !this.cameraOn)) {
      track.stop();
      return false;
    }
    this.detach(kind, true);
    track.addEventListener('ended', this.onTrackEnded);
    const deviceId = track.getSettings().deviceId || undefined;
    if (kind === 'audio') {
      this.audioTrack = track;
      track.enabled = this.micOn;
      this.meter?.setTrack(track);
      this.microphoneId = deviceId ?? this.microphoneId;
    } else {
      this.videoTrack = track;
      this.stream = new MediaStream([track]);
      this.cameraId = deviceId ?? this.cameraId;
    }
    return true;
  }

  /** Lets go of the current track of `kind` (stopping it unless it was handed over) and of any open in flight. */
  private detach(kind: Kind, stop: boolean): void {
    this.generation[kind]++;
    const track = kind === 'audio' ? this.audioTrack : this.videoTrack;
    if (!track) return;
    if (kind === 'audio') {
      this.audioTrack = undefined;
      this.meter?.setTrack(undefined);
    } else {
      this.videoTrack = undefined;
      this.stream = undefined;
    }
    track.removeEventListener('ended', this.onTrackEnded);
    if (stop) track.stop();
  }

  /** The device was unplugged or access was revoked. */
  private readonly onTrackEnded = (event: Event): void => {
    const track = event.target as MediaStreamTrack;
    if (track === this.audioTrack) this.detach('audio', false);
    if (track === this.videoTrack) this.detach('video', false);
    this.host.requestUpdate();
  };

  private async refreshDevices(): Promise<void> {
    const devices = await listDevices(this.fallbackLabel);
    if (!this.running) return;
    this.devices = devices;
    this.host.requestUpdate();
  }

  private async devicesChanged(): Promise<void> {
    await this.refreshDevices();
    if (!this.running || this.starting) return;
    const any = this.devices.cameras.length > 0 || this.devices.microphones.length > 0;
    if (this.error === 'no-devices' && any) {
      this.retry(); // a camera or microphone was plugged in
      return;
    }
    if (this.error) return;
    // The device in use was unplugged: continue with another one.
    const video = this.cameraOn && !this.videoTrack;
    const audio = this.micOn && !this.audioTrack;
    if (video || audio) void this.open({ audio, video });
  }

  private permissionChanged(state: PermissionState): void {
    if (!this.running) return;
    if (state === 'granted' && this.error === 'denied') {
      this.retry();
    } else if (state === 'denied') {
      this.detach('audio', true);
      this.detach('video', true);
      this.error = 'denied';
      this.host.requestUpdate();
    }
  }

  /** Writes the level only when its percent changed: every write costs the page a style and paint pass. */
  private showLevel(level = this.micOn && this.audioTrack?.readyState === 'live' ? (this.meter?.level() ?? 0) : 0): void {
    const percent = Math.round(level * 100);
    if (percent === this.shownLevel) return;
    const element = this.meterElement();
    if (!element) return;
    this.shownLevel = percent;
    element.style.setProperty('--vr-level', String(percent / 100));
    element.setAttribute('aria-valuenow', String(percent));
  }

  private stopMeterTimer(): void {
    clearInterval(this.meterTimer);
    this.meterTimer = undefined;
    // Once the current work is done: on Join, after the token request has left.
    queueMicrotask(() => this.showLevel(0));
  }
}

/** `deviceId` when it names a listed device (a remembered one may be gone). */
function known(options: DeviceOption[], deviceId: string | undefined): string | undefined {
  return deviceId && options.some((option) => option.deviceId === deviceId) ? deviceId : undefined;
}
