import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '../../lib/background/handlers';
import { removeAllListeners, sendMessage } from '../../lib/messaging/protocol';
import { openKefuDb } from '../../lib/storage/db';

describe('background handlers through typed messaging', () => {
  let dbName: string;
  beforeEach(() => {
    fakeBrowser.reset();
    dbName = `test-${Math.random()}`;
    registerHandlers(openKefuDb(dbName), { rearm: async () => undefined });
  });
  afterEach(() => removeAllListeners());

  it('saves a note and returns it by key', async () => {
    const saved = await sendMessage('saveNote', { key: 'pinduoduo:1', platform: 'pinduoduo', text: ' 晚上联系 ' });
    expect(saved?.text).toBe('晚上联系');
    const notes = await sendMessage('getNotes', { keys: ['pinduoduo:1', 'pinduoduo:2'] });
    expect(Object.keys(notes)).toEqual(['pinduoduo:1']);
  });

  it('refuses malformed payloads from a page without storing anything', async () => {
    await expect(sendMessage('saveNote', { key: '', platform: 'pinduoduo', text: 'x' })).rejects.toThrow();
    await expect(sendMessage('saveNote', { key: 'k', platform: 'evil' as never, text: 'x' })).rejects.toThrow();
    await expect(sendMessage('saveNote', { key: 'k', platform: 'pinduoduo', text: 'x'.repeat(5_001) })).rejects.toThrow();
    expect(await sendMessage('getNotes', { keys: ['k'] })).toEqual({});
  });

  it('checks reviews against the schema before analysing them', async () => {
    const review = { platform: 'pinduoduo', key: 'pinduoduo:1', stars: 1, text: '用两天就坏了', buyer: '阿***', replied: false } as const;
    const [analysis] = await sendMessage('analyseReviews', { reviews: [review] });
    expect(analysis).toMatchObject({ key: 'pinduoduo:1', needsRecovery: true });
    expect(analysis!.causes[0]?.code).toBe('quality_defect');
    // The evidence is a span of the review's own text.
    const span = analysis!.causes[0]!.spans[0]!;
    expect(review.text.slice(span.start, span.end)).toBe(span.text);
    await expect(sendMessage('analyseReviews', { reviews: [{ ...review, stars: 9 }] })).rejects.toThrow();
  });
});
