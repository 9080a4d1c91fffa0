import type { Library } from '../domain/library/types';
import type { PlaybookSettings } from '../domain/playbook/budget';
import type { KefuDb } from './db';

/** Records of the `playbook` store, by key. */
export type PlaybookRecord = ({ key: 'library' } & Library) | { key: 'settings'; settings: PlaybookSettings };

export async function getLibrary(db: KefuDb): Promise<Library> {
  const record = await db.get('playbook', 'library');
  return record?.key === 'library' ? { groups: record.groups, replies: record.replies } : { groups: [], replies: [] };
}

/** Replaces the whole library in one write: an edit or an import lands whole or not at all. */
export async function saveLibrary(db: KefuDb, library: Library): Promise<void> {
  await db.put('playbook', { key: 'library', groups: library.groups, replies: library.replies });
}
