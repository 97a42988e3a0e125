// Shared helpers for the component tests: mount a <video-room> wired to a simulator and the
// test token endpoint, wait for what a user would see, and record the events it fires.
import '../../src/define.js';
import { videoRoomEventNames, type VideoRoomEventMap } from '../../src/events.js';
import type { VideoRoomElement } from '../../src/define.js';
import { PREFERENCES_KEY } from '../../src/media/preferences.js';
import { createSimulator, type Simulator } from '../../src/testing/index.js';

export type { Simulator };

const mounted = new Set<HTMLElement>();
const simulators = new Set<Simulator>();

export function newSimulator(): Simulator {
  const sim = createSimulator({ audioLevelIntervalMs: 30 });
  simulators.add(sim);
  return sim;
}

/** A unique key so each test can read back the token requests it made. */
export function requestKey(): string {
  return Math.random().toString(36).slice(2);
}

export interface MountOptions {
  sim?: Simulator;
  endpoint?: string;
  attributes?: Record<string, string | boolean>;
  parent?: HTMLElement;
  setup?: (element: VideoRoomElement) => void;
}

/** Creates a `<video-room>` with the given attributes, its `sdk` set to the simulator, and puts it on the page. */
export function mountRoom(options: MountOptions = {}): VideoRoomElement {
  const element = document.createElement('video-room');
  element.style.width = '800px';
  element.style.height = '500px';
  if (options.sim) element.sdk = options.sim.OT;
  if (options.endpoint !== undefined) element.setAttribute('token-endpoint', options.endpoint);
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  options.setup?.(element);
  (options.parent ?? document.body).append(element);
  mounted.add(element);
  return element;
}

/**
 * Choices the element remembered (camera off, a device, a name) are kept per origin, so across
 * test files too: each test starts without them, whatever ran before it.
 */
const forgetPreferences = () => localStorage.removeItem(PREFERENCES_KEY);
forgetPreferences();

/** Removes every mounted element, disposes every simulator and forgets remembered choices; used in afterEach. */
export async function cleanup(): Promise<void> {
  for (const element of mounted) element.remove();
  mounted.clear();
  await Promise.resolve();
  for (const sim of simulators) sim.dispose();
  simulators.clear();
  forgetPreferences();
}

export async function waitFor(condition: () => unknown, message: string, timeoutMs = 8000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

export function tiles(element: Element): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="tile"]')];
}

export function tileFor(element: Element, participantId: string): HTMLElement | undefined {
  return tiles(element).find((tile) => tile.dataset.participantId === participantId && tile.dataset.kind === 'camera');
}

export function tileNames(element: Element): string[] {
  return tiles(element).map((tile) => tile.shadowRoot!.querySelector('[part="tile-name"]')!.textContent.trim());
}

export function control(element: Element, name: string): HTMLButtonElement {
  const button = shadow(element).querySelector<HTMLButtonElement>(`button[part~="control"][part~="${name}"]`);
  if (!button) throw new Error(`No ${name} control`);
  return button;
}

export function statusText(element: Element): string {
  return [...shadow(element).querySelectorAll('[part~="status"]')].map((node) => node.textContent.replace(/\s+/g, ' ').trim()).join(' | ');
}

export interface RecordedEvent {
  type: string;
  detail: unknown;
}

type DetailOf<K extends keyof VideoRoomEventMap> = VideoRoomEventMap[K]['detail'];


/** Records every vr-* event reaching `target` (document by default: they bubble and are composed). */
export function recordEvents(target: EventTarget = document): {
  events: RecordedEvent[];
  stop(): void;
  of<K extends keyof VideoRoomEventMap>(type: K): DetailOf<K>[];
} {
  const events: RecordedEvent[] = [];
  const handler = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent<unknown>).detail });
  for (const name of videoRoomEventNames) target.addEventListener(name, handler);
  return {
    events,
    stop: () => videoRoomEventNames.forEach((name) => target.removeEventListener(name, handler)),
    of: <K extends keyof VideoRoomEventMap>(type: K) =>
      events.filter((event) => event.type === type).map((event) => event.detail as DetailOf<K>),
  };
}

/** What the test token endpoint remembers of the requests made with one key. */
export interface TokenRequestRecord {
  method: string;
  room: string | null;
  contentType: string | null;
  cookie: string | null;
  body: unknown;
  count: number;
}

/** The requests made with `key`, or null when there was none. */
export async function lastTokenRequest(key: string): Promise<TokenRequestRecord | null> {
  return (await fetch(`/test-token/last?key=${key}`)).json() as Promise<TokenRequestRecord | null>;
}

/** Joins through the element's method and waits for the connected state with a local tile. */
export async function joined(element: VideoRoomElement): Promise<void> {
  await element.join();
  await waitFor(() => element.state === 'connected', 'connected state');
}

/** True once a tile's video is playing real frames. */
export function videoPlaying(tile: HTMLElement): boolean {
  const video = tile.shadowRoot?.querySelector('video');
  return Boolean(video && video.videoWidth > 0 && !video.paused && !video.classList.contains('hidden'));
}

/** The usual start of an in-call test: a simulator, an event recorder, and a joined element. */
export async function startCall(attributes: Record<string, string | boolean> = {}, endpoint = '/test-token') {
  const sim = newSimulator();
  const recorder = recordEvents();
  const element = mountRoom({ sim, endpoint, attributes });
  await joined(element);
  return { sim, recorder, element };
}
