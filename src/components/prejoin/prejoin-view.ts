import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { VideoRoomStrings } from '../../i18n/strings.js';
import type { DeviceOption } from '../../media/devices.js';
import { effectLabel, type Effect } from '../../media/effects.js';
import { ariaState } from '../aria.js';
import { cameraIcon, cameraOffIcon, micIcon, micOffIcon } from '../icons.js';
import type { PreviewController } from './preview-controller.js';

export type DeviceChoice = 'camera' | 'microphone' | 'speaker';

/** What the pre-join screen shows and what it can ask its element to do. */
export interface PrejoinViewModel {
  text: VideoRoomStrings;
  preview: PreviewController;
  /** The name the field starts with. */
  name: string;
  /** The camera picture shown: the preview's, or while joining the one handed to the call. */
  picture: MediaStream | undefined;
  /** A join from this screen is under way: nothing can be changed, Join reads "Joining…". */
  joining: boolean;
  /**
   * The screen has been painted once: its icons are drawn from then on. The first SVG element of a
   * page costs the browser a one-time set-up (about 4 ms at 4× CPU, more than the rest of the
   * preview bar), kept out of the first paint; the buttons carry their names without them.
   */
  iconsDrawn: boolean;
  /** Whether the browser can route audio to a chosen output (asked once devices are listed: not on the first paint). */
  speakerChoice(): boolean;
  /** How to re-allow blocked devices in this browser (read only when they are blocked). */
  permissionHelp(): string;
  /** Join was pressed, or Enter in the name field (outside an input method's composition). */
  onJoin(): void;
  onName(value: string): void;
  onToggle(device: 'camera' | 'microphone'): void;
  onChoose(device: DeviceChoice, deviceId: string): void;
  onRetry(): void;
  onJoinAsViewer(): void;
  /** Background effects offered (none until the SDK says they work here). */
  effects: Effect[];
  effect: Effect;
  onEffect(effect: Effect): void;
}

/**
 * The pre-join screen: a mirrored camera preview with microphone/camera toggles and a level meter,
 * the name field, device pickers, the `join` slot and the Join button. Left/right on wide
 * elements, stacked on narrow ones (see prejoin.styles.ts).
 */
export function renderPrejoin(model: PrejoinViewModel): TemplateResult {
  const { text, preview } = model;
  const blocked = preview.error === 'denied' || preview.error === 'no-devices';
  const joining = model.joining;
  const { placeholder, noPicture, mic, camera, locked, unusable } = previewState(model);
  // Lit re-sets object-valued properties on every render, and setting srcObject (even to the same
  // stream) restarts the video: blank frames on every update. Set it only when it changes.
  const stream = model.picture;
  const icons = model.iconsDrawn;
  // Not a <form>: the browser's autofill reads every form at DOMContentLoaded, which an ES module
  // entry reaches before its first paint (traced at 4× CPU: 7 ms with the form, 4 ms without).
  // Enter in the name field joins, as a form's implicit submission would.
  // One template for the whole screen, preview included: each template of the first render is one
  // more to parse and clone before it paints. The <video> exists only while there is a picture
  // (creating one costs the first paint); the placeholder and its text are hidden when not needed.
  return html`
    <div part="join-screen" class="prejoin" aria-busy=${ariaState(joining)} @pointerdown=${() => preview.resumeAudio()}>
      <div class="preview" part="preview">
        ${stream
          ? html`<video
              part="preview-video"
              aria-label=${text.previewLabel}
              autoplay
              playsinline
              muted
              .muted=${true}
              .srcObject=${guard([stream], () => stream ?? null)}
            ></video>`
          : nothing}
        <div class="preview-placeholder" ?hidden=${Boolean(stream)}>${icons && noPicture ? cameraOffIcon : nothing}<span ?hidden=${!placeholder}>${placeholder}</span></div>
        <div class="preview-bar">
          <button part="control preview-mic" type="button" class=${mic.on ? '' : 'off'} aria-pressed=${ariaState(mic.on)} aria-label=${mic.label} title=${mic.label} ?disabled=${locked} @click=${() => model.onToggle('microphone')}>
            ${icons ? (mic.on ? micIcon : micOffIcon) : nothing}
          </button>
          <button part="control preview-camera" type="button" class=${camera.on ? '' : 'off'} aria-pressed=${ariaState(camera.on)} aria-label=${camera.label} title=${camera.label} ?disabled=${locked} @click=${() => model.onToggle('camera')}>
            ${icons ? (camera.on ? cameraIcon : cameraOffIcon) : nothing}
          </button>
          <div
            part="level-meter"
            class="level ${preview.micOn ? '' : 'off'}"
            ?hidden=${unusable}
            role="meter"
            aria-label=${text.microphoneLevel}
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow="0"
          >
            <span></span>
          </div>
        </div>
      </div>
      <div class="prejoin-form">
        <h2>${text.joinTitle}</h2>
        ${renderProblem(model)}
        <label class="field">
          <span>${text.nameLabel}</span>
          <input
            name="display-name"
            autocomplete="name"
            maxlength="64"
            ?disabled=${joining}
            .value=${model.name}
            placeholder=${text.namePlaceholder}
            @input=${(event: Event) => model.onName((event.target as HTMLInputElement).value)}
            @change=${(event: Event) => model.onName((event.target as HTMLInputElement).value)}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter' && !event.isComposing) model.onJoin();
            }}
          />
        </label>
        <div class="devices" ?hidden=${blocked}>${blocked ? nothing : renderPickers(model)}</div>
        <slot name="join"></slot>
        <button part="control join" class="primary" type="button" aria-disabled=${ariaState(joining)} @click=${() => model.onJoin()}>
          ${joining ? html`<span role="status">${text.joining}</span>` : text.join}
        </button>
      </div>
    </div>
  `;
}

/** What the preview shows: its picture, its placeholder and the state of its toggles. */
function previewState(model: PrejoinViewModel) {
  const { text, preview } = model;
  // Blocked or absent devices cannot be switched; the problem message says what to do instead.
  const unusable = preview.error === 'denied' || preview.error === 'no-devices';
  const placeholder = !preview.cameraOn ? text.previewCameraOff : preview.starting ? text.previewStarting : '';
  // The toggles are named for their device and pressed while it is on, like the in-call buttons;
  // blocked devices read as off.
  return {
    unusable,
    placeholder,
    // The crossed-out camera says there is no picture to come (off or blocked), not that one is on its way.
    noPicture: !preview.cameraOn || unusable,
    mic: { on: preview.micOn && !unusable, label: text.microphoneLabel },
    camera: { on: preview.cameraOn && !unusable, label: text.cameraLabel },
    locked: unusable || model.joining,
  };
}

/** The device and effect pickers inside the join screen's device list (none until devices are listed). */
function renderPickers(model: PrejoinViewModel) {
  const { text, preview } = model;
  return [
    renderPicker(model, 'camera', text.cameraLabel, preview.devices.cameras, preview.cameraId),
    renderPicker(model, 'microphone', text.microphoneLabel, preview.devices.microphones, preview.microphoneId),
    preview.devices.speakers.length > 0 && model.speakerChoice() ? renderPicker(model, 'speaker', text.speakerLabel, preview.devices.speakers, preview.speakerId) : nothing,
    model.effects.length > 1 ? renderEffectPicker(model) : nothing,
  ];
}

function renderPicker(model: PrejoinViewModel, device: DeviceChoice, label: string, options: DeviceOption[], chosen: string | undefined) {
  if (options.length === 0) return nothing;
  // `selected` on the option, not `.value` on the select: the options render after the select's own bindings.
  return html`<label class="field">
    <span>${label}</span>
    <select name=${device} ?disabled=${model.joining} @change=${(event: Event) => model.onChoose(device, (event.target as HTMLSelectElement).value)}>
      ${options.map((option) => html`<option value=${option.deviceId} ?selected=${option.deviceId === chosen}>${option.label}</option>`)}
    </select>
  </label>`;
}

/** Applied when joining: the preview comes from plain getUserMedia, before the SDK's processors. */
function renderEffectPicker(model: PrejoinViewModel) {
  return html`<label class="field">
    <span>${model.text.backgroundEffect}</span>
    <select name="effect" ?disabled=${model.joining} @change=${(event: Event) => model.onEffect((event.target as HTMLSelectElement).value as Effect)}>
      ${model.effects.map((effect) => html`<option value=${effect} ?selected=${effect === model.effect}>${effectLabel(effect, model.text)}</option>`)}
    </select>
  </label>`;
}

/** Blocked, missing or failing devices: what happened and what the user can do. */
function renderProblem(model: PrejoinViewModel) {
  const { text, preview } = model;
  switch (preview.error) {
    case 'denied':
      return html`<div part="preview-error" class="problem" role="alert" data-error="denied">
        <strong>${text.permissionDeniedTitle}</strong>
        <p>${model.permissionHelp()}</p>
        <div class="problem-actions">
          <button part="control retry-permission" type="button" ?disabled=${model.joining} @click=${model.onRetry}>${text.tryAgain}</button>
          <button part="control join-without-media" type="button" ?disabled=${model.joining} @click=${model.onJoinAsViewer}>${text.joinWithoutMedia}</button>
        </div>
      </div>`;
    case 'no-devices':
      return html`<div part="preview-error" class="problem" role="alert" data-error="no-devices"><p>${text.noDevices}</p></div>`;
    case 'unavailable':
      return html`<div part="preview-error" class="problem" role="alert" data-error="unavailable">
        <p>${text.devicesUnavailable}</p>
        <div class="problem-actions">
          <button part="control retry-permission" type="button" ?disabled=${model.joining} @click=${model.onRetry}>${text.tryAgain}</button>
        </div>
      </div>`;
    default:
      return nothing;
  }
}
