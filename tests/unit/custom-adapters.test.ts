// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readShownRating } from '../../lib/dom/rating';
import { createCustomAdapter } from '../../lib/sites/custom/adapter';
import { matchPatternCovers, type CustomAdapterDefinition } from '../../lib/sites/custom/definition';
import { parseCustomAdapterFile } from '../../lib/sites/custom/schema';
import { generic } from '../../lib/sites/generic';
import { fixtureMarkup } from './fixture-markup';
import { wholeReview } from '../../lib/sites/checked-review';

const JD_COMMENTS: CustomAdapterDefinition = {
  id: 'jd-comments',
  name: '京东商品评价',
  matches: ['*://shop.jd.com/jdm/comment/*'],
  pageKind: 'reviews',
  selectors: { reviewItem: '.jdm-comment', reviewText: '.jdm-content', rating: '.jdm-score', buyer: '.jdm-user', orderId: '.jdm-order', replyBox: 'textarea.jdm-reply' },
};

const file = (adapters: unknown[]) => JSON.stringify({ kind: 'kefu-lens/custom-adapters', version: 1, adapters });

describe('custom adapter files', () => {
  it('accepts a well-formed file', () => {
    const parsed = parseCustomAdapterFile(file([JD_COMMENTS]));
    expect(parsed).toEqual({ ok: true, file: { kind: 'kefu-lens/custom-adapters', version: 1, adapters: [JD_COMMENTS] } });
  });

  it.each([
    ['not JSON', '{oops', /JSON/],
    ['an invalid selector, naming the field', file([{ ...JD_COMMENTS, selectors: { ...JD_COMMENTS.selectors, rating: 'div[' } }]), /^adapters\[0\]\.selectors\.rating: .*选择器/],
    ['a bad match pattern', file([{ ...JD_COMMENTS, matches: ['shop.jd.com'] }]), /^adapters\[0\]\.matches\[0\]: /],
    ['a review page without review items', file([{ ...JD_COMMENTS, selectors: { reviewText: '.x' } }]), /^adapters\[0\]\.selectors: /],
    ['duplicate ids', file([JD_COMMENTS, JD_COMMENTS]), /^adapters: .*重复/],
    ['another kind of file', JSON.stringify({ kind: 'something-else', version: 1, adapters: [] }), /^kind: /],
    ['an id with spaces', file([{ ...JD_COMMENTS, id: 'jd comments' }]), /^adapters\[0\]\.id: /],
  ])('refuses %s', (_case, text, error) => {
    const parsed = parseCustomAdapterFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('match patterns', () => {
  it.each([
    ['*://shop.jd.com/jdm/comment/*', 'http://shop.jd.com/jdm/comment/list', true],
    ['https://*.example.com/*', 'https://seller.example.com/reviews?page=2', true],
    ['https://*.example.com/*', 'https://example.com/', true],
    ['https://*.example.com/*', 'http://seller.example.com/', false],
    ['*://shop.jd.com/jdm/comment/*', 'https://shop.jd.com.evil.example/jdm/comment/x', false],
    ['*://*/*', 'https://anything.test/x', true],
  ])('%s covers %s: %s', (pattern, url, covers) => expect(matchPatternCovers(pattern, new URL(url))).toBe(covers));
});

describe('ratings as pages show them', () => {
  const el = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild;
  };
  it.each([
    ['<div>★★☆☆☆</div>', { stars: 2 }],
    ['<div title="4分">评分</div>', { stars: 4 }],
    ['<div>3.0</div>', { stars: 3 }],
    ['<div aria-label="5 stars"></div>', { stars: 5 }],
    ['<div><i class="star on"></i><i class="star on"></i><i class="star"></i><i class="star"></i><i class="star"></i></div>', { stars: 2 }],
    ['<em>差评</em>', { level: 'negative' }],
    ['<span>中性</span>', { level: 'neutral' }],
  ])('%s', (html, rating) => expect(readShownRating(el(html))).toEqual(rating));

  it('gives null when nothing says a rating', () => {
    expect(readShownRating(el('<div>很好</div>'))).toBeNull();
    expect(readShownRating(null)).toBeNull();
  });
});

describe('an adapter made from custom selectors', () => {
  const adapter = createCustomAdapter(JD_COMMENTS);

  it('detects only its own pages', () => {
    expect(adapter.detect(new URL('http://shop.jd.com/jdm/comment/list'))).toBe('reviews');
    expect(adapter.detect(new URL('http://shop.jd.com/jdm/orders'))).toBeNull();
  });

  it('reads the reviews, ratings, buyers, orders and the reply box it was told about', () => {
    document.documentElement.innerHTML = fixtureMarkup('jd/shop-comments.html');
    const reader = adapter.reviews!;
    const reviews = reader.findItems(document).map((item) => reader.read(item)).map((reading) => (reading.ok ? wholeReview(reading) : reading.reason));
    expect(reviews).toEqual([
      { platform: 'generic', key: 'generic:jd-comments:300111222333', stars: 1, text: '电饭煲内胆掉漆，用了一个月就这样了。', buyer: 'j***8', orderId: '300111222333', replied: false },
      { platform: 'generic', key: 'generic:jd-comments:300111222334', stars: 3, text: '煮饭还行，就是保温一般。', buyer: 'x***2', orderId: '300111222334', replied: false },
      { platform: 'generic', key: 'generic:jd-comments:300111222335', stars: 5, text: '很好用，米饭很香。', buyer: 'm***5', orderId: '300111222335', replied: false },
    ]);
    expect(adapter.findInput!(document)?.className).toBe('jdm-reply');
    // Looked for in a subtree the page adds: there, or not at all.
    const box = document.querySelector('.jdm-reply')!;
    expect(adapter.findInput!(box.parentElement!)).toBe(box);
    expect(adapter.findInput!(reader.findItems(document)[0]!)).toBeNull();
  });

  it('a selector the browser refuses matches nothing instead of throwing', () => {
    document.documentElement.innerHTML = fixtureMarkup('jd/shop-comments.html');
    const broken = createCustomAdapter({ ...JD_COMMENTS, selectors: { reviewItem: 'div[' } });
    expect(broken.reviews!.findItems(document)).toEqual([]);
    expect(broken.reviews!.itemOf(document.body)).toBeNull();
  });
});

describe('the generic reader on a console nobody described', () => {
  it('takes the field the agent is typing in as the input, looked for where it is', () => {
    document.body.innerHTML = '<section><textarea id="reply"></textarea></section><aside><button>提交</button></aside>';
    const reply = document.getElementById('reply')!;
    expect(generic.findInput!(document)).toBeNull();
    reply.focus();
    expect(generic.findInput!(document)).toBe(reply);
    expect(generic.findInput!(reply)).toBe(reply);
    expect(generic.findInput!(document.querySelector('aside')!)).toBeNull();
    document.querySelector('button')!.focus();
    expect(generic.findInput!(document)).toBeNull();
  });

  it('finds the repeated rated blocks and reads them', () => {
    document.documentElement.innerHTML = fixtureMarkup('generic/console-reviews.html');
    const reader = generic.reviews!;
    const readings = reader.findItems(document).map((item) => reader.read(item));
    expect(readings.map((r) => (r.ok ? [r.review.stars ?? r.review.platformLevel, wholeReview(r)!.buyer, wholeReview(r)!.orderId, r.review.text] : r.reason))).toEqual([
      [1, '王**', 'A20260908001', '拖鞋穿了三天就开胶了，质量太差。'],
      [3, '李**', 'A20260908002', '一般般，尺码偏小一码。'],
      [5, '赵**', 'A20260908003', '很舒服，家里人都说好穿。'],
      ['negative', '孙**', 'A20260908004', '<script>alert(1)</script>发货太慢了，等了一个星期。'],
    ]);
    // The shop's overall score at the top is not a review.
    expect(reader.findItems(document).every((item) => item.classList.contains('cmt-item'))).toBe(true);
  });
});
