import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = join(repo, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'kefu-classify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(name: string, content: string | Uint8Array, ...args: string[]) {
  const file = join(dir, name);
  writeFileSync(file, content);
  const r = spawnSync(tsx, [join(repo, 'scripts/classify.ts'), file, ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  const lines = r.stdout.split('\n').filter((l) => l.trim());
  return { status: r.status, stderr: r.stderr, out: lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/** Encode a string as GBK for the characters used here (hand-made table to avoid a dependency). */
const GBK: Record<string, [number, number]> = {
  质: [0xd6, 0xca], 量: [0xc1, 0xbf], 太: [0xcc, 0xab], 差: [0xb2, 0xee], 了: [0xc1, 0xcb], 很: [0xba, 0xdc], 满: [0xc2, 0xfa], 意: [0xd2, 0xe2],
};
function gbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else out.push(...GBK[ch]!);
  }
  return Uint8Array.from(out);
}

describe('npm run classify', () => {
  it('reads CSV with BOM, quoted commas, newlines and doubled quotes; one object per record', { timeout: 60_000 }, () => {
    const csv = '\uFEFFid,评价内容,评分\n1,"质量太差了,一洗就掉色",1\n2,"很好，""物流""也快\n下次再来",5\n3,一般般,3\n';
    const r = run('a.csv', csv);
    expect(r.status).toBe(0);
    expect(r.out).toHaveLength(3);
    expect(r.out[0]).toMatchObject({ negative: true, causes: ['quality_defect'], intents: [] });
    expect(Object.keys(r.out[0]!).sort()).toEqual(['causes', 'intents', 'negative', 'score']);
    expect(r.out[1]).toMatchObject({ negative: false, causes: [] });
    expect(typeof r.out[2]!.score).toBe('number');
  });

  it('reports a malformed JSONL line and goes on', { timeout: 60_000 }, () => {
    const jsonl = '{"text":"快递太慢了等了一周","stars":2}\nnot json\n\n{"text":"客服态度很好👍"}\n{"stars":3}\n{"text":"差","stars":"abc"}\n';
    const r = run('b.jsonl', jsonl);
    expect(r.status).toBe(0);
    expect(r.out).toHaveLength(5);
    expect(r.out[0]).toMatchObject({ negative: true, causes: ['slow_logistics'] });
    expect(r.out[1]).toMatchObject({ line: 2 });
    expect(String(r.out[1]!.error)).toMatch(/JSON/);
    expect(r.out[2]).toMatchObject({ negative: false });
    expect(r.out[3]).toMatchObject({ line: 5 });
    expect(r.out[4]).toMatchObject({ line: 6 });
  });

  it('decodes GBK files', { timeout: 60_000 }, () => {
    const r = run('c.csv', gbk('review,stars\n质量太差了,1\n很满意,5\n'));
    expect(r.status).toBe(0);
    expect(r.out).toEqual([
      expect.objectContaining({ negative: true, causes: ['quality_defect'] }),
      expect.objectContaining({ negative: false }),
    ]);
  });

  it('classifies chat messages with --kind message', { timeout: 60_000 }, () => {
    const r = run('m.jsonl', '{"text":"你好 这个还有货吗"}\n{"text":"发错颜色了 我要的是白色"}\n', '--kind', 'message');
    expect(r.status).toBe(0);
    expect(r.out[0]!.intents).toEqual(expect.arrayContaining(['presale_stock', 'greeting']));
    expect(r.out[1]).toMatchObject({ negative: true, causes: ['wrong_or_missing_item'] });
    expect(r.out[1]!.intents).toContain('complaint');
  });

  it('fails with a usage message when the CSV has no text column', { timeout: 60_000 }, () => {
    const r = run('d.csv', 'a,b\n1,2\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/text column/);
  });
});
