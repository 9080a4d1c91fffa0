// Serves the demo seller pages (tests/fixtures) at their real URLs: Chromium maps the seller
// hostnames to this server, which picks the page by Host header and path.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
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
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const page = generated[`http://${host}${url.pathname}`];
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
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve({ port: server.address().port, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
