/**
 * Bulk classification.
 *
 *   npm run classify -- <file> [--kind review|message]
 *
 * Input: CSV with a header (text column `review`, `text`, `评价内容` or `内容`; optional stars column `stars`,
 * `评分`, `星级`, `rating`; optional follow-up column `追评`) or JSON Lines (`{"text": …, "stars"?: …}`).
 * UTF-8 (with or without BOM), UTF-16 with BOM, or GBK (detected when the bytes are not valid UTF-8).
 * Output: one JSON object per input record on stdout:
 *   {"negative": bool, "score": number, "causes": [codes…], "intents": [codes…]}
 * A malformed record yields {"line": n, "error": "…"} and the run goes on. Exit code 2 on usage/IO errors.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { mapHeader, parseCsvRows } from '../lib/domain/csv';
import { classifyMessage, classifyReview } from '../lib/domain/classifier';

const TEXT_COLUMNS = ['review', 'text', '评价内容', '内容', '评价', 'content', 'comment', '评论', '评论内容', 'message', '消息', '消息内容'];
const STARS_COLUMNS = ['stars', 'star', '评分', '星级', 'rating', '分数', '评价星级'];
const FOLLOW_COLUMNS = ['followUpText', 'followup', 'follow_up', '追评', '追加评价', '追评内容'];

type Kind = 'review' | 'message';

function usage(msg?: string): never {
  if (msg) process.stderr.write(`classify: ${msg}\n`);
  process.stderr.write('usage: npm run classify -- <file.csv|file.jsonl> [--kind review|message]\n');
  process.exit(2);
}

/** Decode bytes: BOM first, then strict UTF-8, falling back to GBK (common from Chinese back-ends). */
function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 零: 0 };

/** Parse a stars cell: "4", "4.0", "4星", "★★★★", "四星". undefined when empty; NaN when unreadable. */
function parseStars(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 && v <= 5 ? v : NaN;
  if (typeof v !== 'string') return NaN;
  const s = v.trim();
  if (!s) return undefined;
  const stars = (s.match(/[★⭐]/g) ?? []).length;
  if (stars > 0) return Math.min(stars, 5);
  const m = s.match(/^(\d+(?:\.\d+)?)\s*(?:星|分|stars?)?$/i);
  if (m) {
    const n = Number(m[1]);
    return n >= 0 && n <= 5 ? n : NaN;
  }
  const c = s.match(/^([一二两三四五零])\s*(?:星|分)?$/);
  if (c) return CN_DIGITS[c[1]!]!;
  return NaN;
}

function classifyOne(kind: Kind, text: string, stars: number | undefined, followUpText?: string) {
  if (kind === 'message') {
    const v = classifyMessage(text);
    return { negative: v.negative, score: v.score, causes: v.cause ? [v.cause.code] : [], intents: v.intents.map((i) => i.code) };
  }
  const v = classifyReview({ text, stars, followUpText });
  return { negative: v.negative, score: v.score, causes: v.causes.map((c) => c.code), intents: [] as string[] };
}

function main() {
  const args = process.argv.slice(2);
  let kind: Kind = 'review';
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--kind') {
      const k = args[++i];
      if (k !== 'review' && k !== 'message') usage(`--kind must be review or message, got ${k}`);
      kind = k;
    } else if (a.startsWith('--kind=')) {
      const k = a.slice(7);
      if (k !== 'review' && k !== 'message') usage(`--kind must be review or message, got ${k}`);
      kind = k;
    } else if (a === '-h' || a === '--help') usage();
    else if (!file) file = a;
    else usage(`unexpected argument ${a}`);
  }
  if (!file) usage('missing input file');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    usage(`cannot read ${file}: ${(e as Error).message}`);
  }
  const { text } = decode(bytes);

  const out: string[] = [];
  const flush = () => {
    if (out.length) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  };
  const emit = (o: unknown) => {
    out.push(JSON.stringify(o));
    if (out.length >= 1000) flush();
  };

  const ext = extname(file).toLowerCase();
  const firstChar = text.replace(/^\uFEFF/, '').trimStart()[0];
  const isJsonl = ext === '.jsonl' || ext === '.ndjson' || ext === '.json' || (ext !== '.csv' && ext !== '.tsv' && firstChar === '{');

  if (isJsonl) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, i) => {
      const line = i + 1;
      if (!raw.trim()) return;
      let obj: unknown;
      try {
        obj = JSON.parse(raw);
      } catch (e) {
        emit({ line, error: `invalid JSON: ${(e as Error).message}` });
        return;
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
        emit({ line, error: 'expected a JSON object' });
        return;
      }
      const o = obj as Record<string, unknown>;
      const t = o.text ?? o.review ?? o['评价内容'] ?? o['内容'];
      if (typeof t !== 'string') {
        emit({ line, error: 'missing "text" string' });
        return;
      }
      const stars = parseStars(o.stars ?? o.rating ?? o['评分'] ?? o['星级']);
      if (Number.isNaN(stars)) {
        emit({ line, error: `invalid stars: ${JSON.stringify(o.stars ?? o.rating ?? o['评分'] ?? o['星级'])}` });
        return;
      }
      const follow = typeof o.followUpText === 'string' ? o.followUpText : typeof o['追评'] === 'string' ? (o['追评'] as string) : undefined;
      emit(classifyOne(kind, t, stars, follow));
    });
  } else {
    const delimiter = ext === '.tsv' ? '\t' : ',';
    const rows = parseCsvRows(text, { delimiter });
    const head = rows.shift();
    if (!head) {
      flush();
      return;
    }
    const cols = mapHeader(head.fields, { text: TEXT_COLUMNS, stars: STARS_COLUMNS, follow: FOLLOW_COLUMNS });
    if (cols.text < 0) {
      if (head.fields.length === 1) cols.text = 0;
      else usage(`no text column: expected one of ${TEXT_COLUMNS.slice(0, 4).join(', ')}; header is ${head.fields.join(', ')}`);
    }
    for (const r of rows) {
      const t = r.fields[cols.text];
      if (t === undefined) {
        emit({ line: r.line, error: `row has ${r.fields.length} fields, the text column is number ${cols.text + 1}` });
        continue;
      }
      const stars = cols.stars >= 0 ? parseStars(r.fields[cols.stars]) : undefined;
      if (Number.isNaN(stars)) {
        emit({ line: r.line, error: `invalid stars: ${JSON.stringify(r.fields[cols.stars])}` });
        continue;
      }
      const follow = cols.follow >= 0 ? r.fields[cols.follow] : undefined;
      emit(classifyOne(kind, t, stars, follow || undefined));
    }
  }
  flush();
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
main();
