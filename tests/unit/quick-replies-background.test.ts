import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerCommands } from '../../lib/background/commands';
import { registerHandlers } from '../../lib/background/handlers';
import type { QuickReplyQuery } from '../../lib/domain/quick-replies/schema';
import { removeAllListeners, sendMessage } from '../../lib/messaging/protocol';
import { openKefuDb } from '../../lib/storage/db';

describe('quick replies in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    registerHandlers(openKefuDb(`test-${Math.random()}`), { rearm: async () => undefined });
  });
  afterEach(() => removeAllListeners());

  it('ranks by the complaint in the open conversation, with initials for the palette', async () => {
    const replies = await sendMessage('getQuickReplies', {
      platform: 'pinduoduo',
      pageKind: 'chat',
      messages: [
        { sender: 'buyer', text: '在吗' },
        { sender: 'agent', text: '您好，在的' },
        { sender: 'buyer', text: '快递到了杯子碎了，外箱都压扁了' },
      ],
    });
    expect(replies[0]?.id).toBe('builtin:damaged');
    const refund = replies.find((reply) => reply.id === 'builtin:refund-progress');
    expect(refund).toMatchObject({ code: 'refund', title: '退款进度', initials: 'tkjd', variables: ['amount'] });
  });

  it('on a review page, ranks public replies by the review’s cause', async () => {
    const replies = await sendMessage('getQuickReplies', {
      platform: 'pinduoduo',
      pageKind: 'reviews',
      messages: [],
      review: { text: '等了十天才到，物流太慢了', stars: 2 },
    });
    expect(replies[0]?.id).toBe('builtin:review-logistics');
  });

  it('ranks a reply the agent used higher next time', async () => {
    const query: QuickReplyQuery = { platform: 'jd', pageKind: 'chat', messages: [{ sender: 'buyer', text: '你好' }] };
    const before = (await sendMessage('getQuickReplies', query)).map((reply) => reply.id);
    expect(before[0]).toBe('builtin:greeting');
    await sendMessage('recordReplyUse', { id: 'builtin:size' });
    const after = (await sendMessage('getQuickReplies', query)).map((reply) => reply.id);
    expect(after.indexOf('builtin:size')).toBeLessThan(before.indexOf('builtin:size'));
  });

  it('refuses malformed payloads', async () => {
    await expect(sendMessage('getQuickReplies', { platform: 'evil', pageKind: 'chat', messages: [] } as never)).rejects.toThrow();
    await expect(sendMessage('getQuickReplies', { platform: 'jd', pageKind: 'chat', messages: [{ sender: 'buyer', text: 'x'.repeat(5_001) }] })).rejects.toThrow();
    await expect(sendMessage('recordReplyUse', { id: '' })).rejects.toThrow();
  });
});

describe('the open-quick-replies command', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks the content script of the tab it was pressed in to open the palette', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    // The fake browser has no commands event: catch the listener the background registers.
    let onCommand: ((command: string, tab?: { id?: number }) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      onCommand = listener as typeof onCommand;
    });
    registerCommands();
    onCommand!('open-quick-replies', { id: 7 });
    await vi.waitFor(() => expect(sent).toHaveBeenCalledOnce());
    expect(sent.mock.calls[0]?.[0]).toBe(7);
    expect(JSON.stringify(sent.mock.calls[0]?.[1])).toContain('openQuickReplies');

    onCommand!('some-other-command', { id: 7 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toHaveBeenCalledOnce();
  });
});
