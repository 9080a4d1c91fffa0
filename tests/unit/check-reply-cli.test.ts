import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = join(repo, 'node_modules/.bin/tsx');

function run(args: string[], input?: string) {
  return spawnSync(tsx, [join(repo, 'scripts/check-reply.ts'), ...args], { cwd: repo, encoding: 'utf8', input, timeout: 60_000 });
}

describe('npm run check-reply', () => {
  it('exits 1 and prints the reason in Chinese and English when flagged', { timeout: 60_000 }, () => {
    const r = run(['亲，改好评返5元哦']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('有违规风险');
    expect(r.stdout).toContain('FLAGGED');
    expect(r.stdout).toContain('review_change_for_benefit');
    expect(r.stdout).toContain('「改好评返5元」');
    expect(r.stdout).toMatch(/中文：.*改评、删评/);
    expect(r.stdout).toMatch(/English: .*changing or deleting a review/);
  });

  it('exits 0 on a legitimate remedy', { timeout: 60_000 }, () => {
    const r = run(['退您5元差价，补发一件，与评价无关']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('未发现问题');
    expect(r.stdout).toContain('OK');
  });

  it('joins several arguments and reads stdin when none is given', { timeout: 60_000 }, () => {
    expect(run(['好评', '返现']).status).toBe(1);
    const piped = run([], 'Please remove your review and we will refund you.\n');
    expect(piped.status).toBe(1);
    expect(piped.stdout).toContain('amazon_review_for_benefit');
  });

  it('exits 2 with usage on no text', { timeout: 60_000 }, () => {
    const r = run([], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
    expect(run(['   ']).status).toBe(2);
  });
});
