import type { PlatformId } from '../platforms';

/** What an agent writes down about a buyer (shared/domain.md §2, step 7). */
export const BUYER_NOTE_FIELDS = ['temperament', 'avoid', 'bestTime'] as const;
export type BuyerNoteField = (typeof BUYER_NOTE_FIELDS)[number];

export const MAX_BUYER_NOTE = 2_000;

export interface BuyerNote {
  text: string;
  /** Bumped on every save; an edit names the revision it started from. */
  rev: number;
  updatedAt: number;
  by: string;
}

export interface BuyerMemory {
  key: string;
  platform: PlatformId;
  buyerId?: string;
  nickname: string;
  notes: Partial<Record<BuyerNoteField, BuyerNote>>;
  updatedAt: number;
}

export interface BuyerNoteEdit {
  field: BuyerNoteField;
  text: string;
  /** The revision the editor showed (0 for a field never saved). */
  baseRev: number;
}

/** Marks where two versions written at the same time were kept side by side. */
export const CONFLICT_SEPARATOR = '\n⇄ ';

/**
 * Applies one edit. When another tab saved the field after this editor loaded it, neither text is
 * lost: both are kept, the stored one first, and the caller is told so it can show the merge.
 */
export function applyBuyerNoteEdit(
  stored: BuyerMemory | undefined,
  identity: Pick<BuyerMemory, 'key' | 'platform' | 'buyerId' | 'nickname'>,
  edit: BuyerNoteEdit,
  by: string,
  now: number,
): { memory: BuyerMemory; conflict: boolean } {
  const memory: BuyerMemory = stored ? { ...stored, notes: { ...stored.notes } } : { ...identity, notes: {}, updatedAt: now };
  if (!memory.buyerId && identity.buyerId) memory.buyerId = identity.buyerId;
  const current = memory.notes[edit.field];
  const text = edit.text.trim().slice(0, MAX_BUYER_NOTE);
  const currentRev = current?.rev ?? 0;
  const conflict = currentRev !== edit.baseRev && current !== undefined && current.text !== text && text !== '';
  const merged = conflict ? `${current.text}${CONFLICT_SEPARATOR}${text}`.slice(0, MAX_BUYER_NOTE) : text;
  if (current?.text === merged) return { memory: stored ?? memory, conflict: false };
  memory.notes[edit.field] = { text: merged, rev: currentRev + 1, updatedAt: now, by };
  memory.updatedAt = now;
  return { memory, conflict };
}
