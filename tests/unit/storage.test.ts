import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openKefuDb, type Migration } from '../../lib/storage/db';
import { getNotes, saveNote } from '../../lib/storage/notes-repo';
import { getReplyUses, recordReplyUse } from '../../lib/storage/reply-uses';

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

  it('v1 → v2 adds the quick-reply use counts and keeps every note', async () => {
    const name = freshName();
    const v1 = await openKefuDb(name, MIGRATIONS.slice(0, 1));
    expect(v1.version).toBe(1);
    await saveNote(v1, { key: 'pinduoduo:v1', platform: 'pinduoduo', text: '升级前的备注' }, 11);
    v1.close();

    const v2 = await openKefuDb(name, MIGRATIONS.slice(0, 2));
    expect(v2.version).toBe(2);
    expect([...v2.objectStoreNames].sort()).toEqual(['notes', 'replyUses']);
    expect(await getNotes(v2, ['pinduoduo:v1'])).toEqual({
      'pinduoduo:v1': { key: 'pinduoduo:v1', platform: 'pinduoduo', text: '升级前的备注', updatedAt: 11 },
    });
    v2.close();
  });
});

describe('quick-reply uses', () => {
  it('counts every insertion and remembers the last one', async () => {
    const db = await openKefuDb(freshName());
    await recordReplyUse(db, 'builtin:hi', 100);
    await Promise.all([recordReplyUse(db, 'builtin:hi', 200), recordReplyUse(db, 'builtin:bye', 150)]);
    const uses = await getReplyUses(db);
    expect(uses.get('builtin:hi')).toEqual({ id: 'builtin:hi', count: 2, lastUsedAt: 200 });
    expect(uses.get('builtin:bye')).toEqual({ id: 'builtin:bye', count: 1, lastUsedAt: 150 });
    db.close();
  });
});
