// The in-page half of the bench (bench/run.mjs drives it through `window.bench`): installs the
// simulator as window.OT, then loads the built element, and offers measurements that must run
// inside the page (long tasks, mutation records, what each subscriber was asked for).
import { installSimulator } from '/dist/testing.js';

const sim = installSimulator();
// `page.html?leaks` (bench/leaks.mjs): nothing below may keep objects of past calls alive, so the
// recorders that exist for the other measurements (long tasks, subscriber wrappers, update timings) stay off.
const measuringLeaks = new URLSearchParams(location.search).has('leaks');

// --- Long tasks, from the start --------------------------------------------------------------------

const longTasks = [];
if (!measuringLeaks) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

// --- What each subscriber was asked for --------------------------------------------------------------
// Newer simulators answer `sim.subscribers()` (each live subscriber's video state, preferred
// resolution and frame rate). For older builds, and as a cross-check, the session's `subscribe` is
// wrapped too: each subscriber returned gets its own record of what it was last asked (the wrappers
// call through to the simulator unchanged).

/** @type {Array<{subscriber: any, streamId: string, videoType: string, video: boolean, resolution: {width:number,height:number}|null, frameRate: number|null}>} */
const feeds = [];

function track(subscriber, stream, props) {
  const feed = {
    subscriber,
    streamId: stream.streamId,
    videoType: stream.videoType,
    video: props?.subscribeToVideo !== false,
    resolution: null,
    frameRate: null,
  };
  feeds.push(feed);
  const { subscribeToVideo, setPreferredResolution, setPreferredFrameRate } = subscriber;
  subscriber.subscribeToVideo = function (value) {
    feed.video = value !== false;
    return subscribeToVideo.call(this, value);
  };
  subscriber.setPreferredResolution = function (resolution) {
    feed.resolution = resolution ? { width: resolution.width, height: resolution.height } : null;
    return setPreferredResolution.call(this, resolution);
  };
  subscriber.setPreferredFrameRate = function (frameRate) {
    feed.frameRate = frameRate;
    return setPreferredFrameRate.call(this, frameRate);
  };
}

const initSession = sim.OT.initSession;
if (!measuringLeaks) {
  sim.OT.initSession = function (...args) {
    const session = initSession.apply(this, args);
    const subscribe = session.subscribe;
    session.subscribe = function (stream, target, props, ...rest) {
      const subscriber = subscribe.call(this, stream, target, props, ...rest);
      if (subscriber) track(subscriber, stream, props);
      return subscriber;
    };
    return session;
  };
}

/** Subscribers not yet destroyed (the simulator clears `stream` on destroy). */
const liveFeeds = () => feeds.filter((feed) => feed.subscriber.stream !== undefined);

/**
 * Live subscribers as `{ streamId, video, resolution, streamSize }`, from `sim.subscribers()` when
 * the simulator has it, else from the wrappers; `agree` says whether both sources match.
 */
function subscriberStates() {
  const wrapped = liveFeeds().map((feed) => ({
    streamId: feed.streamId,
    video: feed.video,
    resolution: feed.resolution,
    streamSize: feed.subscriber.stream?.videoDimensions ?? null,
  }));
  if (typeof sim.subscribers !== 'function') return { source: 'wrapped session.subscribe', states: wrapped, agree: null };
  const sizes = new Map(wrapped.map((state) => [state.streamId, state.streamSize]));
  const states = sim.subscribers().map((report) => ({
    streamId: report.streamId,
    video: report.subscribeToVideo,
    resolution: report.preferredResolution,
    streamSize: sizes.get(report.streamId) ?? null,
  }));
  const key = (list) => JSON.stringify(list.map((state) => [state.streamId, state.video, state.resolution]).sort());
  return { source: 'sim.subscribers()', states, agree: key(states) === key(wrapped) };
}

// --- The element ---------------------------------------------------------------------------------------

// Loaded after the simulator is window.OT, so the element never fetches the SDK chunk.
const { defined } = await import('/dist/video-room.js');
await defined;

// Every update (render, DOM commit, `updated()`) of the room and tile elements, timed, so that long
// tasks can be split into the element's own synchronous work and everything else (the simulator's
// media, the browser's style, layout and paint).
const updates = [];
function timeUpdates(tag) {
  const proto = customElements.get(tag).prototype;
  const performUpdate = proto.performUpdate;
  proto.performUpdate = function (...args) {
    const start = performance.now();
    try {
      return performUpdate.apply(this, args);
    } finally {
      updates.push({ tag, start, duration: performance.now() - start, tile: tag === 'vr-video-tile' ? this : undefined });
    }
  };
}
// The tile element is defined by the in-call chunk, on join: patched the moment it is defined
// (before its first tile renders), not now, when it does not exist yet.
for (const tag of measuringLeaks ? [] : ['video-room', 'vr-video-tile']) void customElements.whenDefined(tag).then(() => timeUpdates(tag));

/** Long tasks with the element updates that ran inside each. */
function withUpdates(tasks) {
  return tasks.map((task) => {
    const inside = updates.filter((update) => update.start >= task.start && update.start < task.start + task.duration);
    return { ...task, elementUpdates: inside.length, elementUpdateMs: inside.reduce((sum, update) => sum + update.duration, 0) };
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let room = null;

function tileElements() {
  return room?.shadowRoot ? [...room.shadowRoot.querySelectorAll('vr-video-tile')] : [];
}

function tiles() {
  return tileElements().map((tile) => ({
    participantId: tile.dataset.participantId,
    streamId: tile.dataset.streamId,
    kind: tile.dataset.kind,
    local: tile.dataset.local === 'true',
    hidden: tile.hidden,
  }));
}

async function waitFor(check, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(4);
  }
}

/** Places `<video-room autojoin>` (local microphone muted, so its fake beep never lights the tile) and waits for the call. */
async function mount({ layout = 'auto', maxTiles, participants = 0 } = {}) {
  for (let index = 0; index < participants; index += 1) sim.addParticipant({ name: `Remote ${index + 1}` });
  room = document.createElement('video-room');
  room.setAttribute('token-endpoint', '/api/token');
  room.setAttribute('room', 'bench');
  room.setAttribute('display-name', 'Bench');
  room.setAttribute('layout', layout);
  room.toggleAttribute('start-audio-muted', true);
  if (maxTiles) room.setAttribute('max-tiles', String(maxTiles));
  room.toggleAttribute('autojoin', true);
  const joinedAt = performance.now();
  document.body.append(room);
  await waitFor(() => room.getAttribute('state') === 'connected' && tiles().some((tile) => tile.local), 15_000, 'the call');
  // Remote tiles with their <video>: the subscriptions (and the simulator's media behind them) are up.
  await waitFor(
    () => tileElements().filter((tile) => tile.dataset.local === 'false' && tile.shadowRoot?.querySelector('video')).length === participants,
    15_000,
    'the remote videos',
  );
  return { joinMs: performance.now() - joinedAt };
}

/**
 * Adds `count` participants one by one: each waits for its tile, then for the rest of `intervalMs`.
 * Returns the total time, each time-to-tile, and the long tasks seen meanwhile.
 */
async function addParticipantsOneByOne(count, intervalMs) {
  const firstTask = longTasks.length;
  const firstUpdate = updates.length;
  const started = performance.now();
  const toTile = [];
  for (let index = 0; index < count; index += 1) {
    const added = performance.now();
    const { connectionId } = sim.addParticipant({ name: `Guest ${index + 1}` });
    await waitFor(() => tileElements().some((tile) => tile.dataset.participantId === connectionId), 10_000, `tile ${index + 1}`);
    toTile.push(performance.now() - added);
    const rest = intervalMs - (performance.now() - added);
    if (rest > 0) await sleep(rest);
  }
  const totalMs = performance.now() - started;
  // A long task ending right after the last add still belongs to this phase.
  await sleep(200);
  const phaseUpdates = updates.slice(firstUpdate);
  const roomUpdates = phaseUpdates.filter((update) => update.tag === 'video-room').map((update) => update.duration);
  const tileUpdates = phaseUpdates.filter((update) => update.tag !== 'video-room').map((update) => update.duration);
  return {
    totalMs,
    toTile,
    longTasks: withUpdates(longTasks.slice(firstTask).filter((task) => task.start >= started)),
    updates: {
      room: { count: roomUpdates.length, maxMs: Math.max(0, ...roomUpdates), totalMs: roomUpdates.reduce((a, b) => a + b, 0) },
      tiles: { count: tileUpdates.length, maxMs: Math.max(0, ...tileUpdates), totalMs: tileUpdates.reduce((a, b) => a + b, 0) },
    },
  };
}

/** The tile element (light DOM of the room's shadow root) a node belongs to, or null. */
function owningTile(node) {
  for (let current = node; current; ) {
    if (current instanceof Element && current.localName === 'vr-video-tile') return current;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

function describe(node) {
  if (node instanceof Element) {
    const classes = node.classList.length > 0 ? `.${[...node.classList].join('.')}` : '';
    return `${node.localName}${classes}`;
  }
  if (node instanceof ShadowRoot) return `#shadow-root(${node.host.localName})`;
  return node.nodeName;
}

const changes = {
  mute: (participantId) => sim.setParticipantAudio(participantId, false),
  speak: (participantId) => sim.speak(participantId),
};

/**
 * Makes one change to one participant (`mute` or `speak`) and records every DOM mutation in the
 * room's shadow root and every tile's shadow root, after a quiet baseline window of the same
 * length, with the element updates (room and tiles) it caused and their main-thread time.
 */
async function changeMutations(participantId, change = 'mute', windowMs = 400) {
  const records = [];
  const observer = new MutationObserver((list) => records.push(...list));
  const options = { subtree: true, attributes: true, childList: true, characterData: true };
  observer.observe(room.shadowRoot, options);
  for (const tile of tileElements()) if (tile.shadowRoot) observer.observe(tile.shadowRoot, options);

  const quietFrom = updates.length;
  await sleep(windowMs);
  const baseline = records.splice(0).length;
  const otherTileUpdatesBefore = updates.slice(quietFrom).filter((update) => update.tag === 'vr-video-tile').length;

  const firstUpdate = updates.length;
  changes[change](participantId);
  await sleep(windowMs);
  const caused = updates.slice(firstUpdate);
  const of = (tag) => caused.filter((update) => update.tag === tag);
  observer.disconnect();
  records.push(...observer.takeRecords());

  const tile = tileElements().find((element) => element.dataset.participantId === participantId && element.dataset.kind === 'camera');
  const outside = records.filter((record) => owningTile(record.target) !== tile);
  return {
    baseline,
    records: records.length,
    insideTile: records.length - outside.length,
    tileMuted: tile?.dataset.audioMuted === 'true',
    tileSpeaking: tile?.dataset.speaking === 'true',
    roomUpdates: of('video-room').length,
    // Their tile's; other tiles update on their own meanwhile (network quality reports, the
    // local microphone): counted apart, with those of the quiet window before, for comparison.
    tileUpdates: of('vr-video-tile').filter((update) => update.tile === tile).length,
    otherTileUpdates: of('vr-video-tile').filter((update) => update.tile !== tile).length,
    otherTileUpdatesBefore,
    updateMs: caused.filter((update) => update.tag === 'video-room' || update.tile === tile).reduce((sum, update) => sum + update.duration, 0),
    detail: records.map((record) => `${record.type}${record.attributeName ? `[${record.attributeName}]` : ''} on ${describe(record.target)}`),
    outside: outside.map((record) => `${record.type}${record.attributeName ? `[${record.attributeName}]` : ''} on ${describe(record.target)}`),
  };
}

/** Resolves to whether `count()` stayed the same for `quietMs` before `timeoutMs` ran out. */
async function untilQuiet(count, quietMs, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  let last = count();
  let since = performance.now();
  while (performance.now() - since < quietMs) {
    if (performance.now() > deadline) return false;
    await sleep(50);
    if (count() !== last) {
      last = count();
      since = performance.now();
    }
  }
  return true;
}

/** Resolves once no SDK call has been recorded for `quietMs`. */
async function settle(quietMs = 600, timeoutMs = 10_000) {
  if (!(await untilQuiet(() => sim.calls.length, quietMs, timeoutMs))) throw new Error('SDK calls did not settle');
}

/** What the remote video costs right now, against what the screen shows. */
function quality() {
  const stage = room.shadowRoot.querySelector('.stage');
  const dpr = devicePixelRatio || 1;
  const visibleRemote = tiles().filter((tile) => !tile.local && !tile.hidden && tile.streamId).length;
  const { source, states, agree } = subscriberStates();
  const withVideo = states.filter((state) => state.video);
  let requestedPixels = 0;
  let withoutRequest = 0;
  for (const state of withVideo) {
    if (state.resolution) {
      requestedPixels += state.resolution.width * state.resolution.height;
    } else {
      // No preference sent: the subscriber receives what the stream sends.
      withoutRequest += 1;
      requestedPixels += state.streamSize ? state.streamSize.width * state.streamSize.height : 0;
    }
  }
  const pager = room.shadowRoot.querySelector('[part~="pager"] span');
  return {
    stageWidth: stage.clientWidth,
    stageHeight: stage.clientHeight,
    dpr,
    stagePixels: stage.clientWidth * stage.clientHeight * dpr * dpr,
    visibleRemote,
    subscribers: states.length,
    videoOn: withVideo.length,
    source,
    sourcesAgree: agree,
    requestedPixels,
    withoutRequest,
    pageStatus: pager?.textContent.trim() ?? null,
    visibilityState: document.visibilityState,
  };
}

/** Video-on subscribers, readable while the page is hidden (no timers involved). */
function videoOnCount() {
  return { videoOn: subscriberStates().states.filter((state) => state.video).length, visibilityState: document.visibilityState };
}

/**
 * The fallback when no real way hides the page: `document.visibilityState`/`hidden` overridden and
 * `visibilitychange` dispatched, as a browser does on a tab switch.
 */
function fakeVisibility(hidden) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Clicks the pager's next-page button; false when there is none (or it is disabled). */
function nextPage() {
  const button = room.shadowRoot.querySelector('button[part~="next-page"]');
  if (!button || button.disabled) return false;
  button.click();
  return true;
}

/** A remote participant whose camera tile is on the current page (none of the IDs in `except`). */
function visibleRemoteParticipant(except = []) {
  return tiles().find((tile) => !tile.local && !tile.hidden && tile.kind === 'camera' && !except.includes(tile.participantId))?.participantId ?? null;
}

/**
 * `changeMutations` for `count` visible participants in turn, each another one. A speaker stops
 * again (and their tile shows it) before the next one starts, so each window holds one change.
 */
async function changeSeries(change, count) {
  // The first reports after mounting (network quality, video sizes) update tiles for a while.
  // Tiles that never go quiet are no reason to stop: each window counts the quiet updates too.
  await untilQuiet(() => updates.length, 600, 10_000);
  const results = [];
  const done = [];
  for (let index = 0; index < count; index += 1) {
    const participantId = visibleRemoteParticipant(done);
    if (!participantId) break;
    done.push(participantId);
    results.push(await changeMutations(participantId, change));
    if (change === 'speak') {
      sim.stopSpeaking(participantId);
      await waitFor(() => room.shadowRoot.querySelector(`vr-video-tile[data-participant-id="${participantId}"][data-kind="camera"][data-speaking="false"]`), 5_000, 'the speaker quiet again');
    }
  }
  return results;
}

// --- Leaks (bench/leaks.mjs) ---------------------------------------------------------------------------

/**
 * `count` calls, each with a new `<video-room autojoin>`: placed on the page, joined, every tile
 * shown with the remote videos up, left, removed. Nothing here keeps a reference to an element
 * after its cycle. Returns each cycle's duration (ms).
 */
async function joinLeaveCycles(count) {
  const durations = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    const element = document.createElement('video-room');
    element.setAttribute('token-endpoint', '/api/token');
    element.setAttribute('room', 'leaks');
    element.setAttribute('display-name', 'Leak Check');
    element.toggleAttribute('start-audio-muted', true);
    element.toggleAttribute('autojoin', true);
    document.body.append(element);
    const remote = sim.participants().length;
    await waitFor(() => {
      if (element.getAttribute('state') !== 'connected') return false;
      const shown = [...element.shadowRoot.querySelectorAll('vr-video-tile')];
      return shown.length === remote + 1 && shown.filter((tile) => tile.shadowRoot?.querySelector('video')).length === remote + 1;
    }, 15_000, `call ${index + 1}`);
    await element.leave();
    element.remove();
    durations.push(performance.now() - started);
  }
  // Late SDK callbacks and round trips of the last call run out.
  await sleep(300);
  return durations;
}

/** What the simulator still holds: SDK listeners, media tracks, timers (0 each after a clean teardown). */
function simulatorLeftovers() {
  return { listeners: sim.liveListeners(), tracks: sim.liveTracks(), timers: sim.liveTimers() };
}

/** The simulator logs every SDK call with its arguments (by design); cleared before heap readings. */
function forgetSimulatorCalls() {
  sim.calls.length = 0;
}

/** Removes every simulated participant (their pictures are simulator timers too). */
function removeParticipants() {
  for (const participant of sim.participants()) sim.removeParticipant(participant.connectionId);
}

window.bench = {
  joinLeaveCycles,
  simulatorLeftovers,
  forgetSimulatorCalls,
  removeParticipants,
  sim,
  ready: true,
  mount,
  tiles,
  addParticipantsOneByOne,
  changeMutations,
  changeSeries,
  settle,
  quality,
  videoOnCount,
  nextPage,
  fakeVisibility,
  visibleRemoteParticipant,
  longTasks: () => withUpdates(longTasks),
};
