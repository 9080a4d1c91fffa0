import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function readFixture(path: string): string {
  return readFileSync(join(FIXTURES_DIR, path), 'utf8');
}

/** A fixture page's markup without its demo stylesheet link (happy-dom would try to fetch it). */
export function fixtureMarkup(path: string): string {
  return readFixture(path).replace(/<link\b[^>]*>/g, '');
}
