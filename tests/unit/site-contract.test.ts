// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ConversationSchema } from '../../lib/domain/chat-schema';
import { ReviewSchema } from '../../lib/domain/review-schema';
import { SITE_ADAPTERS } from '../../lib/sites/registry';
import { wholeReview } from '../../lib/sites/checked-review';
import type { SiteAdapter } from '../../lib/sites/types';
import { fixtureMarkup, readFixture } from './fixture-markup';

/**
 * Every adapter over every one of its fixtures: the extraction must deep-equal the expected file
 * beside the fixture, and every review read must satisfy the Review schema.
 */
const REVIEW_FIXTURES: Array<{ platform: SiteAdapter['platform']; html: string; expected: string }> = [
  { platform: 'pinduoduo', html: 'pinduoduo/review-list.html', expected: 'pinduoduo/review-list.expected.json' },
  { platform: 'pinduoduo', html: 'pinduoduo/review-list-redesigned.html', expected: 'pinduoduo/review-list-redesigned.expected.json' },
  { platform: 'taobao', html: 'taobao/review-list.html', expected: 'taobao/review-list.expected.json' },
  { platform: 'douyin', html: 'douyin/review-list.html', expected: 'douyin/review-list.expected.json' },
  { platform: 'amazon', html: 'amazon/feedback-manager.html', expected: 'amazon/feedback-manager.expected.json' },
];


function extract(adapter: SiteAdapter) {
  const reader = adapter.reviews!;
  return reader.findItems(document).map((row) => {
    const reading = reader.read(row);
    return reading.ok ? { review: wholeReview(reading) } : { skipped: reading.reason };
  });
}

for (const { platform, html, expected } of REVIEW_FIXTURES) describe(`${platform} adapter on ${html}`, () => {
  const adapter = SITE_ADAPTERS.find((a) => a.platform === platform)!;

  it('extracts exactly the expected reviews', () => {
    document.documentElement.innerHTML = fixtureMarkup(html);
    expect(extract(adapter)).toEqual(JSON.parse(readFixture(expected)));
  });

  it('yields reviews that satisfy the Review schema', () => {
    document.documentElement.innerHTML = fixtureMarkup(html);
    for (const row of extract(adapter)) if ('review' in row) expect(ReviewSchema.parse(row.review)).toEqual(row.review);
  });
});

/**
 * The actions the extension takes on a review list: opening a review's reply box (the row's own reply action, a
 * review without one refuses), the reply box the dialog holds, and the page's own 查询/搜索 button for watched tabs.
 */
const REVIEW_ACTIONS: Array<{ platform: SiteAdapter['platform']; html: string; action: RegExp; noAction?: number; dialog?: string; refresh: RegExp | null }> = [
  { platform: 'pinduoduo', html: 'pinduoduo/review-list.html', action: /^回复\/互动$/, dialog: '<div data-testid="beast-core-modal-inner"><textarea data-testid="beast-core-textArea-htmlInput"></textarea></div>', refresh: /^查询$/ },
  { platform: 'taobao', html: 'taobao/review-list.html', action: /^(评价回复|追评回复)$/, noAction: 2, dialog: '<div class="next-dialog"><textarea></textarea></div>', refresh: /^搜索$/ },
  { platform: 'douyin', html: 'douyin/review-list.html', action: /^回复$/, dialog: '<div class="ant-modal"><textarea class="ant-input"></textarea></div>', refresh: /^查询$/ },
  { platform: 'amazon', html: 'amazon/feedback-manager.html', action: /^Post a public reply$/, noAction: 1, refresh: null },
];

for (const { platform, html, action, noAction, dialog, refresh } of REVIEW_ACTIONS) describe(`${platform} review actions on ${html}`, () => {
  const adapter = SITE_ADAPTERS.find((a) => a.platform === platform)!;
  const reader = adapter.reviews!;

  it('opens a review\'s reply box through its own reply action; a review without one is refused', () => {
    document.documentElement.innerHTML = fixtureMarkup(html);
    const clicked: string[] = [];
    document.addEventListener('click', (event) => clicked.push((event.target as Element).textContent!.trim()), { once: false });
    const rows = reader.findItems(document);
    const opened = rows.map((row) => reader.openReplyBox!(row));
    expect(opened.filter((ok) => !ok)).toHaveLength(noAction ?? 0);
    expect(clicked).toHaveLength(opened.filter(Boolean).length);
    for (const text of clicked) expect(text).toMatch(action);
  });

  it('finds the reply box once the dialog is open', () => {
    if (!dialog) return;
    document.documentElement.innerHTML = fixtureMarkup(html);
    expect(adapter.findInput?.(document) ?? null).toBeNull();
    document.body.insertAdjacentHTML('beforeend', dialog);
    const box = document.querySelector('[data-testid="beast-core-textArea-htmlInput"], .next-dialog textarea, .ant-modal textarea');
    expect(adapter.findInput!(document)).toBe(box);
    // The page's input is tracked from the subtrees it adds: the dialog alone, or the box itself, is enough.
    expect(adapter.findInput!(document.body.lastElementChild!)).toBe(box);
    expect(adapter.findInput!(box!)).toBe(box);
  });

  it('names the page\'s own refresh button, if it has one', () => {
    document.documentElement.innerHTML = fixtureMarkup(html);
    const button = reader.refreshButton?.(document) ?? null;
    if (refresh) expect(button?.textContent?.trim()).toMatch(refresh);
    else expect(button).toBeNull();
  });
});

/** Katal renders kat-textarea's real textarea into an open shadow root; happy-dom runs no fixture script. */
function renderKatal() {
  for (const host of document.querySelectorAll('kat-textarea')) host.attachShadow({ mode: 'open' }).append(document.createElement('textarea'));
}

const CHAT_FIXTURES: Array<{ platform: SiteAdapter['platform']; html: string; expected: string; setup?: () => void }> = [
  { platform: 'pinduoduo', html: 'pinduoduo/chat.html', expected: 'pinduoduo/chat.expected.json' },
  { platform: 'douyin', html: 'douyin/chat.html', expected: 'douyin/chat.expected.json' },
  { platform: 'jd', html: 'jd/chat.html', expected: 'jd/chat.expected.json' },
  { platform: 'kuaishou', html: 'kuaishou/chat.html', expected: 'kuaishou/chat.expected.json' },
  { platform: 'shopee', html: 'shopee/chat.html', expected: 'shopee/chat.expected.json' },
  { platform: 'amazon', html: 'amazon/chat.html', expected: 'amazon/chat.expected.json', setup: renderKatal },
];

function extractChat(adapter: SiteAdapter) {
  const chat = adapter.chat!;
  const messages = chat.findItems(document).map((row) => chat.readMessage(row)).filter((message) => message !== null);
  return { conversation: chat.readConversation(document), messages, inputFound: adapter.findInput?.(document) != null };
}

for (const { platform, html, expected, setup } of CHAT_FIXTURES) describe(`${platform} chat adapter on ${html}`, () => {
  const adapter = SITE_ADAPTERS.find((a) => a.platform === platform)!;
  const load = () => {
    document.documentElement.innerHTML = fixtureMarkup(html);
    setup?.();
  };

  it('extracts exactly the expected conversation and messages', () => {
    load();
    expect(extractChat(adapter)).toEqual(JSON.parse(readFixture(expected)));
  });

  it('finds the chat input in a subtree holding it, and nothing in one that does not', () => {
    load();
    const input = adapter.findInput!(document)!;
    expect(input).not.toBeNull();
    // Amazon's input lives in kat-textarea's shadow root: the subtree the page adds is the host's.
    const host = input.getRootNode() instanceof ShadowRoot ? (input.getRootNode() as ShadowRoot).host : input;
    expect(adapter.findInput!(host.parentElement!)).toBe(input);
    expect(adapter.findInput!(host)).toBe(input);
    const message = adapter.chat!.findItems(document)[0]!;
    expect(adapter.findInput!(message)).toBeNull();
  });

  it('finds the chat input from a message list mounted after it (Shopee tells its input by the list)', () => {
    if (platform !== 'shopee') return;
    load();
    const input = adapter.findInput!(document)!;
    const list = document.getElementById('message-virtualized-list')!;
    const remounted = list.cloneNode(true) as Element;
    list.replaceWith(remounted);
    expect(adapter.findInput!(remounted)).toBe(input);
  });

  it('yields messages and a conversation that satisfy their schemas', () => {
    load();
    const { conversation, messages } = extractChat(adapter);
    expect(ConversationSchema.parse({ ...conversation, messages })).toEqual({ ...conversation, messages });
  });
});

describe('pinduoduo header line', () => {
  const reader = SITE_ADAPTERS.find((a) => a.platform === 'pinduoduo')!.reviews!;
  const buyerOfFirstRow = (header: string) => {
    document.documentElement.innerHTML = fixtureMarkup('pinduoduo/review-list.html');
    const row = reader.findItems(document)[0]!;
    const line = row.querySelector('div')!;
    const stars = line.lastElementChild!.outerHTML;
    line.innerHTML = header + stars;
    const reading = reader.read(row);
    return reading.ok ? reading.details()!.buyer : reading.reason;
  };

  it('reads the buyer beside the order number and the time, with or without spaces between them', () => {
    expect(buyerOfFirstRow('<span>订单编号：260410-662259689903207</span><span>评价时间：2026-09-08 17:30:17</span><span>阿***</span>')).toBe('阿***');
    expect(buyerOfFirstRow('<span>t***8</span> <span>订单编号： 260410-662259689903207</span>')).toBe('t***8');
  });

  it('tells the buyer among other texts of the line by its own text fragment', () => {
    expect(buyerOfFirstRow('<span>订单编号：260410-662259689903207</span><span>已购3次</span><span>阿***</span><span>2026-09-08</span>')).toBe('阿***');
  });
});
