import { readFileSync } from 'node:fs';
import { classifyReview } from '/work/wt-cls/lib/domain/classifier';
const f = process.argv[2]!;
const all = process.argv.includes('--all');
for (const l of readFileSync(f, 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(l);
  const v = classifyReview({ text: r.text });
  const pred = v.causes.map((c) => `${c.code}:${c.confidence}[${c.spans.map((s) => s.text).join('/')}]`).join(' ');
  const ok = r.negative ? (v.causes[0]?.code ?? 'other') === r.causes[0] : v.causes.length === 0 && !v.negative;
  if (!ok || all) console.log(`${ok ? '  ' : 'XX'} ${r.id} gold=${r.causes.join('+') || '-'} neg=${v.negative} s=${v.score} | ${pred} | ${r.text}`);
}
