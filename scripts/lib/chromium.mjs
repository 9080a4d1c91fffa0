// Finds the Chromium to drive (Debian's, or CHROMIUM_PATH) and the flags every run needs.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const PROFILES_DIR = fileURLToPath(new URL('../../.profiles', import.meta.url));

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  return CANDIDATES.find((path) => path && existsSync(path)) ?? null;
}

export const HOW_TO_INSTALL_CHROMIUM =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-noto-cjk`) ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

/** Flags for a Chromium that loads the built extension and sees the fixture hosts. */
export function chromiumArgs(resolverRules) {
  return [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    resolverRules,
    // The fixture server's certificate is self-signed; every other host is unreachable anyway.
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--lang=zh-CN',
  ];
}

/** A fresh profile folder inside the project (git-ignored), removed by the caller. */
export function freshProfile(name) {
  const dir = `${PROFILES_DIR}/${name}-${process.pid}-${Date.now()}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
