import type { ReplyVariable } from './template';

/** One reply as the palette shows it: ranked by the background, with its pinyin initials. */
export interface PaletteReply {
  id: string;
  /** The agent's short code (`/tk`). */
  code: string;
  title: string;
  /** The template, variables still in braces. */
  text: string;
  /** Lower-case pinyin initials of the title (`退款进度` → `tkjd`). */
  initials: string;
  variables: ReplyVariable[];
}

/** How well a reply matches the query: lower is better, null for no match. */
function matchRank(reply: PaletteReply, query: string): number | null {
  const code = reply.code.toLowerCase();
  if (code === query) return 0;
  if (code.startsWith(query)) return 1;
  if (reply.initials.startsWith(query)) return 2;
  if (reply.title.toLowerCase().includes(query)) return 3;
  if (reply.initials.includes(query)) return 4;
  if (reply.text.toLowerCase().includes(query)) return 5;
  return null;
}

/** Replies matching `query` by short code, pinyin initials or text; context order kept within a match kind. */
export function filterReplies(replies: readonly PaletteReply[], query: string): PaletteReply[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [...replies];
  return replies
    .map((reply, order) => ({ reply, order, rank: matchRank(reply, wanted) }))
    .filter((entry): entry is { reply: PaletteReply; order: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((entry) => entry.reply);
}
