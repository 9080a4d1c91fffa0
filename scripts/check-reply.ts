/**
 * Check a reply or template for review-for-benefit wording (the compliance guard, lib/domain/compliance).
 *
 *   npm run check-reply -- "<text>"        (several arguments are joined with a space)
 *   echo "<text>" | npm run check-reply    (reads stdin when no argument is given)
 *
 * Prints the verdict and each reason in Chinese and English. Exit code: 1 when flagged, 0 when clean,
 * 2 on a usage error (no text).
 */
import { readFileSync } from 'node:fs';
import { checkReply } from '../lib/domain/compliance';

function usage(msg: string): never {
  process.stderr.write(`check-reply: ${msg}\n`);
  process.stderr.write('用法 / usage: npm run check-reply -- "<回复内容 reply text>"\n');
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  process.stdout.write('用法 / usage: npm run check-reply -- "<回复内容 reply text>"\n退出码 / exit: 0 未发现问题 clean, 1 有违规风险 flagged, 2 用法错误 usage error\n');
  process.exit(0);
}
let text = args.join(' ');
if (!args.length && !process.stdin.isTTY) {
  try {
    text = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
  } catch {
    text = '';
  }
}
if (!text.trim()) usage('缺少要检查的文字 / no text to check');

const v = checkReply(text);
if (!v.flagged) {
  process.stdout.write('✓ 未发现问题：没有把补偿和评价挂钩的说法。\n✓ OK: no wording that ties a benefit to a review.\n');
  process.exit(0);
}
const lines = [`✗ 有违规风险（${v.reasons.length} 处）/ FLAGGED (${v.reasons.length} reason${v.reasons.length > 1 ? 's' : ''})`];
v.reasons.forEach((r, i) => {
  lines.push('');
  lines.push(`${i + 1}. [${r.code}] 「${r.span.text}」 (${r.span.start}–${r.span.end})`);
  lines.push(`   中文：${r.message.zh}`);
  lines.push(`   English: ${r.message.en}`);
});
process.stdout.write(lines.join('\n') + '\n');
process.exit(1);
