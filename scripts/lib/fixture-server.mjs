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
export function hostResolverRules(port) {
  const maps = FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`);
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

/** The fixture answer for a request to `host` + `pathname`: status, content type and body. */
export function fixtureResponse(host, pathname) {
  const file = fileFor(host, pathname);
  const notFound = { status: 404, contentType: 'text/plain', body: Buffer.from('not found') };
  if (!file || !file.startsWith(FIXTURES_DIR)) return notFound;
  try {
    return { status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
  } catch {
    return notFound;
  }
}

/**
 * Serves the fixtures of https routes inside a Playwright context. Some seller hosts are on
 * Chromium's HSTS preload list (fxg.jinritemai.com): `http://` is upgraded to https, which the
 * plain-HTTP server behind the host mapping cannot answer, so those pages are fulfilled directly.
 */
export async function routeHttpsFixtures(context) {
  await context.route(
    (url) => url.protocol === 'https:' && FIXTURE_HOSTS.includes(url.hostname),
    (route) => {
      const url = new URL(route.request().url());
      const { status, contentType, body } = fixtureResponse(url.hostname, decodeURIComponent(url.pathname));
      return route.fulfill({ status, contentType, body, headers: { 'cache-control': 'no-store' } });
    },
  );
}

/** Starts the server on a free port; resolves with its port and a close function. */
export function startFixtureServer(port = 0) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const { status, contentType, body } = fixtureResponse(host, decodeURIComponent(url.pathname));
    res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve({ port: server.address().port, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
