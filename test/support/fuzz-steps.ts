// The seeded fuzz of <video-room> against the simulator: a deterministic PRNG picks one random
// action per step (the simulator's controls, the element's methods, a resize) and every step is
// followed by invariant checks. A failure names the seed and every step so far, so it can be
// replayed by running that seed again (the choices depend only on the seed and what is on screen).
import { VideoRoomError } from '../../src/errors.js';
import type { VideoRoomElement, VideoTileElement } from '../../src/define.js';
import type { Simulator } from '../../src/testing/index.js';

/** mulberry32: a tiny, well-distributed 32-bit PRNG; the same seed gives the same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = ['idle', 'joining', 'connected', 'reconnecting', 'left', 'error'] as const;
const IN_CALL = new Set(['joining', 'connected', 'reconnecting']);
/** Names from the network must render as text; a few are meant to be awkward. */
const NAMES = [
  'Grace Hopper',
  'Alan Turing',
  'Katherine Johnson',
  'Zoë Ünïcødé',
  '李小龍',
  '<img src=x onerror="window.__fuzzPwned=true">Mallory',
  'O\'Brien & "Co"',
  'Ada 👩‍💻 Lovelace',
  'Edsger W. Dijkstra',
  'Barbara Liskov',
];
const REACTIONS = ['👍', '👏', '❤️', '😂', '🎉', '😮'] as const;
const CHAT = ['hello', 'https://example.com/a?b=c', '<b>not bold</b>', '🎉🎉', 'a longer message that wraps around the chat panel at narrow widths'];
/** More remote participants only make each step slower (each one is a canvas and an oscillator). */
const MAX_PARTICIPANTS = 6;
const METHOD_WAIT_MS = 400;

export interface FuzzOptions {
  seed: number;
  steps: number;
  /** Time after each step (after the element's update) before checking; default 25 ms. */
  settleMs?: number;
}

export interface FuzzResult {
  seed: number;
  steps: string[];
  counts: Record<string, number>;
  rejections: Record<string, number>;
  /** Steps after which the element was `connected` and the in-call invariants ran. */
  connectedChecks: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class FuzzFailure extends Error {}

/** One fuzz run: an element on the page, a simulator, the step log and the invariants. */
export class FuzzRun {
  readonly log: string[] = [];
  readonly counts: Record<string, number> = {};
  readonly rejections: Record<string, number> = {};
  private readonly random: () => number;
  private readonly pageErrors: string[] = [];
  /** Promises the element returned that have not settled yet, with the step that made each. */
  private readonly pending = new Map<Promise<unknown>, string>();
  /** Set while the element rejoins on its own after `disconnectNetwork()` (state `reconnecting` without a session). */
  private rejoining = false;
  /** How many times the in-call invariants ran (the state was `connected` after a step). */
  private connectedChecks = 0;
  private readonly badRejections: string[] = [];
  /** Mirrors `dropNetwork()`/`restoreNetwork()` (the simulator does not expose it). */
  private networkDown = false;
  private readonly localName: string;
  private readonly onError = (event: ErrorEvent) => this.pageErrors.push(`error: ${event.message} (${event.filename}:${event.lineno})`);
  private readonly onRejection = (event: PromiseRejectionEvent) => this.pageErrors.push(`unhandledrejection: ${describeError(event.reason)}`);

  constructor(
    private readonly element: VideoRoomElement,
    private readonly sim: Simulator,
    private readonly options: FuzzOptions,
  ) {
    this.random = mulberry32(options.seed);
    this.localName = element.displayName;
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
  }

  /** Runs the steps; throws a FuzzFailure naming the seed and the steps at the first broken invariant. */
  async run(): Promise<FuzzResult> {
    for (let index = 0; index < this.options.steps; index++) {
      const before = this.element.state;
      const step = this.pick();
      this.log.push(`${index + 1}. [${before}] ${step.label}`);
      this.counts[step.kind] = (this.counts[step.kind] ?? 0) + 1;
      try {
        await step.run();
      } catch (error) {
        this.fail(`step threw: ${describeError(error)}`);
      }
      await this.settle();
      this.check(step.expect?.());
      if (step.kind === 'disconnect-network' && this.element.state === 'reconnecting') this.rejoining = true;
      if (this.element.state !== 'reconnecting') this.rejoining = false;
    }
    return { seed: this.options.seed, steps: [...this.log], counts: this.counts, rejections: this.rejections, connectedChecks: this.connectedChecks };
  }

  /**
   * The final leave: the element leaves, every promise it returned settles, the simulated people
   * go (their drawing loops are simulator timers too) and nothing of the call is left running.
   */
  async finish(): Promise<void> {
    this.log.push(`final. [${this.element.state}] leave()`);
    if (this.networkDown) {
      this.sim.restoreNetwork();
      this.networkDown = false;
    }
    await this.call('leave', () => this.element.leave());
    await this.settle();
    this.check(['idle', 'left', 'error'].includes(this.element.state) ? undefined : `state "${this.element.state}" after the final leave()`);
    const problems: string[] = [];
    // Let the SDK's pending callbacks and round trips run out, as the lifecycle tests do.
    const settled = async (read: () => number) => {
      const until = performance.now() + 1500;
      while (read() !== 0 && performance.now() < until) await sleep(50);
      return read();
    };
    // With the simulated people still in the room: no session, publisher or subscriber is left.
    const listeners = await settled(() => this.sim.liveListeners());
    const tracks = await settled(() => this.sim.liveTracks());
    // Their pictures are drawn by simulator timers too, so they leave before the timers are counted.
    for (const participant of this.sim.participants()) this.sim.removeParticipant(participant.connectionId);
    const timers = await settled(() => this.sim.liveTimers());
    if (listeners || tracks || timers) {
      problems.push(`after the final leave(): ${listeners} SDK listeners, ${tracks} media tracks, ${timers} simulator timers still live (want 0 each)`);
    }
    const deadline = performance.now() + 1000;
    while (this.pending.size > 0 && performance.now() < deadline) await sleep(20);
    if (this.pending.size > 0) {
      problems.push(
        `${this.pending.size} promise(s) returned by the element never settled, though the call ended: from steps ${[...this.pending.values()].join(', ')}`,
      );
    }
    this.check(problems.length ? problems.join('\n  ') : undefined);
  }

  // ---- Steps ----

  private pick(): Step & { kind: string } {
    const all = this.steps();
    const available = all.filter((step) => step.when());
    const total = available.reduce((sum, step) => sum + step.weight, 0);
    let roll = this.random() * total;
    let chosen = available[available.length - 1];
    for (const step of available) {
      roll -= step.weight;
      if (roll < 0) {
        chosen = step;
        break;
      }
    }
    return { ...chosen.make(), kind: chosen.kind };
  }

  private steps(): StepKind[] {
    const sim = this.sim;
    const element = this.element;
    const people = () => sim.participants();
    const anyone = () => people().length > 0;
    const someone = () => {
      const list = people();
      return list[Math.floor(this.random() * list.length)];
    };
    const who = (id: string) => `#${people().findIndex((person) => person.connectionId === id)} "${people().find((person) => person.connectionId === id)?.name}"`;
    const state = () => element.state;
    return [
      {
        kind: 'add-participant',
        weight: 6,
        when: () => people().length < MAX_PARTICIPANTS,
        make: () => {
          const name = this.choose(NAMES);
          const audio = this.random() > 0.25;
          const video = this.random() > 0.25;
          const publish = this.random() > 0.1;
          return {
            label: `sim.addParticipant(${JSON.stringify({ name, audio, video, publish })})`,
            run: () => void sim.addParticipant({ name, audio, video, publish }),
          };
        },
      },
      {
        kind: 'remove-participant',
        weight: 4,
        when: anyone,
        make: () => {
          const person = someone();
          return { label: `sim.removeParticipant(${who(person.connectionId)})`, run: () => sim.removeParticipant(person.connectionId) };
        },
      },
      {
        kind: 'participant-media',
        weight: 6,
        when: anyone,
        make: () => {
          const person = someone();
          const kind = this.random() < 0.5 ? 'Audio' : 'Video';
          const on = this.random() < 0.5;
          return {
            label: `sim.setParticipant${kind}(${who(person.connectionId)}, ${on})`,
            run: () => (kind === 'Audio' ? sim.setParticipantAudio(person.connectionId, on) : sim.setParticipantVideo(person.connectionId, on)),
          };
        },
      },
      {
        kind: 'speak',
        weight: 4,
        when: anyone,
        make: () => {
          const person = someone();
          const speak = this.random() < 0.6;
          return {
            label: speak ? `sim.speak(${who(person.connectionId)})` : `sim.stopSpeaking(${who(person.connectionId)})`,
            run: () => (speak ? sim.speak(person.connectionId) : sim.stopSpeaking(person.connectionId)),
          };
        },
      },
      {
        kind: 'screen-share',
        weight: 3,
        when: anyone,
        make: () => {
          const person = someone();
          const start = !person.screenStreamId;
          return {
            label: start ? `sim.startScreenShare(${who(person.connectionId)})` : `sim.stopScreenShare(${who(person.connectionId)})`,
            run: () => void (start ? sim.startScreenShare(person.connectionId) : sim.stopScreenShare(person.connectionId)),
          };
        },
      },
      {
        kind: 'drop-network',
        weight: 1.5,
        when: () => !this.networkDown,
        make: () => {
          const from = state();
          return {
            label: 'sim.dropNetwork()',
            run: () => {
              this.networkDown = true;
              sim.dropNetwork();
            },
            expect: () => (from === 'connected' ? this.expectState(['reconnecting'], 'a dropped network while connected') : undefined),
          };
        },
      },
      {
        kind: 'restore-network',
        weight: 2,
        when: () => this.networkDown,
        make: () => {
          // A rejoin after disconnectNetwork() keeps its own backoff: only a dropped session reconnects at once.
          const from = this.rejoining ? 'rejoining' : state();
          return {
            label: 'sim.restoreNetwork()',
            run: () => {
              this.networkDown = false;
              sim.restoreNetwork();
            },
            expect: () => (from === 'reconnecting' ? this.expectState(['connected'], 'the network restored while reconnecting') : undefined),
          };
        },
      },
      {
        kind: 'disconnect-network',
        weight: 0.7,
        when: () => state() === 'connected' || state() === 'reconnecting',
        make: () => ({
          label: 'sim.disconnectNetwork()',
          run: () => sim.disconnectNetwork(),
          // `error` with Retry today; `reconnecting` once automatic rejoin (DESIGN "Resilience") exists.
          expect: () => this.expectState(['error', 'reconnecting'], 'disconnectNetwork() (the SDK gave up reconnecting)'),
        }),
      },
      {
        kind: 'force-disconnect',
        weight: 0.7,
        when: () => Boolean(element.session && (element.session as { isConnected?: () => boolean }).isConnected?.()),
        make: () => ({
          label: 'sim.forceDisconnect(element.session)',
          run: () => sim.forceDisconnect(element.session as never),
          expect: () => this.expectState(['left'], 'a moderator removed the local session'),
        }),
      },
      {
        kind: 'pin',
        weight: 3,
        when: () => element.participants.length > 0,
        make: () => {
          const list = element.participants;
          const target = list[Math.floor(this.random() * list.length)];
          const pin = this.random() < 0.7;
          return {
            label: pin ? `element.pin(${target.isLocal ? 'local' : JSON.stringify(target.name)})` : 'element.unpin()',
            run: () => this.call(pin ? 'pin' : 'unpin', () => (pin ? element.pin(target.id) : element.unpin())),
          };
        },
      },
      {
        kind: 'layout',
        weight: 3,
        when: () => true,
        make: () => {
          const layout = this.choose(['auto', 'grid', 'speaker'] as const);
          return { label: `element.setLayout('${layout}')`, run: () => this.call('setLayout', () => element.setLayout(layout)) };
        },
      },
      {
        kind: 'toggle-media',
        weight: 4,
        when: () => true,
        make: () => {
          const audio = this.random() < 0.5;
          return {
            label: audio ? 'element.toggleAudio()' : 'element.toggleVideo()',
            run: () => this.call(audio ? 'toggleAudio' : 'toggleVideo', () => (audio ? element.toggleAudio() : element.toggleVideo())),
          };
        },
      },
      {
        kind: 'leave',
        weight: 1.5,
        when: () => IN_CALL.has(state()),
        make: () => {
          const from = state();
          return {
            label: 'element.leave()',
            run: () => this.call('leave', () => element.leave()),
            expect: () => (IN_CALL.has(from) ? this.expectState(['left'], 'leave()') : undefined),
          };
        },
      },
      {
        kind: 'join',
        weight: 3,
        when: () => !IN_CALL.has(state()),
        make: () => {
          const networkDown = this.networkDown;
          return {
            label: 'element.join()',
            run: () => this.call('join', () => element.join(), 3000),
            // With the network down the connect fails (1006): an error with Retry.
            expect: () =>
              networkDown ? this.expectState(['error', 'joining', 'reconnecting'], 'join() with the network down') : this.expectState(['connected'], 'join()'),
          };
        },
      },
      {
        kind: 'chat',
        weight: 3,
        when: () => true,
        make: () => {
          const text = this.choose(CHAT);
          return { label: `element.sendChatMessage(${JSON.stringify(text)})`, run: () => this.call('sendChatMessage', () => element.sendChatMessage(text)) };
        },
      },
      {
        kind: 'hand',
        weight: 2,
        when: () => true,
        make: () => {
          const raise = this.random() < 0.6;
          return {
            label: raise ? 'element.raiseHand()' : 'element.lowerHand()',
            run: () => this.call(raise ? 'raiseHand' : 'lowerHand', () => (raise ? element.raiseHand() : element.lowerHand())),
          };
        },
      },
      {
        kind: 'reaction',
        weight: 2,
        when: () => true,
        make: () => {
          const emoji = this.choose(REACTIONS);
          return { label: `element.sendReaction('${emoji}')`, run: () => this.call('sendReaction', () => element.sendReaction(emoji)) };
        },
      },
      {
        kind: 'remote-talk',
        weight: 4,
        when: anyone,
        make: () => {
          const person = someone();
          const roll = this.random();
          if (roll < 0.4) {
            const text = this.choose(CHAT);
            return { label: `sim.sendChat(${who(person.connectionId)}, ${JSON.stringify(text)})`, run: () => void sim.sendChat(person.connectionId, text) };
          }
          if (roll < 0.7) {
            const raised = !person.handRaised;
            return { label: `sim.raiseHand(${who(person.connectionId)}, ${raised})`, run: () => sim.raiseHand(person.connectionId, raised) };
          }
          const emoji = this.choose(REACTIONS);
          return { label: `sim.react(${who(person.connectionId)}, '${emoji}')`, run: () => sim.react(person.connectionId, emoji) };
        },
      },
      {
        kind: 'resize',
        weight: 2,
        when: () => true,
        make: () => {
          const width = 300 + Math.floor(this.random() * 901);
          return { label: `element.style.width = '${width}px'`, run: () => void (element.style.width = `${width}px`) };
        },
      },
    ];
  }

  private choose<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }

  /**
   * Calls an element method and waits for it a while (not forever: a chat message sent while
   * reconnecting is held until the network is back). Its outcome is recorded whenever it comes; a
   * rejection must be a VideoRoomError.
   */
  private async call(name: string, fn: () => Promise<unknown>, waitMs = METHOD_WAIT_MS): Promise<void> {
    let promise: Promise<unknown>;
    try {
      promise = fn();
    } catch (error) {
      this.badRejections.push(`${name}() threw synchronously: ${describeError(error)}`);
      return;
    }
    const tracked = promise.then(
      () => undefined,
      (error: unknown) => {
        if (error instanceof VideoRoomError) {
          const key = `${name}: ${error.code}`;
          this.rejections[key] = (this.rejections[key] ?? 0) + 1;
        } else {
          this.badRejections.push(`${name}() rejected with something other than a VideoRoomError: ${describeError(error)}`);
        }
      },
    );
    this.pending.set(tracked, `${this.log.length}. ${name}() [called while ${this.element.state}]`);
    void tracked.finally(() => this.pending.delete(tracked));
    await Promise.race([tracked, sleep(waitMs)]);
  }

  private async settle(): Promise<void> {
    await this.element.updateComplete;
    await sleep(this.options.settleMs ?? 25);
    await this.element.updateComplete;
    await Promise.all(this.tiles().map((tile) => tile.updateComplete));
  }

  // ---- Invariants ----

  private expectState(allowed: string[], after: string): string | undefined {
    const state = this.element.state;
    if (allowed.includes(state)) return undefined;
    return `after ${after} the state is "${state}", expected ${allowed.map((value) => `"${value}"`).join(' or ')}`;
  }

  private tiles(): VideoTileElement[] {
    return [...(this.element.shadowRoot?.querySelectorAll<VideoTileElement>('[part~="tile"]') ?? [])];
  }

  private check(stepProblem: string | undefined): void {
    const problems = [...this.invariants()];
    if (stepProblem) problems.unshift(stepProblem);
    if (problems.length) this.fail(problems.join('\n  '));
  }

  private *invariants(): Generator<string> {
    const element = this.element;
    const state = element.state;
    if (this.pageErrors.length) yield* this.pageErrors.splice(0).map((text) => `page ${text}`);
    if (this.badRejections.length) yield* this.badRejections.splice(0);
    if ((window as { __fuzzPwned?: boolean }).__fuzzPwned) yield 'a participant name was rendered as HTML (window.__fuzzPwned is set)';
    if (!STATUSES.includes(state)) {
      yield `state "${state}" is not one of ${STATUSES.join(', ')}`;
      return;
    }
    if (element.getAttribute('state') !== state) yield `the state attribute is "${element.getAttribute('state')}" but state is "${state}"`;
    const tiles = this.tiles();
    if (state === 'left' || state === 'error') {
      if (tiles.length) yield `${tiles.length} tile(s) shown in state "${state}"`;
      if (element.participants.length) yield `${element.participants.length} participant(s) listed in state "${state}"`;
      const button = state === 'left' ? 'rejoin' : 'retry';
      if (!element.shadowRoot?.querySelector(`button[part~="control"][part~="${button}"]`)) yield `no ${button} button in state "${state}"`;
      return;
    }
    if (state !== 'connected') return;
    yield* this.connectedInvariants(tiles);
  }

  private *connectedInvariants(tiles: HTMLElement[]): Generator<string> {
    this.connectedChecks += 1;
    const element = this.element;
    const participants = element.participants;
    const camera = tiles.filter((tile) => tile.dataset.kind === 'camera');
    const screen = tiles.filter((tile) => tile.dataset.kind === 'screen');
    const other = tiles.filter((tile) => tile.dataset.kind !== 'camera' && tile.dataset.kind !== 'screen');
    if (other.length) yield `${other.length} tile(s) of unknown kind: ${other.map((tile) => tile.dataset.kind).join(', ')}`;
    const locals = participants.filter((participant) => participant.isLocal);
    if (locals.length !== 1) yield `${locals.length} local participants (want 1)`;
    if (camera.length !== participants.length) yield `${camera.length} camera tiles for ${participants.length} participants`;

    // The element's roster against the simulated room.
    const remote = participants.filter((participant) => !participant.isLocal);
    const simPeople = this.sim.participants();
    const missing = simPeople.filter((person) => !remote.some((participant) => participant.id === person.connectionId));
    const extra = remote.filter((participant) => !simPeople.some((person) => person.connectionId === participant.id));
    if (missing.length) yield `not listed though in the room: ${missing.map((person) => JSON.stringify(person.name)).join(', ')}`;
    if (extra.length) yield `listed though gone: ${extra.map((participant) => JSON.stringify(participant.name)).join(', ')}`;

    for (const participant of participants) {
      const own = camera.filter((tile) => tile.dataset.participantId === participant.id);
      const label = participant.isLocal ? `${participant.name} (You)` : participant.name;
      if (own.length !== 1) {
        yield `${JSON.stringify(label)} has ${own.length} camera tiles (want 1)`;
        continue;
      }
      const tile = own[0];
      const shown = tile.shadowRoot?.querySelector('[part="tile-name"]')?.textContent?.trim();
      if (shown !== label.trim()) yield `camera tile of ${JSON.stringify(label)} is labelled ${JSON.stringify(shown)}`;
      if (tile.dataset.local !== String(participant.isLocal)) yield `camera tile of ${JSON.stringify(label)} has data-local="${tile.dataset.local}"`;
      const person = simPeople.find((candidate) => candidate.connectionId === participant.id);
      if (participant.isLocal) {
        if (participant.name !== this.localName) yield `the local participant is named ${JSON.stringify(participant.name)}, not ${JSON.stringify(this.localName)}`;
        continue;
      }
      if (!person) continue;
      if (participant.name !== person.name) yield `participant ${JSON.stringify(person.name)} is named ${JSON.stringify(participant.name)}`;
      if (participant.handRaised !== person.handRaised) yield `${JSON.stringify(person.name)}'s hand is ${person.handRaised ? 'up' : 'down'} but shows ${participant.handRaised ? 'up' : 'down'}`;
      if (person.streamId) {
        if (tile.dataset.streamId !== person.streamId) yield `camera tile of ${JSON.stringify(label)} has stream "${tile.dataset.streamId}", not "${person.streamId}"`;
        if (tile.dataset.audioMuted !== String(!person.audio)) yield `camera tile of ${JSON.stringify(label)}: data-audio-muted="${tile.dataset.audioMuted}" but their audio is ${person.audio ? 'on' : 'off'}`;
        if (tile.dataset.videoMuted !== String(!person.video)) yield `camera tile of ${JSON.stringify(label)}: data-video-muted="${tile.dataset.videoMuted}" but their video is ${person.video ? 'on' : 'off'}`;
      }
    }

    const sharing = simPeople.filter((person) => person.screenStreamId);
    if (screen.length !== sharing.length) yield `${screen.length} screen tiles for ${sharing.length} screen shares`;
    for (const person of sharing) {
      const own = screen.filter((tile) => tile.dataset.participantId === person.connectionId && tile.dataset.streamId === person.screenStreamId);
      if (own.length !== 1) {
        yield `the screen share of ${JSON.stringify(person.name)} has ${own.length} tiles (want 1)`;
        continue;
      }
      const shown = own[0].shadowRoot?.querySelector('[part="tile-name"]')?.textContent?.trim() ?? '';
      if (!shown.includes(person.name.trim())) yield `the screen tile of ${JSON.stringify(person.name)} is labelled ${JSON.stringify(shown)}`;
    }
  }

  private fail(problem: string): never {
    const steps = this.log.join('\n    ');
    throw new FuzzFailure(
      `Fuzz seed ${this.options.seed} failed after step ${this.log.length} (state "${this.element.state}"):\n  ${problem}\n` +
        `  Replay: run seed ${this.options.seed} (${this.options.steps} steps). Steps so far:\n    ${steps}`,
    );
  }
}

interface Step {
  label: string;
  run: () => unknown;
  /** A problem with the state this step should have led to, or undefined. */
  expect?: () => string | undefined;
}

interface StepKind {
  kind: string;
  weight: number;
  when: () => boolean;
  make: () => Step;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}${error.stack ? `\n      ${error.stack.split('\n').slice(1, 4).join('\n      ')}` : ''}`;
  return String(error);
}
