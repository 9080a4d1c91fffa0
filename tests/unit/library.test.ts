import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importQuickPhraseCsv, decodeCsv } from '../../lib/domain/library/csv-import';
import { deleteGroup, deleteReply, moveGroup, moveReply, searchLibrary, upsertGroup, upsertReply } from '../../lib/domain/library/edit';
import { aboutProduct, rankLibrary } from '../../lib/domain/library/rank';
import { exportLibrary, LibraryReplySchema, LibrarySchema, parseLibraryFile } from '../../lib/domain/library/schema';
import { seedLibrary, toAgentTokens } from '../../lib/domain/library/seed';
import type { Library, LibraryReply } from '../../lib/domain/library/types';
import { PLAYBOOK } from '../../lib/domain/playbook';
import { initialsOf } from '../../lib/domain/quick-replies/initials';
import { unknownTokens } from '../../lib/domain/quick-replies/template';
import { MIGRATIONS, openKefuDb } from '../../lib/storage/db';
import { getLibrary, saveLibrary } from '../../lib/storage/library-repo';
import { getNotes, saveNote } from '../../lib/storage/notes-repo';
import { getReplyUses, recordReplyUse } from '../../lib/storage/reply-uses';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/library/${name}`));
const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const reply = (over: Partial<LibraryReply>): LibraryReply => ({ id: 'r', groupId: 'g', code: '', title: '标题', text: '您好', causes: [], intents: [], stages: [], ...over });
const small = (): Library => ({
  groups: [
    { id: 'g', name: '售前', scope: 'shop' },
    { id: 'h', name: '我的', scope: 'personal' },
  ],
  replies: [reply({ id: 'a', title: '退款进度', code: 'tk' }), reply({ id: 'b', groupId: 'h', title: '发货时间' }), reply({ id: 'c', title: '尺码建议' })],
});

describe('seed library', () => {
  it('holds every playbook reply and the everyday quick replies, valid and compliant, with agent tokens only', () => {
    const library = seedLibrary();
    expect(library.replies.length).toBe(PLAYBOOK.length + 30);
    expect(LibrarySchema.safeParse(library).success).toBe(true);
    for (const r of library.replies) expect(unknownTokens(r.text), r.id).toEqual([]);
    const zl1 = library.replies.find((r) => r.id === 'playbook:quality_defect.first_contact.1')!;
    expect(zl1).toMatchObject({ code: 'zl1', title: '质量问题·首次联系1', causes: ['quality_defect'], stages: ['first_contact'], groupId: 'group:cause:quality_defect' });
    expect(zl1.text.startsWith('{买家昵称}您好，我是售后{客服}')).toBe(true);
  });

  it('turns playbook variables into the tokens agents write, leaving other braces alone', () => {
    expect(toAgentTokens('{buyer}的{order}，{coupon}和{unknown}')).toBe('{买家昵称}的{订单号}，{优惠券}和{unknown}');
  });
});

describe('library schema', () => {
  it('refuses a template that ties money to a good review, naming the field', () => {
    const parsed = LibraryReplySchema.safeParse(reply({ text: '亲，改好评返5元' }));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['text']);
  });

  it('normalises short codes and refuses bad ones', () => {
    expect(LibraryReplySchema.parse(reply({ code: ' TK ' })).code).toBe('tk');
    expect(LibraryReplySchema.safeParse(reply({ code: '退款' })).success).toBe(false);
    expect(LibraryReplySchema.safeParse(reply({ text: '   ' })).success).toBe(false);
  });

  it('refuses a reply in a group that does not exist and duplicate ids', () => {
    expect(LibrarySchema.safeParse({ ...small(), replies: [reply({ groupId: 'nope' })] }).success).toBe(false);
    expect(LibrarySchema.safeParse({ ...small(), replies: [reply({ id: 'x' }), reply({ id: 'x' })] }).success).toBe(false);
  });
});

describe('JSON export and import', () => {
  it('round-trips the seed library exactly', () => {
    const library = seedLibrary();
    const parsed = parseLibraryFile(exportLibrary(library));
    expect(parsed).toEqual({ ok: true, library });
  });

  it('refuses a bad file with the field that is wrong', () => {
    const file = JSON.parse(exportLibrary(small()));
    file.replies[2].stages = ['someday'];
    expect(parseLibraryFile(JSON.stringify(file))).toMatchObject({ ok: false, error: expect.stringMatching(/^replies\[2\]\.stages\[0\]/) });
    expect(parseLibraryFile('{')).toMatchObject({ ok: false });
    expect(parseLibraryFile(JSON.stringify({ ...file, kind: 'other' }))).toMatchObject({ ok: false, error: expect.stringMatching(/^kind/) });
  });
});

describe('千牛/飞鸽 CSV import', () => {
  it('reads a GBK file: groups by name, short codes, quoted commas, quotes and line breaks', () => {
    const bytes = fixture('qianniu-phrases-gbk.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = importQuickPhraseCsv(bytes, small(), counter());
    if (!result.ok) throw new Error(result.error);
    expect(result.added).toBe(4);
    const added = result.library.replies.slice(3);
    expect(added.map((r) => [r.code, r.groupId])).toEqual([
      ['dh', 'g'],
      ['cm', 'g'],
      ['tkjd', 'new-3'],
      ['', 'new-3'],
    ]);
    expect(result.library.groups.at(-1)).toEqual({ id: 'new-3', name: '售后', scope: 'shop' });
    expect(added[2]!.text).toBe('亲，退款已经在处理中，一般1-3个工作日到账，"请留意查收"。');
    expect(added[3]!.text).toBe('亲，收到商品有问题请拍照给我，\n我们马上为您处理。');
    expect(LibrarySchema.safeParse(result.library).success).toBe(true);
  });

  it('reads the same phrases from UTF-8', () => {
    const utf8 = new TextEncoder().encode(decodeCsv(fixture('qianniu-phrases-gbk.csv')));
    const result = importQuickPhraseCsv(utf8, small(), counter());
    expect(result.ok && result.library.replies.slice(3).map((r) => r.code)).toEqual(['dh', 'cm', 'tkjd', '']);
  });

  it('refuses a bad row with its line and column, importing nothing', () => {
    const library = small();
    expect(importQuickPhraseCsv(fixture('qianniu-phrases-bad.csv'), library, counter())).toMatchObject({ ok: false, line: 4, field: '快捷编码' });
    expect(importQuickPhraseCsv(fixture('feige-phrases-empty-text.csv'), library, counter())).toMatchObject({ ok: false, line: 3, field: '快捷短语' });
    const flagged = new TextEncoder().encode('分组,短语\n售后,亲收到了吗\n售后,好评返现5元，截图发客服\n');
    expect(importQuickPhraseCsv(flagged, library, counter())).toMatchObject({ ok: false, line: 3, field: '短语', error: expect.stringContaining('合规') });
    expect(importQuickPhraseCsv(new TextEncoder().encode('a,b\n1,2\n'), library, counter())).toMatchObject({ ok: false, line: 1 });
    expect(library).toEqual(small());
  });
});

describe('library edits', () => {
  it('adds a new reply at the end of its group, edits and deletes', () => {
    let library = upsertReply(small(), reply({ id: 'd', title: '新的' }));
    expect(library.replies.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    library = upsertReply(library, reply({ id: 'e', groupId: 'h' }));
    expect(library.replies.map((r) => r.id)).toEqual(['a', 'b', 'e', 'c', 'd']);
    library = upsertReply(library, { ...library.replies[0]!, title: '改过' });
    expect(library.replies[0]!.title).toBe('改过');
    expect(deleteReply(library, 'a').replies.map((r) => r.id)).toEqual(['b', 'e', 'c', 'd']);
  });

  it('moves replies within their group and groups among groups', () => {
    expect(moveReply(small(), 'c', -1).replies.map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(moveReply(small(), 'a', -1).replies.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(moveGroup(small(), 'h', -1).groups.map((g) => g.id)).toEqual(['h', 'g']);
    expect(deleteGroup(small(), 'g')).toEqual({ groups: [{ id: 'h', name: '我的', scope: 'personal' }], replies: [small().replies[1]] });
    expect(upsertGroup(small(), { id: 'z', name: '新', scope: 'shop' }).groups).toHaveLength(3);
  });

  it('searches by short code, pinyin initials of the title and text', () => {
    const ids = (q: string) => searchLibrary(small().replies, q, initialsOf).map((r) => r.id);
    expect(ids('tk')).toEqual(['a']);
    expect(ids('fhsj')).toEqual(['b']);
    expect(ids('cm')).toEqual(['c']);
    expect(ids('尺码')).toEqual(['c']);
    expect(ids('')).toEqual(['a', 'b', 'c']);
  });
});

describe('ranking the library', () => {
  const base = { intents: [], stage: 'handling' as const, uses: new Map(), now: 0 };
  it('puts replies about the page’s product first and replies about another product last', () => {
    const replies = [reply({ id: 'plain' }), reply({ id: 'other', product: '电动牙刷' }), reply({ id: 'mine', product: '纯棉T恤' })];
    expect(rankLibrary(replies, { ...base, product: '夏季纯棉T恤 白色 XL' }).map((r) => r.id)).toEqual(['mine', 'plain', 'other']);
    expect(rankLibrary(replies, base).map((r) => r.id)).toEqual(['plain', 'other', 'mine']);
    expect(aboutProduct('123456', '123456')).toBe(true);
    expect(aboutProduct('', '123456')).toBe(false);
  });

  it('ranks public replies first on a review page and the cause’s replies first', () => {
    const ranked = rankLibrary(seedLibrary().replies, { ...base, stage: 'review', cause: 'slow_logistics' });
    expect(ranked[0]!.stages).toContain('public_reply');
    expect(ranked[0]!.causes).toContain('slow_logistics');
  });
});

describe('library storage', () => {
  const freshName = () => `kefu-lib-${Math.random()}`;

  it('walks every schema version with data in it: notes and use counts survive, the library is seeded at v4, the remedy ledger comes at v5', async () => {
    const name = freshName();
    const v1 = await openKefuDb(name, MIGRATIONS.slice(0, 1));
    await saveNote(v1, { key: 'pinduoduo:a', platform: 'pinduoduo', text: 'v1 的备注' }, 1);
    v1.close();
    const v2 = await openKefuDb(name, MIGRATIONS.slice(0, 2));
    await recordReplyUse(v2, 'builtin:hi', 2);
    v2.close();
    const v4 = await openKefuDb(name, MIGRATIONS.slice(0, 4));
    expect(v4.version).toBe(4);
    expect((await getNotes(v4, ['pinduoduo:a']))['pinduoduo:a']?.text).toBe('v1 的备注');
    expect((await getReplyUses(v4)).get('builtin:hi')?.count).toBe(1);
    expect(await getLibrary(v4)).toEqual(seedLibrary());
    v4.close();
    const latest = await openKefuDb(name);
    expect(latest.version).toBe(MIGRATIONS.length);
    expect([...latest.objectStoreNames]).toEqual(expect.arrayContaining(['notes', 'replyUses', 'playbook', 'remedies']));
    expect((await getNotes(latest, ['pinduoduo:a']))['pinduoduo:a']?.text).toBe('v1 的备注');
    expect((await getLibrary(latest)).replies.length).toBe(seedLibrary().replies.length);
    latest.close();
  });

  it('stores an edited library whole, and an emptied library stays empty', async () => {
    const db = await openKefuDb(freshName());
    await saveLibrary(db, small());
    expect(await getLibrary(db)).toEqual(small());
    await saveLibrary(db, { groups: [], replies: [] });
    expect(await getLibrary(db)).toEqual({ groups: [], replies: [] });
    db.close();
  });
});
