import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { classifyReview } from '../lib/domain/classifier';
const splitOf = (id: string) => (createHash('sha256').update(`kefu-causes-split:${id}`).digest()[0]! < 128 ? 'dev' : 'heldout');
const want = process.argv[2];
let n = 0, ok = 0;
for (const l of readFileSync('../shared/data/causes-dev.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(l);
  if (splitOf(r.id) !== 'dev' || !r.negative) continue;
  const v = classifyReview({ text: r.text });
  const p = v.causes[0]?.code ?? 'other';
  n++; if (p === r.causes[0]) ok++;
  if (p !== r.causes[0] && (!want || r.causes[0] === want || p === want))
    console.log(`${r.id} gold=${r.causes.join('+')} pred=${v.causes.map((c) => `${c.code}[${c.spans.map((s) => s.text).join('/')}]`).join(' ')} | ${r.text.slice(0, 160).replace(/\s+/g, ' ')}`);
}
console.log(`DEV top-1 ${ok}/${n} = ${(ok / n).toFixed(4)}`);
