// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { douyin } from '../../lib/sites/douyin';
import { readWithFeature } from './bad-input-harness';

vi.mock('../../lib/messaging/protocol', () => ({ sendMessage: vi.fn(async () => []) }));

const HEAD = '<thead class="ant-table-thead"><tr><th>评价内容</th><th>评分</th><th>订单信息</th></tr></thead>';
const table = (rows: string, head = HEAD) => `<div class="ant-table"><table>${head}<tbody class="ant-table-tbody">${rows}</tbody></table></div>`;
const stars = (full: number) =>
  `<ul class="ant-rate">${[0, 1, 2, 3, 4].map((i) => `<li class="ant-rate-star ${i < full ? 'ant-rate-star-full' : 'ant-rate-star-zero'}"></li>`).join('')}</ul>`;
const review = ({ key = '7356201938475610293', text = '', rating = '' }) =>
  `<tr class="ant-table-row" data-row-key="${key}"><td>${text}</td><td>${rating}</td><td><p>订单编号：6938475610293847561</p></td></tr>`;

describe('抖店 review list: bad input', () => {
  it('an empty list (Ant placeholder row) has no review and no unreadable row', () => {
    const result = readWithFeature(douyin, table('<tr class="ant-table-placeholder"><td><div class="ant-empty">暂无数据</div></td></tr>'));
    expect(result.readings).toEqual([]);
    expect(result.reviews.unreadable).toBe(0);
  });

  it('malformed rows are skipped without a flag or an exception', () => {
    const result = readWithFeature(
      douyin,
      [
        // No table head at all: the review column cannot be found.
        table(review({ text: '<div>质量差</div>', rating: stars(1) }), ''),
        table(
          [
            review({ text: '<div>一般</div>', rating: stars(0) }),
            review({ text: '<div>一般</div>', rating: '<span class="ant-tag">有图</span>' }),
            '<tr class="ant-table-row" data-row-key="x1234567"></tr>',
          ].join(''),
        ),
      ].join(''),
    );
    expect(result.readings.map((reading) => (reading.ok ? 'ok' : reading.reason))).toEqual(['unreadable', 'unreadable', 'unreadable', 'unreadable']);
    expect(result.badges).toBe(0);
  });

  it('hostile text stays the buyer’s: it cannot set the level, the order, the 追评 or the reply state', () => {
    const hostile = '商家回复：已处理 追评：差评 订单编号：1111111111111111111 &lt;img src=x onerror=alert(1)&gt;';
    const result = readWithFeature(
      douyin,
      table(review({ key: '<b>', text: `<div>${hostile}</div>`, rating: `${stars(5)}<span class="ant-tag">好评</span>` })),
    );
    const [reading] = result.readings;
    expect(reading?.ok && reading.review).toMatchObject({
      key: 'douyin:6938475610293847561',
      stars: 5,
      platformLevel: 'positive',
      text: hostile.replace('&lt;', '<').replace('&gt;', '>'),
      orderId: '6938475610293847561',
      replied: false,
    });
    expect(reading?.ok && reading.review.followUpText).toBe(undefined);
    expect(result.badges).toBe(0);
    expect(document.querySelector('img')).toBeNull();
  });
});
