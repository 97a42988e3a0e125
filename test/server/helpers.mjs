// Shared helpers for the demo server tests: ephemeral servers that always get closed, and JWT checks.
import http from 'node:http';
import { sign, verify } from 'node:crypto';
import { once } from 'node:events';

/** Listens on an ephemeral localhost port; resolves to the base URL. */
export async function listen(server) {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${server.address().port}`;
}

/** Closes the server, dropping keep-alive connections so `node --test` can exit. */
export async function close(server) {
  if (!server.listening) return;
  const closed = once(server, 'close');
  server.close();
  server.closeAllConnections();
  await closed;
}

/** Decodes a compact JWS and checks its RS256 signature against `publicKey`. */
export function verifyJwt(jwt, publicKey) {
  const parts = jwt.split('.');
  if (parts.length !== 3) throw new Error(`not a JWT: ${parts.length} parts`);
  const [headerPart, payloadPart, signaturePart] = parts;
  const header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8'));
  const claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${headerPart}.${payloadPart}`),
    publicKey,
    Buffer.from(signaturePart, 'base64url'),
  );
  return { header, claims, valid };
}

/**
 * A local stand-in for the parts of the Vonage Video REST API the demo server uses, answering as
 * the real API does (paths and bodies as @vonage/video sends them):
 *   POST /session/create                                (form-encoded) → [{ session_id, ... }]
 *   POST /v2/project/:applicationId/archive             (JSON { sessionId, name }) → the archive
 *   GET  /v2/project/:applicationId/archive/:archiveId  → the archive, 404 if unknown
 *   POST /v2/project/:applicationId/archive/:archiveId/stop → the archive, status "stopped"
 *   POST /v2/project/:applicationId/captions            (JSON { sessionId, token, languageCode }) → { captionsId }
 * Records every request it receives. `behaviour.status` fails every route with that status;
 * `behaviour.routeStatus[route]` fails one route ('session', 'startArchive', 'getArchive',
 * 'stopArchive', 'captions'). `archives` holds the archives it knows (tests may add some).
 */
export function createVideoApiStandIn() {
  const requests = [];
  const archives = new Map();
  let created = 0;
  let archiveCount = 0;
  let captionsCount = 0;
  const behaviour = { status: 200, delayMs: 0, routeStatus: {} };

  function route(method, urlPath) {
    if (method === 'POST' && urlPath === '/session/create') return { name: 'session' };
    const match = /^\/v2\/project\/([^/]+)\/(archive|captions)(?:\/([^/]+))?(\/stop)?$/.exec(urlPath);
    if (!match) return null;
    const [, applicationId, kind, id, stop] = match;
    if (kind === 'captions' && method === 'POST' && !id && !stop) return { name: 'captions', applicationId };
    if (kind !== 'archive') return null;
    if (method === 'POST' && !id && !stop) return { name: 'startArchive', applicationId };
    if (method === 'GET' && id && !stop) return { name: 'getArchive', applicationId, id };
    if (method === 'POST' && id && stop) return { name: 'stopArchive', applicationId, id };
    return null;
  }

  function send(res, status, body) {
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  }

  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString('utf8');
    const contentType = req.headers['content-type'] ?? '';
    let json;
    if (/json/.test(contentType) && body) {
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
    }
    const target = route(req.method, req.url);
    requests.push({
      method: req.method,
      path: req.url,
      route: target?.name,
      authorization: req.headers.authorization ?? '',
      contentType,
      body,
      json,
      form: Object.fromEntries(new URLSearchParams(body)),
    });
    if (behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));

    const failure = target && (behaviour.routeStatus[target.name] ?? (behaviour.status !== 200 ? behaviour.status : undefined));
    if (!target) {
      send(res, 404, { message: 'not found' });
    } else if (failure) {
      send(res, failure, { code: -1, message: 'stand-in failure' });
    } else if (target.name === 'session') {
      created += 1;
      send(res, 200, [{
        session_id: `2_MX4stand-in-session-${created}`,
        project_id: 'stand-in-project',
        partner_id: 'stand-in-project',
        create_dt: new Date().toUTCString(),
        media_server_url: '',
      }]);
    } else if (target.name === 'startArchive') {
      archiveCount += 1;
      const archive = {
        id: `00000000-0000-4000-8000-${String(archiveCount).padStart(12, '0')}`,
        status: 'started',
        name: json?.name ?? '',
        sessionId: json?.sessionId,
        applicationId: target.applicationId,
        createdAt: Date.now(),
        duration: 0,
        size: 0,
        hasAudio: true,
        hasVideo: true,
        outputMode: 'composed',
      };
      archives.set(archive.id, archive);
      send(res, 200, archive);
    } else if (target.name === 'getArchive' || target.name === 'stopArchive') {
      const archive = archives.get(target.id);
      if (!archive) {
        send(res, 404, { code: 404, message: 'archive not found' });
      } else if (target.name === 'stopArchive' && archive.status !== 'started') {
        send(res, 409, { code: 409, message: 'archive is not being recorded' });
      } else {
        if (target.name === 'stopArchive') archive.status = 'stopped';
        send(res, 200, archive);
      }
    } else if (target.name === 'captions') {
      captionsCount += 1;
      send(res, 202, { captionsId: `stand-in-captions-${captionsCount}` });
    }
  });

  return { server, requests, behaviour, archives };
}

/** Signs `claims` as a compact RS256 JWS with `privateKey` (to forge tokens the server must refuse). */
export function signJwt(claims, privateKey, header = { typ: 'JWT', alg: 'RS256' }) {
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signed = `${encode(header)}.${encode(claims)}`;
  return `${signed}.${sign('RSA-SHA256', Buffer.from(signed), privateKey).toString('base64url')}`;
}
