// A token endpoint for the browser tests, served by the test runner itself at /test-token.
// Query parameters shape the answer so one endpoint covers every contract case:
//   status=N     answer HTTP N            delay=MS    answer after MS milliseconds
//   body=text    answer non-JSON text     omit=FIELD  leave a field out (or empty=FIELD: "")
//   apiKey=1     name the id `apiKey`     session=ID  the sessionId (default `sim-<room>`)
//   key=K        remember the request under K; GET /test-token/last?key=K returns it
//   token=T      the token to hand out (default: a fresh random one)
//   retryAfter=V send a Retry-After header (with status=429 or 503)
//   number=FIELD make a field a number      stall=MS    send half the JSON, then stall MS ms
//   role=R       a token the simulator reads as role R (moderator, publisher, subscriber)
import { Readable } from 'node:stream';

const requests = new Map();
let issued = 0;

async function readBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export async function tokenEndpointMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/test-token')) return next();
  const query = ctx.query;
  if (ctx.path === '/test-token/last') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(requests.get(query.key) ?? null);
    return;
  }
  const body = ctx.method === 'POST' ? await readBody(ctx.req) : '';
  if (query.key) {
    requests.set(query.key, {
      method: ctx.method,
      room: query.room ?? null,
      contentType: ctx.get('content-type') || null,
      cookie: ctx.get('cookie') || null,
      body: body ? JSON.parse(body) : null,
      count: (requests.get(query.key)?.count ?? 0) + 1,
    });
  }
  if (query.delay) await new Promise((resolve) => setTimeout(resolve, Number(query.delay)));
  ctx.set('Cache-Control', 'no-store');
  if (query.retryAfter) ctx.set('Retry-After', query.retryAfter);
  if (query.status) {
    ctx.status = Number(query.status);
    ctx.body = 'no token for you';
    return;
  }
  if (query.body === 'text') {
    ctx.type = 'text/html';
    ctx.body = '<html>not json</html>';
    return;
  }
  const room = query.room ?? (body ? JSON.parse(body).room : undefined) ?? 'lobby';
  issued += 1;
  const credentials = {
    [query.apiKey ? 'apiKey' : 'applicationId']: 'test-app',
    sessionId: query.session ?? `sim-${room}`,
    token: (query.token ?? `T0KEN-secret-${issued}-${Math.random().toString(36).slice(2)}`) + (query.role ? `;role=${query.role}` : ''),
  };
  if (query.omit) delete credentials[query.omit];
  if (query.empty) credentials[query.empty] = '';
  if (query.number) credentials[query.number] = 42;
  if (query.stall) {
    const json = JSON.stringify(credentials);
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (async function* () {
        yield json.slice(0, 10);
        await new Promise((resolve) => setTimeout(resolve, Number(query.stall)));
        yield json.slice(10);
      })(),
    );
    return;
  }
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(credentials);
}
