/** Pure edits of the library the options page makes; each returns a new library. */
import type { Library, LibraryReply, ReplyGroup } from './types';

export function upsertReply(library: Library, reply: LibraryReply): Library {
  const at = library.replies.findIndex((r) => r.id === reply.id);
  const replies = [...library.replies];
  if (at >= 0) replies[at] = reply;
  else {
    // A new reply goes at the end of its group.
    const last = replies.findLastIndex((r) => r.groupId === reply.groupId);
    replies.splice(last + 1, 0, reply);
  }
  return { ...library, replies };
}

export function deleteReply(library: Library, id: string): Library {
  return { ...library, replies: library.replies.filter((r) => r.id !== id) };
}

export function upsertGroup(library: Library, group: ReplyGroup): Library {
  const at = library.groups.findIndex((g) => g.id === group.id);
  const groups = [...library.groups];
  if (at >= 0) groups[at] = group;
  else groups.push(group);
  return { ...library, groups };
}

/** Deletes a group with its replies. */
export function deleteGroup(library: Library, id: string): Library {
  return { groups: library.groups.filter((g) => g.id !== id), replies: library.replies.filter((r) => r.groupId !== id) };
}

function swap<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || to < 0 || to >= out.length) return out;
  [out[from], out[to]] = [out[to]!, out[from]!];
  return out;
}

/** Moves a reply one place up (-1) or down (+1) within its group. */
export function moveReply(library: Library, id: string, step: -1 | 1): Library {
  const from = library.replies.findIndex((r) => r.id === id);
  if (from < 0) return library;
  const groupId = library.replies[from]!.groupId;
  let to = from + step;
  while (to >= 0 && to < library.replies.length && library.replies[to]!.groupId !== groupId) to += step;
  return { ...library, replies: swap(library.replies, from, to) };
}

export function moveGroup(library: Library, id: string, step: -1 | 1): Library {
  const from = library.groups.findIndex((g) => g.id === id);
  return from < 0 ? library : { ...library, groups: swap(library.groups, from, from + step) };
}

/** Replies matching a search by short code, pinyin initials of the title, title or text. */
export function searchLibrary(replies: readonly LibraryReply[], query: string, initialsOf: (title: string) => string): LibraryReply[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...replies];
  return replies.filter((r) => r.code.startsWith(q) || initialsOf(r.title).includes(q) || r.title.toLowerCase().includes(q) || r.text.toLowerCase().includes(q));
}
