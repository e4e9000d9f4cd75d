// A thin adapter in front of a procedure system: it speaks vn06's HTTP driver contract
// (GET http://127.0.0.1:8607/driver/openapi.json on `vn06 serve --reference`, or `vn06 openapi --driver`)
// and turns each stimulus into a call to your system. Copy this file into your stack and replace system.mjs.
//
//   node examples/driver-adapter/adapter.mjs --port 8610
//   vn06 run --sut http://127.0.0.1:8610
//
// Plain node:http, no dependencies: one session (one scenario) at a time.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { system } from './system.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8610' }, host: { type: 'string', default: '127.0.0.1' } } });
const LIMIT = 32 * 1024 * 1024;

/** Answers JSON, or nothing for 204. */
function send(res, status, body) {
  if (body === undefined) return res.writeHead(status).end();
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

/** An error in the contract's shape: { error: { code, message } }. */
const refuse = (res, status, code, message) => send(res, status, { error: { code, message } });

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= LIMIT) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > LIMIT) return reject(Object.assign(new Error(`the body has ${size} bytes; the limit is ${LIMIT}`), { status: 413 }));
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text.trim() === '' ? {} : JSON.parse(text));
      } catch (error) {
        reject(Object.assign(new Error(`the body is not JSON: ${error.message}`), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

let session = null;

const server = createServer(async (req, res) => {
  try {
    const path = new URL(req.url, 'http://adapter').pathname;
    if (path === '/driver/session' && req.method === 'POST') {
      // A scenario starts: point your system at the mocks, with these credentials, on fresh state.
      const { mocksUrl, clientId, clientSecret, seed } = await readJson(req);
      if (session) await system.stop(session);
      session = await system.start({ mocksUrl, clientId, clientSecret, seed });
      return send(res, 204);
    }
    if (path === '/driver/session' && req.method === 'DELETE') {
      if (session) await system.stop(session);
      session = null;
      return send(res, 204);
    }
    const name = /^\/driver\/([A-Za-z]+)$/.exec(path)?.[1];
    const operation = name === undefined ? undefined : system.operations[name];
    if (!operation) return refuse(res, 404, 'not_found', `no driver operation at ${path}`);
    if (req.method !== 'POST') return refuse(res, 405, 'method_not_allowed', `use POST on ${path}`);
    const input = await readJson(req);
    if (!session) return refuse(res, 409, 'no_session', 'no session: POST /driver/session first');
    return send(res, 200, await operation(session, input));
  } catch (error) {
    refuse(res, error.status ?? 500, error.status ? 'bad_request' : 'failed', error.message);
  }
});

server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  process.stdout.write(`driver adapter listening on http://${values.host}:${port}\n`);
});
const stop = () => server.close(async () => {
  if (session) await system.stop(session);
  process.exit(0);
});
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
