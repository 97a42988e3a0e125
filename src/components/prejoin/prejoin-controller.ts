import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { unnamedDevices } from '../../i18n/device-names.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import { canChooseSpeaker } from '../../media/devices.js';
import { browserInstructions } from '../../media/permissions.js';
import { loadPreferences, updatePreferences, type Preferences } from '../../media/preferences.js';
import { prefetchSdk } from '../../room/capabilities.js';
import type { OTNamespace, PublisherSources } from '../../room/room.js';
import { afterNextPaint } from '../after-paint.js';
import { availableEffects, effectFilter, type Effect } from '../../media/effects.js';
import { renderPrejoin, type DeviceChoice } from './prejoin-view.js';
import { PreviewController } from './preview-controller.js';

/** What the pre-join screen reads from its element, at the moment it needs it. */
export interface PrejoinSettings {
  /** The join screen is showing (idle, on the page). */
  showing: boolean;
  /** A join is under way (a join from this screen keeps it up meanwhile). */
  joining: boolean;
  /** Read and write the user's choices in localStorage (`no-remember` turns it off). */
  remember: boolean;
  /** The host's `display-name`; it wins over a remembered name. */
  displayName: string;
  /** The host's start media (`start-*-muted`); either can turn a device off, never on. */
  startAudio: boolean;
  startVideo: boolean;
  /** The host's OT namespace, if it injected one (else `window.OT` or the bundled SDK). */
  sdk: OTNamespace | undefined;
  /** The host's image for background replacement. */
  backgroundImage: string | undefined;
  text: VideoRoomStrings;
}

/** What a join from the pre-join screen publishes. */
export interface PrejoinMedia {
  media: { audio: boolean; video: boolean };
  sources: PublisherSources;
  /** The audio output chosen on the screen, if any (for the call's audio). */
  speakerId?: string;
  /** The background effect chosen on the screen. */
  effect: Effect;
  /** Join without camera and microphone: chosen, or nothing to publish (blocked or missing devices). */
  viewer: boolean;
}

/**
 * How long a join from the screen may take before Join turns into "Joining…". A fast join goes
 * straight to the call with no flash of a busy screen, and the page renders nothing while the
 * token request and the connection are in flight (a render and its frame there delay both).
 */
export const BUSY_DELAY_MS = 100;

export interface PrejoinOptions {
  settings(): PrejoinSettings;
  /** The user chose Join (`viewer`: without camera and microphone), with this name. */
  join(request: { name: string; viewer: boolean }): void;
  /** The preview is up: a good moment to fetch what joining needs. */
  prepareToJoin(): void;
}

/**
 * The pre-join screen of `<video-room>`: runs the camera preview while the screen shows,
 * remembers the user's choices, and turns them into the publisher's sources on Join. The room
 * owns the tracks handed over from then on (and stops them if the join fails first).
 */
export class PrejoinController implements ReactiveController {
  readonly preview: PreviewController;
  private remembered: Preferences = {};
  private name = '';
  private startMedia: { audio: boolean; video: boolean } | undefined;
  /** Offered once the SDK says the browser can run media processors. */
  private effects: Effect[] = [];
  private effect: Effect = 'none';
  /** Cancels a preview start waiting for the screen's first paint. */
  private cancelStart: (() => void) | undefined;
  /** The screen has been painted once (its icons come after: see PrejoinViewModel.iconsDrawn). */
  private painted = false;
  /** Set while a join from this screen is under way: the picture handed over, still shown. */
  private joining: { picture: MediaStream | undefined; busyShown: boolean } | undefined;
  private busyTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PrejoinOptions,
  ) {
    this.preview = new PreviewController(host, () => host.shadowRoot?.querySelector<HTMLElement>('[part~="level-meter"]'));
    host.addController(this);
  }

  /** A join from this screen is under way: the screen stays up until the call shows. */
  get joiningFromScreen(): boolean {
    return this.joining !== undefined;
  }

  /**
   * A join from this screen has just started and nothing about it shows yet: the element need not
   * render (it is the same screen until "Joining…" shows or the status changes).
   */
  get joiningUnseen(): boolean {
    return this.joining?.busyShown === false;
  }

  /** The remembered name, for a join without the screen's own field. */
  get rememberedName(): string {
    return this.remembered.name ?? '';
  }

  hostConnected(): void {
    // Back on the page after a removal: the next update restarts the preview if the screen shows
    // (or, moved while joining, shows that the join is under way).
    if (this.joining) this.joining.busyShown = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stopWaiting();
    this.stopBusyTimer();
  }

  hostUpdate(): void {
    const settings = this.options.settings();
    if (!settings.joining) this.endJoining();
    if (!settings.showing) {
      this.stopWaiting();
      // A join from this screen keeps it up: what is left of the preview goes once the call shows.
      if (!this.joining) this.preview.release();
      return;
    }
    if (!this.preview.active) {
      // The screen paints first: reading storage, opening devices and listing them would delay it.
      this.cancelStart ??= afterNextPaint(() => {
        this.cancelStart = undefined;
        // The preview's start renders the screen again: with its icons from then on.
        this.painted = true;
        const now = this.options.settings();
        if (now.showing && !this.preview.active) this.start(now);
      });
      return;
    }
    // The host changed `start-*-muted` while the screen shows: its latest word wins.
    const media = { audio: settings.startAudio, video: settings.startVideo };
    if (this.startMedia && media.audio !== this.startMedia.audio) this.preview.setMicrophone(media.audio);
    if (this.startMedia && media.video !== this.startMedia.video) this.preview.setCamera(media.video);
    this.startMedia = media;
  }

  /**
   * Takes the preview's tracks and choices for a join. The screen stays up, showing the
   * handed-over picture, until the call shows; the rest of the preview is released then.
   * Undefined when the screen is not live (a retry, a rejoin). A viewer, or a user whose devices
   * are blocked or missing, publishes nothing.
   */
  take(viewer = false): PrejoinMedia | undefined {
    const preview = this.preview;
    this.endJoining();
    if (!preview.active) return undefined;
    const speakerId = preview.speakerId;
    const effect = this.effect;
    if (viewer || preview.error === 'denied' || preview.error === 'no-devices') {
      preview.release();
      this.startJoining(undefined);
      return { media: { audio: false, video: false }, sources: {}, speakerId, effect, viewer: true };
    }
    this.startJoining(preview.stream);
    const media = { audio: preview.micOn, video: preview.cameraOn };
    const filter = effect === 'none' ? undefined : effectFilter(effect, this.options.settings().backgroundImage);
    const sources: PublisherSources = { ...preview.handOver(), ...(filter ? { videoFilter: filter } : {}) };
    return { media, sources, speakerId, effect, viewer: false };
  }

  render(): TemplateResult {
    const settings = this.options.settings();
    const text = settings.text;
    return renderPrejoin({
      text,
      preview: this.preview,
      picture: this.joining ? this.joining.picture : this.preview.stream,
      joining: this.joining?.busyShown === true,
      iconsDrawn: this.painted,
      name: settings.displayName || this.remembered.name || '',
      speakerChoice: canChooseSpeaker,
      permissionHelp: () => browserInstructions(text),
      onJoin: () => this.joinAs(false),
      onName: (value) => {
        this.name = value;
        this.remember({ name: value.trim() || undefined });
      },
      onToggle: (device) => {
        if (device === 'camera') {
          this.preview.setCamera(!this.preview.cameraOn);
          this.remember({ video: this.preview.cameraOn });
        } else {
          this.preview.setMicrophone(!this.preview.micOn);
          this.remember({ audio: this.preview.micOn });
        }
      },
      onChoose: (device, deviceId) => this.choose(device, deviceId),
      effects: this.effects,
      effect: this.effect,
      onEffect: (effect) => {
        this.effect = effect;
        this.remember({ effect });
        this.host.requestUpdate();
      },
      onRetry: () => this.preview.retry(),
      onJoinAsViewer: () => this.joinAs(true),
    });
  }

  /** Joins with the name in the field; remembering it waits until the token request has left. */
  private joinAs(viewer: boolean): void {
    if (this.joining) return;
    const input = this.host.shadowRoot?.querySelector<HTMLInputElement>('[part~="join-screen"] input[name="display-name"]');
    if (input) this.name = input.value;
    const name = this.name.trim();
    this.options.join({ name, viewer });
    // Typing remembered the name already; storage is touched only for a name it has not seen
    // (autofill): a storage access here can block the main thread while the token comes back.
    if ((name || undefined) !== this.remembered.name) this.remember({ name: name || undefined });
  }

  private startJoining(picture: MediaStream | undefined): void {
    const joining = { picture, busyShown: false };
    this.joining = joining;
    this.busyTimer = setTimeout(() => {
      joining.busyShown = true;
      this.host.requestUpdate();
    }, BUSY_DELAY_MS);
  }

  private endJoining(): void {
    this.joining = undefined;
    this.stopBusyTimer();
  }

  private stopBusyTimer(): void {
    clearTimeout(this.busyTimer);
    this.busyTimer = undefined;
  }

  private stopWaiting(): void {
    this.cancelStart?.();
    this.cancelStart = undefined;
  }

  private start(settings: PrejoinSettings): void {
    this.remembered = settings.remember ? loadPreferences() : {};
    this.name = settings.displayName || this.remembered.name || '';
    this.startMedia = { audio: settings.startAudio, video: settings.startVideo };
    const previewReady = this.preview.start({
      cameraId: this.remembered.cameraId,
      microphoneId: this.remembered.microphoneId,
      speakerId: this.remembered.speakerId,
      audio: settings.startAudio && this.remembered.audio !== false,
      video: settings.startVideo && this.remembered.video !== false,
      fallbackLabel: unnamedDevices(() => this.options.settings().text),
    });
    this.effect = this.remembered.effect ?? 'none';
    this.effects = [];
    // The user is about to join: fetch the call's code and the SDK file (not run: that waits for
    // Join) while they look at themselves — once the preview is up, so the downloads never compete
    // with the first render or the camera starting. Then effects are offered where possible.
    void previewReady
      .then(() => {
        if (!this.preview.active) return undefined;
        this.options.prepareToJoin();
        return prefetchSdk(settings.sdk);
      })
      .then((support) => {
        if (!support || !this.preview.active) return;
        this.effects = availableEffects(support.mediaProcessors, settings.backgroundImage);
        this.host.requestUpdate();
      })
      .catch(() => undefined); // an SDK that cannot load is reported when joining
  }

  private choose(device: DeviceChoice, deviceId: string): void {
    if (device === 'camera') {
      this.preview.chooseCamera(deviceId);
      this.remember({ cameraId: deviceId });
    } else if (device === 'microphone') {
      this.preview.chooseMicrophone(deviceId);
      this.remember({ microphoneId: deviceId });
    } else {
      this.preview.chooseSpeaker(deviceId);
      this.remember({ speakerId: deviceId });
    }
  }

  private remember(change: Preferences): void {
    if (!this.options.settings().remember) return;
    this.remembered = { ...this.remembered, ...change };
    updatePreferences(change);
  }
}
