// Demo page: asks the server which mode it runs in, installs the in-page simulator when there are
// no Vonage credentials, then places <video-room> on the page and logs every event it fires.
// Strings from users or events only ever reach the DOM through textContent.

import { videoRoomEventNames } from '/dist/video-room.js';

const MAX_LOG_ENTRIES = 100;
const TALK_INTERVAL_MS = 3000;
const STARTING_CAST = ['Grace Hopper', 'Alan Turing', 'Katherine Johnson'];
const DEFAULT_ROOM = 'lobby';

const byId = (id) => document.getElementById(id);

function element(tag, { className, text, attrs } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs ?? {})) node.setAttribute(name, value);
  return node;
}

// --- Event log ---------------------------------------------------------------------------------

const log = byId('event-log');

function formatDetail(detail) {
  if (detail === undefined || detail === null) return '';
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}

function logEvent(event) {
  const time = new Date().toLocaleTimeString(undefined, {
    hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hour12: false,
  });
  const entry = element('li', { className: `log-entry ${event.type}` });
  entry.append(
    element('time', { className: 'log-time', text: time }),
    element('span', { className: 'log-type', text: event.type }),
    element('code', { className: 'log-detail', text: formatDetail(event.detail) }),
  );
  log.prepend(entry);
  while (log.childElementCount > MAX_LOG_ENTRIES) log.lastElementChild.remove();
}

// The events bubble and are composed, so one listener on the document sees them all — as a host
// page would do it. Registered before the element exists so its first state change is logged.
for (const name of videoRoomEventNames) document.addEventListener(name, logEvent);
byId('clear-log').addEventListener('click', () => log.replaceChildren());

// --- Simulator controls ------------------------------------------------------------------------

function setUpSimulatorPanel(sim) {
  // The demo's own view of the people it added: the simulator is driven, not inspected.
  const cast = new Map(); // connectionId → { audio, video, row }
  const list = byId('participants');
  const emptyNote = byId('participants-empty');
  const nameInput = byId('participant-name');
  let speakerId = null;

  function renderRow(id) {
    const person = cast.get(id);
    person.row.classList.toggle('speaking', id === speakerId);
    person.row.querySelector('[data-action="audio"]').textContent = person.audio ? 'Mute' : 'Unmute';
    person.row.querySelector('[data-action="video"]').textContent = person.video ? 'Camera off' : 'Camera on';
    person.row.querySelector('.participant-state').textContent = [
      id === speakerId ? 'speaking' : '',
      person.audio ? '' : 'muted',
      person.video ? '' : 'camera off',
    ].filter(Boolean).join(' · ');
  }

  function updateEmptyNote() {
    emptyNote.hidden = cast.size > 0;
  }

  function addParticipant(name) {
    const participant = sim.addParticipant({ name });
    const id = participant.connectionId;
    const row = element('li', { className: 'participant', attrs: { 'data-connection-id': id } });
    const label = element('div', { className: 'participant-label' });
    label.append(
      element('span', { className: 'participant-name', text: participant.name ?? name }),
      element('span', { className: 'participant-state' }),
    );
    const actions = element('div', { className: 'button-row' });
    actions.append(
      element('button', { attrs: { type: 'button', 'data-action': 'audio' } }),
      element('button', { attrs: { type: 'button', 'data-action': 'video' } }),
      element('button', { className: 'danger', text: 'Remove', attrs: { type: 'button', 'data-action': 'remove' } }),
    );
    row.append(label, actions);
    list.append(row);
    cast.set(id, { audio: true, video: true, row });
    renderRow(id);
    updateEmptyNote();
  }

  function removeParticipant(id) {
    if (id === speakerId) speakerId = null;
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
    for (const id of new Set([previous, next])) if (id && cast.has(id)) renderRow(id);
  }

  list.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    const id = button?.closest('[data-connection-id]')?.dataset.connectionId;
    if (!id || !cast.has(id)) return;
    const person = cast.get(id);
    if (button.dataset.action === 'audio') setAudio(id, !person.audio);
    else if (button.dataset.action === 'video') setVideo(id, !person.video);
    else if (button.dataset.action === 'remove') {
      removeParticipant(id);
      nameInput.focus();
    }
  });

  byId('add-participant').addEventListener('submit', (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    if (!name) return;
    addParticipant(name);
    nameInput.value = '';
  });

  byId('drop-network').addEventListener('click', () => sim.dropNetwork());
  byId('restore-network').addEventListener('click', () => sim.restoreNetwork());
  byId('disconnect-network').addEventListener('click', () => sim.disconnectNetwork());

  for (const name of STARTING_CAST) addParticipant(name);
  setInterval(passTheFloor, TALK_INTERVAL_MS);
  byId('simulator-panel').hidden = false;
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
  const room = new URLSearchParams(location.search).get('room') || DEFAULT_ROOM;

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
      setUpSimulatorPanel(installSimulator());
    } catch (error) {
      showProblem(`Could not load the simulator from /dist/testing.js (${error.message}). Run "npm run build".`);
      return;
    }
    byId('mode').textContent =
      `Simulated mode · room "${room}". The other participants live in this page; ` +
      'set VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY on the server to use Vonage Video.';
  } else {
    byId('mode').textContent =
      `Vonage Video · room "${room}". Open this page in another tab or on another device to join the same room.`;
  }

  const videoRoom = document.createElement('video-room');
  videoRoom.setAttribute('token-endpoint', '/api/token');
  videoRoom.setAttribute('room', room);
  videoRoom.setAttribute('display-name', '');
  byId('stage').append(videoRoom);
}

start();
