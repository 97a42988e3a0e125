// Demo server: serves the demo page and the built element, and a token endpoint that follows the
// contract in DESIGN.md ("Token endpoint contract"). It is also a reference for integrators: the
// /api/token handler is what a host application's backend has to do.
//
//   GET  /api/token?room=NAME[&name=DISPLAY]   or   POST /api/token {"room": ..., "name": ...}
//        → 200 {applicationId, sessionId, token}; room defaults to "lobby", 400 if malformed,
//          502 if Vonage could not create the session
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
// simulator and the tokens returned are placeholders.

import http from 'node:http';
import { createReadStream, readFileSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createPrivateKey, randomBytes } from 'node:crypto';
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
      throw new Error(`VONAGE_PRIVATE_KEY: cannot read the key file (${error.code ?? error.message})`);
    }
  }
  try {
    createPrivateKey(privateKey);
  } catch {
    throw new Error('VONAGE_PRIVATE_KEY is not a valid PEM private key (give the file path or the PEM text)');
  }
  return { applicationId, privateKey, videoHost: env.VONAGE_VIDEO_HOST?.trim() || undefined };
}

/** Real mode: one Vonage Video session per room, a fresh token per request. */
function createVonageTokenIssuer({ applicationId, privateKey, videoHost }) {
  const { video } = new Vonage(
    { applicationId, privateKey },
    { ...(videoHost ? { videoHost } : {}), timeout: VONAGE_TIMEOUT_MS },
  );
  // Holds the creation Promise, not the id, so concurrent first requests for a room share one session.
  const sessions = new Map();

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

  return async function issueToken(room, name) {
    const sessionId = await sessionFor(room);
    const token = video.generateClientToken(sessionId, {
      role: 'publisher',
      data: JSON.stringify(name ? { name } : {}),
      expireTime: Math.floor(Date.now() / 1000) + TOKEN_TTL_SECONDS,
    });
    return { applicationId, sessionId, token };
  };
}

/** Simulated mode: placeholders the in-page simulator accepts. */
async function issueSimulatedToken(room) {
  return {
    applicationId: 'simulated',
    sessionId: `sim-${room}`,
    token: `sim-${randomBytes(16).toString('hex')}`,
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
  const issueToken = vonage ? createVonageTokenIssuer(vonage) : issueSimulatedToken;

  async function handleToken(req, res, url) {
    let params;
    if (req.method === 'GET') {
      params = { room: url.searchParams.get('room') ?? undefined, name: url.searchParams.get('name') ?? undefined };
    } else if (req.method === 'POST') {
      params = await readJsonBody(req);
    } else {
      sendJson(res, 405, { error: 'Use GET or POST' }, { Allow: 'GET, POST' });
      return;
    }
    const room = validateRoom(params.room);
    const name = validateName(params.name);
    sendJson(res, 200, await issueToken(room, name));
  }

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/token') {
      await handleToken(req, res, url);
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
        sendJson(res, status, { error: status === 500 ? 'Internal server error' : error.message });
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
