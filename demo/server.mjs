// Demo server: serves the demo page and the built element, a token endpoint that follows the
// contract in DESIGN.md ("Token endpoint contract") and a recording endpoint. It is also a
// reference for integrators: the /api handlers are what a host application's backend has to do.
//
//   GET  /api/token?room=NAME[&name=DISPLAY][&role=ROLE][&captions=1]
//   POST /api/token {"room": ..., "name": ..., "role": ..., "captions": ...}
//        → 200 {applicationId, sessionId, token}; room defaults to "lobby", role to "publisher"
//          (or "moderator"; anything else → 400), 400 if malformed, 502 if Vonage could not create
//          the session. The token's connection data is {"name", "role"}, which the element reads
//          for the people list. With captions=1 (or true) in real mode, the first request for a
//          room turns Vonage Live Captions on for its session (once per session; a failure is
//          logged and the token is still returned). Simulated mode ignores captions.
//
//        THE ROLE PARAMETER IS FOR THE DEMO ONLY. This endpoint mints a moderator token for anyone
//        who asks, so anyone who can reach it can mute and remove others and record the room.
//        A real server decides the role from its own authentication (who the signed-in user is,
//        what they may do in this room), never from a parameter the browser sends.
//
//   POST /api/recording {"action": "start" | "stop", "room": ..., "sessionId": ..., "archiveId": ...}
//        with "Authorization: Bearer <the caller's token from /api/token>" (what <video-room> sends
//        from its recording-endpoint, or the demo page's recordingHandler)
//        → 200 {archiveId, status} after Vonage's startArchive(sessionId, {name: room}) or
//          stopArchive(archiveId); simulated mode → 200 {archiveId, status, simulated: true}, with a
//          "sim-archive-…" id on start (the page then drives the in-page simulator itself).
//          401 without a bearer token; 400 for a malformed body or field (the message names it),
//          a room with no session yet, a sessionId that is not the room's, or a stop without
//          archiveId; 403 unless the bearer is a moderator token for that room's session (and, on
//          stop, the archive is one of that session's); 404 for an unknown archive; 409 when
//          Vonage says the session is already / not being recorded; 502 when Vonage fails.
//        How the bearer is checked: in real mode by decoding it, statelessly — its RS256 signature
//        must verify with this application's key and its claims must say application_id = ours,
//        scope "session.connect", session_id = the room's session, role "moderator", not expired.
//        So it survives a restart, and a token for another session (or a publisher token, or a
//        Vonage REST JWT) is refused. Placeholder tokens in simulated mode carry no signature, so
//        the server keeps a bounded in-memory record of the moderator placeholders it minted (at
//        most 1,000, each until its token would expire, oldest dropped first).
//   GET  /api/config → {mode: "real" | "simulated"}, so the page knows whether to load the simulator
//   everything else: files from demo/ (at /) and dist/ (at /dist/)
//
// Environment:
//   PORT                    port to listen on (default 8000)
//   HOST                    interface to bind (default localhost; the endpoint mints tokens for
//                           anyone who can reach it, so exposing it is an explicit choice)
//   VONAGE_APPLICATION_ID   with VONAGE_PRIVATE_KEY: real mode (sessions on Vonage Video)
//   VONAGE_PRIVATE_KEY      path to the application's PEM private key, or the PEM text itself
//                           (literal "\n" sequences are accepted, as .env files often store it)
//   VONAGE_VIDEO_HOST       base URL of the Video REST API (default https://video.api.vonage.com);
//                           for tests with a local stand-in, or an outbound proxy
// Without both credentials the server runs in simulated mode: the page installs the in-page
// simulator and the tokens returned are placeholders ("sim-<32 hex>;role=<role>": the simulator
// reads the role from the token string).

import http from 'node:http';
import { createReadStream, readFileSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createPrivateKey, createPublicKey, randomBytes, verify } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Vonage } from '@vonage/server-sdk';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

const ROOM_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const DEFAULT_ROOM = 'lobby';
const MAX_NAME_LENGTH = 100;
const MAX_BODY_BYTES = 16 * 1024;
const TOKEN_TTL_SECONDS = 2 * 60 * 60;
const VONAGE_TIMEOUT_MS = 15_000;
// In @vonage/video, MediaMode.ROUTED is the string 'disabled' (it is sent as `p2p.preference`);
// '@vonage/server-sdk' does not re-export the enum, and passing 'routed' would send an invalid value.
const MEDIA_MODE_ROUTED = 'disabled';
const ROLES = ['publisher', 'moderator'];
const DEFAULT_ROLE = 'publisher';
const CAPTIONS_LANGUAGE = 'en-US';
// Vonage ends live captions after maxDuration, by default (and at most) 4 hours.
const CAPTIONS_MAX_DURATION_MS = 4 * 60 * 60 * 1000;
// The display name of the captions service's own connection, should a client list it.
const CAPTIONS_NAME = 'Live captions';
const MAX_SIMULATED_MODERATOR_TOKENS = 1000;
const MAX_BEARER_LENGTH = 8 * 1024;
const MAX_SESSION_ID_LENGTH = 512;
// Archive ids are UUIDs; this also keeps "/", "." and "%" out of the REST path the id goes into.
const ARCHIVE_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** Content types of the files the demo serves (also used by the end-to-end tests' server). */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Reads the Vonage settings from `env`. Returns null for simulated mode.
 * Throws (without echoing the key) when the private key is unusable, so a misconfigured server
 * fails at start rather than on the first call.
 */
function readVonageConfig(env) {
  const applicationId = env.VONAGE_APPLICATION_ID?.trim();
  const keySetting = env.VONAGE_PRIVATE_KEY?.trim();
  if (!applicationId || !keySetting) return null;

  let privateKey;
  if (keySetting.includes('-----BEGIN')) {
    privateKey = keySetting.replace(/\\n/g, '\n');
  } else {
    try {
      privateKey = readFileSync(path.resolve(keySetting), 'utf8');
    } catch (error) {
      throw new Error(`VONAGE_PRIVATE_KEY: cannot read the key file (${error.code ?? error.message})`, { cause: error });
    }
  }
  try {
    createPrivateKey(privateKey);
  } catch {
    throw new Error('VONAGE_PRIVATE_KEY is not a valid PEM private key (give the file path or the PEM text)');
  }
  return { applicationId, privateKey, videoHost: env.VONAGE_VIDEO_HOST?.trim() || undefined };
}

/** HTTP status of a failed Vonage REST call (the SDK's VetchError carries the response), if any. */
function restStatus(error) {
  const status = error?.response?.status;
  return Number.isInteger(status) ? status : undefined;
}

/** Splits a compact JWS into its decoded header and claims; null when it is not one. */
function decodeJwt(token) {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (!header || typeof header !== 'object' || !claims || typeof claims !== 'object') return null;
    return { header, claims, signed: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], 'base64url') };
  } catch {
    return null;
  }
}

/**
 * Real mode: one Vonage Video session per room, a fresh token per request, live captions turned on
 * once per session, archives started and stopped through the server SDK.
 */
function createVonageBackend({ applicationId, privateKey, videoHost }, logError) {
  const { video } = new Vonage(
    { applicationId, privateKey },
    { ...(videoHost ? { videoHost } : {}), timeout: VONAGE_TIMEOUT_MS },
  );
  const publicKey = createPublicKey(createPrivateKey(privateKey));
  // Holds the creation Promise, not the id, so concurrent first requests for a room share one session.
  const sessions = new Map();
  // sessionId → { pending: Promise of the enableCaptions call, since }: concurrent requests share one call.
  const captions = new Map();

  function sessionFor(room) {
    let pending = sessions.get(room);
    if (!pending) {
      pending = video.createSession({ mediaMode: MEDIA_MODE_ROUTED }).then(
        (session) => session.sessionId,
        (error) => {
          sessions.delete(room); // a failure must not stick: the next join retries
          throw new HttpError(502, `Could not create a video session: ${describeError(error)}`);
        },
      );
      sessions.set(room, pending);
    }
    return pending;
  }

  function mint(sessionId, role, data) {
    return video.generateClientToken(sessionId, {
      role,
      data: JSON.stringify(data),
      expireTime: Math.floor(Date.now() / 1000) + TOKEN_TTL_SECONDS,
    });
  }

  /**
   * Turns Vonage Live Captions on for the session, once (again only after CAPTIONS_MAX_DURATION_MS,
   * when Vonage has turned them off). The captions service joins the session with a token of its
   * own, which needs the moderator role. Never rejects: a failure is logged (its first line only,
   * which carries no key material) and forgotten, so a later join retries.
   */
  function ensureCaptions(room, sessionId) {
    const known = captions.get(sessionId);
    if (known && Date.now() - known.since < CAPTIONS_MAX_DURATION_MS) return known.pending;
    const entry = { since: Date.now() };
    entry.pending = Promise.resolve()
      .then(() => video.enableCaptions(sessionId, mint(sessionId, 'moderator', { name: CAPTIONS_NAME }), { languageCode: CAPTIONS_LANGUAGE }))
      .then(
        () => true,
        (error) => {
          // 409: captions are already on for this session (e.g. enabled before a restart).
          if (restStatus(error) === 409) return true;
          if (captions.get(sessionId) === entry) captions.delete(sessionId);
          logError(`[demo-server] Could not enable live captions for room "${room}": ${describeError(error)}`);
          return false;
        },
      );
    captions.set(sessionId, entry);
    return entry.pending;
  }

  async function issueToken({ room, name, role, captions: wantCaptions }) {
    const sessionId = await sessionFor(room);
    const token = mint(sessionId, role, name ? { name, role } : { role });
    if (wantCaptions) await ensureCaptions(room, sessionId);
    return { applicationId, sessionId, token };
  }

  /** The room's session if one was created (or is being created); never creates one. */
  async function existingSession(room) {
    const pending = sessions.get(room);
    return pending ? pending.catch(() => undefined) : undefined;
  }

  function isModeratorToken(token, sessionId) {
    const jwt = decodeJwt(token);
    if (!jwt || jwt.header.alg !== 'RS256') return false;
    let valid;
    try {
      valid = verify('RSA-SHA256', Buffer.from(jwt.signed), publicKey, jwt.signature);
    } catch {
      return false;
    }
    const { claims } = jwt;
    return valid
      && claims.application_id === applicationId
      && claims.scope === 'session.connect'
      && claims.session_id === sessionId
      && claims.role === 'moderator'
      && typeof claims.exp === 'number' && claims.exp > Date.now() / 1000;
  }

  function recordingError(verb, error) {
    if (error instanceof HttpError) return error;
    const status = restStatus(error);
    return new HttpError(status === 409 ? 409 : 502, `Could not ${verb} the recording: ${describeError(error)}`);
  }

  async function startRecording({ room, sessionId }) {
    let archive;
    try {
      archive = await video.startArchive(sessionId, { name: room });
    } catch (error) {
      throw recordingError('start', error);
    }
    if (typeof archive?.id !== 'string' || !archive.id) {
      throw new HttpError(502, 'Could not start the recording: Vonage Video answered without an archive id');
    }
    return { archiveId: archive.id, status: String(archive.status ?? 'started') };
  }

  async function stopRecording({ sessionId, archiveId }) {
    // A moderator of one room must not stop another room's recording: the archive must be this session's.
    let archive;
    try {
      archive = await video.getArchive(archiveId);
    } catch (error) {
      if (restStatus(error) === 404) throw new HttpError(404, 'archiveId: there is no archive with this id');
      throw recordingError('stop', error);
    }
    if (archive?.sessionId !== sessionId) {
      throw new HttpError(403, "archiveId: this archive is not a recording of the room's session");
    }
    let stopped;
    try {
      stopped = await video.stopArchive(archiveId);
    } catch (error) {
      throw recordingError('stop', error);
    }
    return { archiveId, status: String(stopped?.status ?? 'stopped') };
  }

  return { issueToken, existingSession, isModeratorToken, startRecording, stopRecording };
}

/**
 * Simulated mode: placeholders the in-page simulator accepts. The token carries its role as
 * ";role=<role>". Placeholders have no signature, so the moderator ones are remembered (bounded).
 */
function createSimulatedBackend() {
  const rooms = new Set();
  const moderatorTokens = new Map(); // token → { sessionId, expiresAt }, oldest first

  function remember(token, sessionId) {
    const now = Date.now();
    // Every entry lives as long, so insertion order is expiry order: drop from the front.
    for (const [known, entry] of moderatorTokens) {
      if (entry.expiresAt > now) break;
      moderatorTokens.delete(known);
    }
    while (moderatorTokens.size >= MAX_SIMULATED_MODERATOR_TOKENS) {
      moderatorTokens.delete(moderatorTokens.keys().next().value);
    }
    moderatorTokens.set(token, { sessionId, expiresAt: now + TOKEN_TTL_SECONDS * 1000 });
  }

  return {
    async issueToken({ room, role }) {
      const sessionId = `sim-${room}`;
      const token = `sim-${randomBytes(16).toString('hex')};role=${role}`;
      rooms.add(room);
      if (role === 'moderator') remember(token, sessionId);
      return { applicationId: 'simulated', sessionId, token };
    },
    async existingSession(room) {
      return rooms.has(room) ? `sim-${room}` : undefined;
    },
    isModeratorToken(token, sessionId) {
      const entry = moderatorTokens.get(token);
      return Boolean(entry) && entry.sessionId === sessionId && entry.expiresAt > Date.now();
    },
    async startRecording() {
      return { archiveId: `sim-archive-${randomBytes(8).toString('hex')}`, status: 'started', simulated: true };
    },
    async stopRecording({ archiveId }) {
      return { archiveId, status: 'stopped', simulated: true };
    },
  };
}

// Only a short, single-line message reaches the browser; SDK errors carry request details.
function describeError(error) {
  const message = String(error?.message ?? error).split('\n')[0];
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

function sendJson(res, status, body, headers = {}) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(payload);
}

function sendText(res, status, text, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

async function readJsonBody(req) {
  const chunks = [];
  let size = 0;
  // Reads to the end even past the limit: leaving the loop early destroys the request, which
  // resets the connection before the 413 reaches the client.
  for await (const chunk of req) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body is too large');
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return {};
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'Request body must be a JSON object');
  }
  return body;
}

function validateRoom(room) {
  if (room === undefined || room === null || room === '') return DEFAULT_ROOM;
  if (typeof room !== 'string' || !ROOM_PATTERN.test(room)) {
    throw new HttpError(400, 'room must be 1-64 characters of A-Z, a-z, 0-9, "_" or "-"');
  }
  return room;
}

function validateName(name) {
  if (name === undefined || name === null) return '';
  if (typeof name !== 'string') throw new HttpError(400, 'name must be a string');
  const trimmed = name.trim();
  if (trimmed.length > MAX_NAME_LENGTH) {
    throw new HttpError(400, `name must be at most ${MAX_NAME_LENGTH} characters`);
  }
  return trimmed;
}

function validateRole(role) {
  if (role === undefined || role === null || role === '') return DEFAULT_ROLE;
  if (typeof role !== 'string' || !ROLES.includes(role)) {
    throw new HttpError(400, 'role must be "publisher" or "moderator"');
  }
  return role;
}

/** `captions`: 1 / "1" / true / "true" turn them on; 0 / "0" / false / "false" or nothing, off. */
function validateCaptions(captions) {
  if (captions === undefined || captions === null || captions === '') return false;
  if (captions === true || captions === 1 || captions === '1' || captions === 'true') return true;
  if (captions === false || captions === 0 || captions === '0' || captions === 'false') return false;
  throw new HttpError(400, 'captions must be 1 or 0 (or true or false)');
}

/** The bearer token of an `Authorization: Bearer <token>` header; 401 without one. */
function bearerToken(req) {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match) {
    throw new HttpError(401, 'Authorization: Bearer <token> is required: send the token of your call (a moderator token)');
  }
  return match[1];
}

/** The fields of a recording request, each checked; 400 naming the field otherwise. */
function validateRecordingRequest(body) {
  const { action, sessionId, archiveId } = body;
  if (action !== 'start' && action !== 'stop') throw new HttpError(400, 'action must be "start" or "stop"');
  const room = validateRoom(body.room);
  if (typeof sessionId !== 'string' || sessionId === '') throw new HttpError(400, 'sessionId is required (a string: the session of the call)');
  if (sessionId.length > MAX_SESSION_ID_LENGTH) throw new HttpError(400, `sessionId must be at most ${MAX_SESSION_ID_LENGTH} characters`);
  if (action === 'stop' || (archiveId !== undefined && archiveId !== null)) {
    if (archiveId === undefined || archiveId === null || archiveId === '') {
      throw new HttpError(400, 'archiveId is required to stop a recording');
    }
    if (typeof archiveId !== 'string' || !ARCHIVE_ID_PATTERN.test(archiveId)) {
      throw new HttpError(400, 'archiveId must be 1-128 characters of A-Z, a-z, 0-9, "_" or "-"');
    }
  }
  return { action, room, sessionId, archiveId: action === 'stop' ? archiveId : undefined };
}

/**
 * Maps a URL path to a file under `demoDir` or, for /dist/..., under `distDir`.
 * Returns null when the decoded path would leave its root (e.g. "..%2f"), or cannot be decoded.
 */
function resolveStaticPath(pathname, demoDir, distDir) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const inDist = decoded === '/dist' || decoded.startsWith('/dist/');
  const base = inDist ? distDir : demoDir;
  const relative = inDist ? decoded.slice('/dist'.length) : decoded;
  const resolved = path.resolve(base, `.${relative}`);
  if (resolved !== base && !resolved.startsWith(base + path.sep)) return null;
  return resolved;
}

async function serveStatic(req, res, pathname, demoDir, distDir) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  let filePath = resolveStaticPath(pathname, demoDir, distDir);
  if (!filePath) {
    sendText(res, 403, 'Forbidden');
    return;
  }
  let info = await stat(filePath).catch(() => null);
  if (info?.isDirectory()) {
    filePath = path.join(filePath, 'index.html');
    info = await stat(filePath).catch(() => null);
  }
  if (!info?.isFile()) {
    sendText(res, 404, 'Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    // Revalidate every time so a rebuild shows up on reload.
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(filePath)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Creates (does not start) the demo HTTP server.
 * @param {object} [options]
 * @param {Record<string, string | undefined>} [options.env] settings, see the top of this file
 * @param {string} [options.root] repository root holding demo/ and dist/
 * @param {(message: string) => void} [options.logError] where server-side error details go
 * @returns {http.Server & { mode: 'real' | 'simulated' }}
 */
export function createDemoServer({ env = process.env, root = REPO_ROOT, logError = console.error } = {}) {
  const demoDir = path.resolve(root, 'demo');
  const distDir = path.resolve(root, 'dist');
  const vonage = readVonageConfig(env);
  const mode = vonage ? 'real' : 'simulated';
  const backend = vonage ? createVonageBackend(vonage, logError) : createSimulatedBackend();

  async function handleToken(req, res, url) {
    let params;
    if (req.method === 'GET') {
      const query = (key) => url.searchParams.get(key) ?? undefined;
      params = { room: query('room'), name: query('name'), role: query('role'), captions: query('captions') };
    } else if (req.method === 'POST') {
      params = await readJsonBody(req);
    } else {
      sendJson(res, 405, { error: 'Use GET or POST' }, { Allow: 'GET, POST' });
      return;
    }
    const room = validateRoom(params.room);
    const name = validateName(params.name);
    const role = validateRole(params.role);
    const captions = validateCaptions(params.captions);
    sendJson(res, 200, await backend.issueToken({ room, name, role, captions }));
  }

  async function handleRecording(req, res) {
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'Use POST' }, { Allow: 'POST' });
      return;
    }
    let token;
    try {
      token = bearerToken(req);
    } catch (error) {
      req.resume(); // drain the body so the 401 reaches the client
      throw error;
    }
    const request = validateRecordingRequest(await readJsonBody(req));
    const sessionId = await backend.existingSession(request.room);
    if (!sessionId) {
      throw new HttpError(400, `room: "${request.room}" has no session on this server (request a token for it first)`);
    }
    if (request.sessionId !== sessionId) throw new HttpError(400, "sessionId is not this room's session");
    if (token.length > MAX_BEARER_LENGTH || !backend.isModeratorToken(token, sessionId)) {
      throw new HttpError(403, "Only a moderator can record: the bearer token is not a moderator token for this room's session");
    }
    const result = request.action === 'start'
      ? await backend.startRecording(request)
      : await backend.stopRecording(request);
    sendJson(res, 200, result);
  }

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/token') {
      await handleToken(req, res, url);
    } else if (url.pathname === '/api/recording') {
      await handleRecording(req, res);
    } else if (url.pathname === '/api/config') {
      sendJson(res, 200, { mode });
    } else if (url.pathname.startsWith('/api/')) {
      sendJson(res, 404, { error: 'Not found' });
    } else {
      await serveStatic(req, res, url.pathname, demoDir, distDir);
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status >= 500) logError(`[demo-server] ${req.method} ${req.url}: ${describeError(error)}`);
      if (res.headersSent) {
        res.destroy();
      } else {
        const headers = status === 401 ? { 'WWW-Authenticate': 'Bearer realm="video-room-demo"' } : {};
        sendJson(res, status, { error: status === 500 ? 'Internal server error' : error.message }, headers);
      }
    });
  });
  server.mode = mode;
  return server;
}

function isMainModule() {
  if (!process.argv[1]) return false;
  try {
    return pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isMainModule()) {
  const port = Number(process.env.PORT) || 8000;
  const host = process.env.HOST || 'localhost';
  let server;
  try {
    server = createDemoServer();
  } catch (error) {
    console.error(`Cannot start the demo server: ${error.message}`);
    process.exit(1);
  }
  if (server.mode === 'simulated' && (process.env.VONAGE_APPLICATION_ID || process.env.VONAGE_PRIVATE_KEY)) {
    console.warn('Only one of VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY is set: both are needed for real mode.');
  }
  server.listen(port, host, () => {
    console.log(`video-room demo: http://${host}:${port}/`);
    console.log(
      server.mode === 'real'
        ? `Mode: real (Vonage application ${process.env.VONAGE_APPLICATION_ID.trim()})`
        : 'Mode: simulated (set VONAGE_APPLICATION_ID and VONAGE_PRIVATE_KEY to use Vonage Video)',
    );
  });
}
