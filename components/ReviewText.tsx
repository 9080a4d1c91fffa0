import type { Span } from '../lib/domain/classifier';

/** Review text with the spans that support the cause underlined; text only, never markup. */
export function ReviewText({ text, spans }: { text: string; spans: readonly Span[] }) {
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at || span.end > text.length) continue;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(<mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
