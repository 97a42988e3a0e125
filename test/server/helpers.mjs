// Shared helpers for the demo server tests: ephemeral servers that always get closed, and JWT checks.
import http from 'node:http';
import { verify } from 'node:crypto';
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
 * A local stand-in for the Vonage Video REST API's session creation (`POST /session/create`,
 * form-encoded, answered with `[{ session_id, ... }]`). Records every request it receives.
 */
export function createVideoApiStandIn() {
  const requests = [];
  let created = 0;
  const behaviour = { status: 200, delayMs: 0 };

  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString('utf8');
    requests.push({
      method: req.method,
      path: req.url,
      authorization: req.headers.authorization ?? '',
      contentType: req.headers['content-type'] ?? '',
      form: Object.fromEntries(new URLSearchParams(body)),
    });
    if (behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));

    if (req.method !== 'POST' || req.url !== '/session/create') {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"not found"}');
    } else if (behaviour.status !== 200) {
      res.writeHead(behaviour.status, { 'Content-Type': 'application/json' })
        .end('{"code":-1,"message":"stand-in failure"}');
    } else {
      created += 1;
      const payload = JSON.stringify([{
        session_id: `2_MX4stand-in-session-${created}`,
        project_id: 'stand-in-project',
        partner_id: 'stand-in-project',
        create_dt: new Date().toUTCString(),
        media_server_url: '',
      }]);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(payload);
    }
  });

  return { server, requests, behaviour };
}
