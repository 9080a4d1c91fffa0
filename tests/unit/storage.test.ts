import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openKefuDb, type Migration } from '../../lib/storage/db';
import { getNotes, saveNote } from '../../lib/storage/notes-repo';

const freshName = () => `kefu-test-${Math.random()}`;

describe('notes repository', () => {
  it('stores, reads back, updates and removes notes', async () => {
    const db = await openKefuDb(freshName());
    await saveNote(db, { key: 'pinduoduo:a', platform: 'pinduoduo', text: '第一次' }, 1000);
    await saveNote(db, { key: 'pinduoduo:a', platform: 'pinduoduo', text: '  第二次  ' }, 2000);
    expect(await getNotes(db, ['pinduoduo:a', 'pinduoduo:missing'])).toEqual({
      'pinduoduo:a': { key: 'pinduoduo:a', platform: 'pinduoduo', text: '第二次', updatedAt: 2000 },
    });
    expect(await saveNote(db, { key: 'pinduoduo:a', platform: 'pinduoduo', text: '   ' })).toBeNull();
    expect(await getNotes(db, ['pinduoduo:a'])).toEqual({});
    db.close();
  });
});

describe('schema versions', () => {
  it('opens at the version the migrations reach, with every store', async () => {
    const db = await openKefuDb(freshName());
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames]).toContain('notes');
    db.close();
  });

  it('a failing migration keeps the old version and its data', async () => {
    const name = freshName();
    const v1 = await openKefuDb(name);
    await saveNote(v1, { key: 'pinduoduo:keep', platform: 'pinduoduo', text: '不能丢' }, 5);
    v1.close();

    const broken: Migration = () => {
      throw new Error('migration bug');
    };
    await expect(openKefuDb(name, [...MIGRATIONS, broken])).rejects.toThrow();

    const reopened = await openKefuDb(name);
    expect(reopened.version).toBe(MIGRATIONS.length);
    expect((await getNotes(reopened, ['pinduoduo:keep']))['pinduoduo:keep']?.text).toBe('不能丢');
    reopened.close();
  });

  it('a later migration sees the data of the earlier versions', async () => {
    const name = freshName();
    const v1 = await openKefuDb(name);
    await saveNote(v1, { key: 'pinduoduo:x', platform: 'pinduoduo', text: '旧备注' }, 7);
    v1.close();
    const seen: string[] = [];
    const readAll: Migration = (_db, tx) => {
      void tx.objectStore('notes').getAll().then((notes) => seen.push(...notes.map((note) => note.text)));
    };
    const v2 = await openKefuDb(name, [...MIGRATIONS, readAll]);
    expect(v2.version).toBe(MIGRATIONS.length + 1);
    expect(seen).toEqual(['旧备注']);
    v2.close();
  });
});
