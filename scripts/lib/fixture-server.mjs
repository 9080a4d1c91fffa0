// Serves the demo seller pages (tests/fixtures) at their real URLs: Chromium maps the seller
// hostnames to this server, which picks the page by Host header and path. One port speaks both HTTP
// and HTTPS: some seller hosts (jinritemai.com) are on Chromium's HSTS preload list, so Chromium only
// ever asks them over TLS; the certificate is a self-signed test one (Chromium runs with
// --ignore-certificate-errors and reaches no host but this server).
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const TLS_DIR = fileURLToPath(new URL('./fixture-tls/', import.meta.url));
export const ROUTES = JSON.parse(readFileSync(join(FIXTURES_DIR, 'routes.json'), 'utf8')).pages;

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

/** Every hostname a fixture is served under. */
export const FIXTURE_HOSTS = [...new Set(ROUTES.map((route) => new URL(route.url).hostname))];

/** Chromium flag mapping the fixture hosts to the local server and refusing every other host. */
export function hostResolverRules(port, extraHosts = []) {
  const maps = [...new Set([...FIXTURE_HOSTS, ...extraHosts])].map((host) => `MAP ${host} 127.0.0.1:${port}`);
  return `--host-resolver-rules=${[...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ')}`;
}

function fileFor(host, pathname) {
  // Shared demo assets (styles) are served under every host.
  if (pathname.startsWith('/_demo/')) return normalize(join(FIXTURES_DIR, pathname));
  const route = ROUTES.find((r) => {
    const url = new URL(r.url);
    return url.hostname === host && url.pathname === pathname;
  });
  if (route) return join(FIXTURES_DIR, route.file);
  // Other fixture files by path, for tests that open a specific fixture (e.g. `/pinduoduo/broken.html`).
  if (host === 'localhost' || host === '127.0.0.1' || FIXTURE_HOSTS.includes(host)) return normalize(join(FIXTURES_DIR, pathname));
  return null;
}

/**
 * Starts the server on a free port; resolves with its port and a close function. `generated` maps
 * real URLs (without query) to HTML made at run time, e.g. the benchmark's 2,000-row page.
 */
export function startFixtureServer({ port = 0, generated = {} } = {}) {
  const handle = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const page = generated[`http://${host}${url.pathname}`] ?? generated[`https://${host}${url.pathname}`];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(page);
      return;
    }
    const file = fileFor(host, decodeURIComponent(url.pathname));
    if (!file || !file.startsWith(FIXTURES_DIR)) {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  };
  const http = createServer(handle);
  const tls = createTlsServer({ key: readFileSync(TLS_DIR + 'key.pem'), cert: readFileSync(TLS_DIR + 'cert.pem') }, handle);
  const sockets = new Set();
  // A TLS connection starts with a handshake record (0x16); anything else is plain HTTP.
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? tls : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  const close = () =>
    new Promise((done) => {
      for (const socket of sockets) socket.destroy();
      server.close(done);
    });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve({ port: server.address().port, close }));
  });
}
