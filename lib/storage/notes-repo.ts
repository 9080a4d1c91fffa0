import type { KefuDb } from './db';
import type { Note, NoteInput } from './notes';

export async function getNotes(db: KefuDb, keys: readonly string[]): Promise<Record<string, Note>> {
  const tx = db.transaction('notes');
  const found = await Promise.all(keys.map((key) => tx.store.get(key)));
  await tx.done;
  const byKey: Record<string, Note> = {};
  for (const note of found) if (note) byKey[note.key] = note;
  return byKey;
}

/** Saves a note; an empty note removes it. Returns what is stored now (null when removed). */
export async function saveNote(db: KefuDb, input: NoteInput, now = Date.now()): Promise<Note | null> {
  const text = input.text.trim();
  if (text === '') {
    await db.delete('notes', input.key);
    return null;
  }
  const note: Note = { ...input, text, updatedAt: now };
  await db.put('notes', note);
  return note;
}
