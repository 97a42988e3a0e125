// Demo page: asks the server which mode it runs in, installs the in-page simulator when there are
// no Vonage credentials, then places <video-room> on the page and logs every event it fires.
// Strings from users or events only ever reach the DOM through textContent.

import { videoRoomEventNames } from '/dist/video-room.js';

const MAX_LOG_ENTRIES = 100;
const TALK_INTERVAL_MS = 3000;
const STARTING_CAST = ['Grace Hopper', 'Alan Turing', 'Katherine Johnson'];
// Who "Add 10 participants" brings in, in order; numbered ("Claude Shannon 2") once all are here.
const NOTABLE_NAMES = [
  'Margaret Hamilton', 'Claude Shannon', 'Hedy Lamarr', 'John von Neumann', 'Radia Perlman',
  'Edsger Dijkstra', 'Frances Allen', 'Tim Berners-Lee', 'Mary Jackson', 'Donald Knuth',
  'Dorothy Vaughan', 'Vint Cerf', 'Lise Meitner', 'Dennis Ritchie', 'Chien-Shiung Wu',
  'Richard Feynman', 'Emmy Noether', 'Nikola Tesla', 'Rosalind Franklin', 'Ken Thompson',
  'Annie Easley', 'Seymour Cray', 'Jean Bartik', 'Bjarne Stroustrup', 'Marie Curie',
];
const ADD_MANY_COUNT = 10;
const DEFAULT_ROOM = 'lobby';
// The starting cast also chats, raises hands and reacts on their own, each every 20–40 s.
const AMBIENT_MIN_MS = 20_000;
const AMBIENT_MAX_MS = 40_000;
const HAND_UP_MIN_MS = 8_000;
const HAND_UP_MAX_MS = 20_000;
const REPLY_MIN_MS = 1_500;
const REPLY_MAX_MS = 4_000;
const REPLY_CHANCE = 0.6;
const REACTIONS = ['👍', '👏', '❤️', '😂', '🎉', '😮'];
const SMALL_TALK = [
  'Hi everyone! 👋', 'Can you all hear me okay?', 'Great point!', 'Sounds good to me.',
  "I'll share my notes after the call.", 'Nice to see you all!', 'Back in a minute.', 'Love this idea.',
  'Should we take a five-minute break?', 'Thanks for setting this up!',
];
const REPLIES = ['Good question!', 'Hi there! 😊', 'Thanks, noted.', 'Ha, agreed.', 'Makes sense to me.', 'Let me think about that.'];
// While a simulated participant has the floor, the (simulated) captions service now and then
// transcribes them: a partial result, then the final line, as Vonage Live Captions sends them.
const CAPTION_CHANCE = 0.5;
const CAPTION_PARTIAL_MS = 500;
const CAPTION_FINAL_MS = 1_800;
const SPOKEN_LINES = [
  'I think we can ship this by Friday', 'Let me share what I found this morning', 'Can everyone see my screen',
  'The numbers look better than last week', 'I agree with that, let us try it', 'Sorry, I was on mute',
  'Could you repeat the last part please', 'We should write this down before we forget',
];
// Events of the room's second part; listed here too so the log shows them even where the
// element's own `videoRoomEventNames` does not list them yet.
const EXTRA_EVENT_NAMES = [
  'vr-chat-message', 'vr-hand-change', 'vr-reaction', 'vr-participant-updated', 'vr-recording-change', 'vr-caption',
];

const byId = (id) => document.getElementById(id);
const pick = (items) => items[Math.floor(Math.random() * items.length)];
const between = (min, max) => min + Math.random() * (max - min);

function element(tag, { className, text, attrs } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  return node;
}

// --- Event log ---------------------------------------------------------------------------------

const log = byId('event-log');

// An event detail as JSON text that wraps between tokens, never inside one where avoidable: every
// "key": value pair and every value is an inline block, so a value that does not fit after its key
// moves to the next line whole (a UUID is not split at its hyphens); only a value wider than the
// whole log is broken inside.
function renderJson(value, prefix = '', suffix = '', depth = 0) {
  if (value === null || typeof value !== 'object' || depth > 4) {
    let text;
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
    return element('span', { className: `json-value json-${value === null ? 'null' : typeof value}`, text: prefix + text + suffix });
  }
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const entries = Array.isArray(value) ? value.map((item) => [null, item]) : Object.entries(value);
  const node = element('span');
  if (entries.length === 0) {
    node.append(prefix + open + close + suffix);
    return node;
  }
  entries.forEach(([key, item], index) => {
    const first = index === 0;
    const last = index === entries.length - 1;
    // The brackets ride on the first and last pair, so neither stands on a line of its own.
    const lead = first ? prefix + open : '';
    const trail = last ? close + suffix : ',';
    const pair = element('span', { className: 'json-pair' });
    if (key === null) {
      pair.append(renderJson(item, lead, trail, depth + 1));
    } else {
      pair.append(lead, element('span', { className: 'json-key', text: `${JSON.stringify(key)}:` }), ' ', renderJson(item, '', trail, depth + 1));
    }
    node.append(pair);
    if (!last) node.append(' ');
  });
  return node;
}

function logEvent(event) {
  const time = new Date().toLocaleTimeString(undefined, {
    hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hour12: false,
  });
  const entry = element('li', { className: `log-entry ${event.type}` });
  entry.append(
    element('time', { className: 'log-time', text: time }),
    element('span', { className: 'log-type', text: event.type }),
  );
  if (event.detail !== undefined && event.detail !== null) {
    const detail = element('code', { className: 'log-detail' });
    detail.append(renderJson(event.detail));
    entry.append(detail);
  }
  log.prepend(entry);
  while (log.childElementCount > MAX_LOG_ENTRIES) log.lastElementChild.remove();
}

// The events bubble and are composed, so one listener on the document sees them all — as a host
// page would do it. Registered before the element exists so its first state change is logged.
for (const name of new Set([...videoRoomEventNames, ...EXTRA_EVENT_NAMES])) document.addEventListener(name, logEvent);
byId('clear-log').addEventListener('click', () => log.replaceChildren());

// --- Simulator controls ------------------------------------------------------------------------

function setUpSimulatorPanel(sim) {
  // The demo's own view of the people it added: the simulator is driven, not inspected.
  const cast = new Map(); // connectionId → { name, audio, video, sharing, hand, ambient, row }
  const list = byId('participants');
  const emptyNote = byId('participants-empty');
  const countLabel = byId('participants-count');
  const nameInput = byId('participant-name');
  let speakerId = null;
  let namesHandedOut = 0;

  function renderRow(id) {
    const person = cast.get(id);
    person.row.classList.toggle('speaking', id === speakerId);
    person.row.querySelector('[data-action="audio"]').textContent = person.audio ? 'Mute' : 'Unmute';
    person.row.querySelector('[data-action="video"]').textContent = person.video ? 'Camera off' : 'Camera on';
    const share = person.row.querySelector('[data-action="share"]');
    share.textContent = person.sharing ? 'Stop sharing' : 'Share screen';
    share.setAttribute('aria-pressed', String(person.sharing));
    const hand = person.row.querySelector('[data-action="hand"]');
    hand.textContent = person.hand ? 'Lower hand' : 'Raise hand';
    person.row.querySelector('[data-action="network"]').textContent = `Link: ${person.link}`;
    hand.setAttribute('aria-pressed', String(person.hand));
    person.row.querySelector('.participant-state').textContent = [
      id === speakerId ? 'speaking' : '',
      person.audio ? '' : 'muted',
      person.video ? '' : 'camera off',
      person.sharing ? 'sharing screen' : '',
      person.hand ? 'hand raised' : '',
    ].filter(Boolean).join(' · ');
  }

  function updateEmptyNote() {
    emptyNote.hidden = cast.size > 0;
    countLabel.textContent = cast.size > 0 ? `(${cast.size})` : '';
  }

  /** The next notable name nobody in the room has yet; numbered once the list has gone round. */
  function nextNotableName() {
    const taken = new Set([...cast.values()].map((person) => person.name));
    for (;;) {
      const round = Math.floor(namesHandedOut / NOTABLE_NAMES.length);
      const base = NOTABLE_NAMES[namesHandedOut % NOTABLE_NAMES.length];
      namesHandedOut += 1;
      const name = round === 0 ? base : `${base} ${round + 1}`;
      if (!taken.has(name)) return name;
    }
  }

  function actionButton(text, action, attrs = {}) {
    return element('button', { text, attrs: { type: 'button', 'data-action': action, ...attrs } });
  }

  // What a participant says is typed in a small form that opens under their row.
  function chatForm(name) {
    const form = element('form', { className: 'participant-chat', attrs: { 'data-role': 'chat-form' } });
    form.hidden = true;
    const input = element('input', {
      attrs: { name: 'text', autocomplete: 'off', maxlength: '2000', 'aria-label': `Message from ${name}`, placeholder: pick(SMALL_TALK) },
    });
    form.append(input, element('button', { text: 'Send', attrs: { type: 'submit' } }), actionButton('Cancel', 'chat-cancel', { class: 'quiet' }));
    return form;
  }

  function reactionPicker(name) {
    const picker = element('div', { className: 'reaction-picker', attrs: { role: 'group', 'aria-label': `Reaction from ${name}`, 'data-role': 'reactions' } });
    picker.hidden = true;
    for (const emoji of REACTIONS) picker.append(actionButton(emoji, 'emoji', { 'data-emoji': emoji, 'aria-label': `React ${emoji}` }));
    return picker;
  }

  function addParticipant(name, { ambient = false } = {}) {
    const participant = sim.addParticipant({ name });
    const id = participant.connectionId;
    const row = element('li', { className: 'participant', attrs: { 'data-connection-id': id } });
    const heading = element('div', { className: 'participant-heading' });
    const label = element('div', { className: 'participant-label' });
    label.append(
      element('span', { className: 'participant-name', text: participant.name ?? name }),
      element('span', { className: 'participant-state' }),
    );
    heading.append(label, element('button', { className: 'danger quiet', text: 'Remove', attrs: { type: 'button', 'data-action': 'remove' } }));
    const actions = element('div', { className: 'button-row' });
    actions.append(
      element('button', { attrs: { type: 'button', 'data-action': 'audio' } }),
      element('button', { attrs: { type: 'button', 'data-action': 'video' } }),
      element('button', { attrs: { type: 'button', 'data-action': 'share' } }),
      element('button', { attrs: { type: 'button', 'data-action': 'network' } }),
    );
    const says = element('div', { className: 'button-row' });
    says.append(
      actionButton('Chat from…', 'chat', { 'aria-expanded': 'false' }),
      actionButton('', 'hand'),
      actionButton('React', 'react', { 'aria-expanded': 'false' }),
    );
    const displayName = participant.name ?? name;
    row.append(heading, actions, says, chatForm(displayName), reactionPicker(displayName));
    list.append(row);
    cast.set(id, { name: displayName, audio: true, video: true, sharing: false, hand: false, link: 'good', ambient, row });
    renderRow(id);
    updateEmptyNote();
    if (ambient && inCall) scheduleAmbient(id);
  }

  function removeParticipant(id) {
    if (id === speakerId) speakerId = null;
    clearTimers(id);
    sim.removeParticipant(id);
    cast.get(id).row.remove();
    cast.delete(id);
    updateEmptyNote();
  }

  function setAudio(id, on) {
    sim.setParticipantAudio(id, on);
    cast.get(id).audio = on;
    if (!on && id === speakerId) {
      sim.stopSpeaking(id);
      speakerId = null;
    }
    renderRow(id);
  }

  function setVideo(id, on) {
    sim.setParticipantVideo(id, on);
    cast.get(id).video = on;
    renderRow(id);
  }

  function setSharing(id, on) {
    if (on) sim.startScreenShare(id);
    else sim.stopScreenShare(id);
    cast.get(id).sharing = on;
    renderRow(id);
  }

  // Degrade a participant's network as local subscribers see it: good → fair → poor → good.
  function setLink(id, link) {
    sim.setNetworkQuality(id, link);
    cast.get(id).link = link;
    renderRow(id);
  }

  function setHand(id, raised) {
    sim.raiseHand(id, raised);
    cast.get(id).hand = raised;
    renderRow(id);
  }

  function toggleOpen(row, role, trigger) {
    const panel = row.querySelector(`[data-role="${role}"]`);
    panel.hidden = !panel.hidden;
    trigger.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) panel.querySelector('input, button')?.focus();
  }

  // --- The starting cast's own life: chat, hands and reactions every 20–40 s while in a call ---

  let inCall = false;
  const timers = new Map(); // connectionId → Set of timeout handles

  function later(id, ms, fn) {
    const handles = timers.get(id) ?? new Set();
    timers.set(id, handles);
    const handle = setTimeout(() => {
      handles.delete(handle);
      if (cast.has(id)) fn();
    }, ms);
    handles.add(handle);
  }

  function clearTimers(id) {
    for (const handle of timers.get(id) ?? []) clearTimeout(handle);
    timers.delete(id);
  }

  function clearAllTimers() {
    for (const id of [...timers.keys()]) clearTimers(id);
  }

  function ambientTurn(id) {
    const roll = Math.random();
    if (roll < 0.45) {
      sim.sendChat(id, pick(SMALL_TALK));
    } else if (roll < 0.7) {
      const raise = !cast.get(id).hand;
      setHand(id, raise);
      if (raise) later(id, between(HAND_UP_MIN_MS, HAND_UP_MAX_MS), () => cast.get(id).hand && setHand(id, false));
    } else {
      sim.react(id, pick(REACTIONS));
    }
  }

  function scheduleAmbient(id) {
    later(id, between(AMBIENT_MIN_MS, AMBIENT_MAX_MS), () => {
      ambientTurn(id);
      scheduleAmbient(id);
    });
  }

  // The element's events say when the call starts and ends (a rejoin fires vr-joined again).
  document.addEventListener('vr-joined', () => {
    clearAllTimers();
    inCall = true;
    for (const [id, person] of cast) if (person.ambient) scheduleAmbient(id);
  });
  document.addEventListener('vr-left', () => {
    inCall = false;
    clearAllTimers();
  });
  // Someone in the cast sometimes answers what you write.
  document.addEventListener('vr-chat-message', (event) => {
    if (!inCall || event.detail?.message?.isLocal !== true || Math.random() > REPLY_CHANCE) return;
    const talkers = [...cast].filter(([, person]) => person.ambient).map(([id]) => id);
    if (talkers.length === 0) return;
    const id = pick(talkers);
    later(id, between(REPLY_MIN_MS, REPLY_MAX_MS), () => sim.sendChat(id, pick(REPLIES)));
  });

  function captionTurn(id) {
    if (typeof sim.caption !== 'function' || Math.random() > CAPTION_CHANCE) return;
    const line = pick(SPOKEN_LINES);
    const words = line.split(' ');
    const partial = words.slice(0, Math.ceil(words.length / 2)).join(' ');
    // The simulator throws for someone without a camera stream: then there is nothing to caption.
    const send = (text, isFinal) => {
      try {
        sim.caption(id, text, isFinal);
      } catch {
        // no stream to caption
      }
    };
    later(id, CAPTION_PARTIAL_MS, () => send(partial, false));
    later(id, CAPTION_FINAL_MS, () => send(line, true));
  }

  // Hands the floor to the next unmuted participant, in the order they were added.
  function passTheFloor() {
    const previous = speakerId;
    const order = [...cast.keys()];
    const start = order.indexOf(previous);
    let next = null;
    for (let step = 1; step <= order.length; step += 1) {
      const candidate = order[(start + step) % order.length];
      if (cast.get(candidate).audio) {
        next = candidate;
        break;
      }
    }
    if (previous) sim.stopSpeaking(previous);
    if (next) sim.speak(next);
    speakerId = next;
    if (next && inCall) captionTurn(next);
    for (const id of new Set([previous, next])) if (id && cast.has(id)) renderRow(id);
  }

  list.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    const id = button?.closest('[data-connection-id]')?.dataset.connectionId;
    if (!id || !cast.has(id)) return;
    const person = cast.get(id);
    if (button.dataset.action === 'audio') setAudio(id, !person.audio);
    else if (button.dataset.action === 'video') setVideo(id, !person.video);
    else if (button.dataset.action === 'share') setSharing(id, !person.sharing);
    else if (button.dataset.action === 'hand') setHand(id, !person.hand);
    else if (button.dataset.action === 'network') setLink(id, nextLink(person.link));
    else if (button.dataset.action === 'chat') toggleOpen(person.row, 'chat-form', button);
    else if (button.dataset.action === 'chat-cancel') toggleOpen(person.row, 'chat-form', person.row.querySelector('[data-action="chat"]'));
    else if (button.dataset.action === 'react') toggleOpen(person.row, 'reactions', button);
    else if (button.dataset.action === 'emoji') {
      sim.react(id, button.dataset.emoji);
      toggleOpen(person.row, 'reactions', person.row.querySelector('[data-action="react"]'));
    } else if (button.dataset.action === 'remove') {
      removeParticipant(id);
      nameInput.focus();
    }
  });

  list.addEventListener('submit', (event) => {
    const form = event.target.closest('[data-role="chat-form"]');
    const id = form?.closest('[data-connection-id]')?.dataset.connectionId;
    if (!form || !id || !cast.has(id)) return;
    event.preventDefault();
    const input = form.elements.namedItem('text');
    sim.sendChat(id, input.value.trim() || input.placeholder);
    input.value = '';
    input.placeholder = pick(SMALL_TALK);
  });

  byId('add-participant').addEventListener('submit', (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    if (!name) return;
    addParticipant(name);
    nameInput.value = '';
  });

  byId('add-ten').addEventListener('click', () => {
    for (let count = 0; count < ADD_MANY_COUNT; count += 1) addParticipant(nextNotableName());
  });

  byId('drop-network').addEventListener('click', () => sim.dropNetwork());
  byId('restore-network').addEventListener('click', () => sim.restoreNetwork());
  byId('disconnect-network').addEventListener('click', () => sim.disconnectNetwork());
  let uplink = 'good';
  const uplinkButton = byId('local-link');
  uplinkButton.addEventListener('click', () => {
    uplink = nextLink(uplink);
    sim.setLocalNetworkQuality(uplink);
    uplinkButton.textContent = `Your uplink: ${uplink}`;
  });

  // The next signal the element sends (a chat message, a hand, a reaction) fails; its vr-error ends the note.
  const failNote = byId('fail-next-note');
  byId('fail-next-send').addEventListener('click', () => {
    sim.failNextSignal();
    failNote.hidden = false;
  });
  document.addEventListener('vr-error', () => {
    failNote.hidden = true;
  });

  for (const name of STARTING_CAST) addParticipant(name, { ambient: true });
  setInterval(passTheFloor, TALK_INTERVAL_MS);
  byId('simulator-panel').hidden = false;
}

// --- View controls -----------------------------------------------------------------------------

// What a host page does to steer the element: set its `layout` and `max-tiles` attributes.
function setUpViewControls(videoRoom) {
  const layoutSelect = byId('layout-select');
  const maxTilesInput = byId('max-tiles');

  layoutSelect.addEventListener('change', () => videoRoom.setAttribute('layout', layoutSelect.value));
  // The element's own layout button changes the layout too: follow it.
  videoRoom.addEventListener('vr-layout-change', (event) => {
    layoutSelect.value = event.detail.layout;
  });

  maxTilesInput.addEventListener('change', () => {
    const value = Math.round(Number(maxTilesInput.value));
    if (maxTilesInput.value.trim() === '' || !Number.isFinite(value) || value < 1) {
      maxTilesInput.value = '';
      videoRoom.removeAttribute('max-tiles');
    } else {
      maxTilesInput.value = String(value);
      videoRoom.setAttribute('max-tiles', String(value));
    }
  });

  byId('view-controls').hidden = false;
}

// --- Moderation, recording and captions ---------------------------------------------------------

// The demo server mints a moderator token when asked (`role=moderator`): for the demo only, a real
// server decides the role from its own authentication. `captions=1` has it turn Vonage Live
// Captions on for the room's session (real mode; the simulator captions in the page).
function tokenEndpoint(moderator) {
  const params = new URLSearchParams({ captions: '1' });
  if (moderator) params.set('role', 'moderator');
  return `/api/token?${params}`;
}

// Simulated mode: a checkbox picks the role of the next join (and keeps it in the page's URL).
function setUpModeratorControl(videoRoom, moderator) {
  const checkbox = byId('join-as-moderator');
  checkbox.checked = moderator;
  checkbox.addEventListener('change', () => {
    videoRoom.setAttribute('token-endpoint', tokenEndpoint(checkbox.checked));
    const url = new URL(location.href);
    if (checkbox.checked) url.searchParams.set('role', 'moderator');
    else url.searchParams.delete('role');
    history.replaceState(history.state, '', url);
  });
  byId('moderator-control').hidden = false;
}

/**
 * What a host page gives the element to start and stop recording: its server checks the call's
 * token (a moderator's) and calls the Vonage archive API. In simulated mode the server only
 * answers `simulated: true`, and the page has the in-page simulator record (its archive events
 * drive the element's badge, as Vonage's do).
 */
function createRecordingHandler(sim) {
  return async ({ action, room, sessionId, archiveId, token, signal }) => {
    const response = await fetch('/api/recording', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ action, room, sessionId, archiveId }),
      cache: 'no-store',
      signal,
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(`/api/recording answered ${response.status}${typeof body.error === 'string' ? `: ${body.error}` : ''}`);
    }
    if (!body.simulated || !sim) return body;
    if (typeof sim[`${action}Archive`] !== 'function') {
      throw new Error(`this build's simulator has no ${action}Archive(): run "npm run build"`);
    }
    if (action === 'start') return { ...body, archiveId: sim.startArchive({ name: room, sessionId }) ?? body.archiveId };
    sim.stopArchive(archiveId);
    return body;
  };
}

// --- Start -------------------------------------------------------------------------------------

function showProblem(message) {
  const note = byId('stage-message');
  note.textContent = message;
  note.hidden = false;
  byId('mode').textContent = 'The demo could not start.';
}

async function fetchMode() {
  const response = await fetch('/api/config', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/api/config answered ${response.status}`);
  const { mode } = await response.json();
  return mode;
}

async function start() {
  const pageParams = new URLSearchParams(location.search);
  const room = pageParams.get('room') || DEFAULT_ROOM;
  const moderator = pageParams.get('role') === 'moderator';
  let sim = null;

  let mode;
  try {
    mode = await fetchMode();
  } catch (error) {
    showProblem(`Could not reach the demo server (${error.message}). Is "npm start" running?`);
    return;
  }

  if (mode === 'simulated') {
    try {
      const { installSimulator } = await import('/dist/testing.js');
      // Installed before the element exists, so it finds window.OT instead of loading the real SDK.
      sim = installSimulator();
      setUpSimulatorPanel(sim);
    } catch (error) {
      showProblem(`Could not load the simulator from /dist/testing.js (${error.message}). Run "npm run build".`);
      return;
    }
    byId('mode').textContent =
      `Simulated mode · room "${room}". The other participants live in this page; ` +
      'set VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY on the server to use Vonage Video.';
  } else {
    byId('mode').textContent =
      `Vonage Video · room "${room}"${moderator ? ' · joining as moderator' : ''}. Open this page in another tab or ` +
      'on another device to join the same room (add ?role=moderator to its address to moderate and record).';
  }

  const videoRoom = document.createElement('video-room');
  videoRoom.setAttribute('token-endpoint', tokenEndpoint(moderator));
  videoRoom.setAttribute('room', room);
  videoRoom.setAttribute('display-name', '');
  videoRoom.setAttribute('captions', '');
  videoRoom.recordingHandler = createRecordingHandler(sim);
  byId('stage').append(videoRoom);
  setUpViewControls(videoRoom);
  if (mode === 'simulated') setUpModeratorControl(videoRoom, moderator);
}

start();

function nextLink(link) {
  return { good: 'fair', fair: 'poor', poor: 'good' }[link];
}
