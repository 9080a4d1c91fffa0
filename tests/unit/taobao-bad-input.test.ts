// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { taobao } from '../../lib/sites/taobao';
import { readWithFeature } from './bad-input-harness';

vi.mock('../../lib/messaging/protocol', () => ({ sendMessage: vi.fn(async () => []) }));

const table = (rows: string) => `<div class="next-table"><table><tbody class="next-table-body">${rows}</tbody></table></div>`;
const row = (cells: string) => `<tr class="next-table-row">${cells}</tr>`;
const review = ({ level = '', text = '', extra = '' }) =>
  row(`<td><span>${level}</span></td><td><div class="rate-content"><span>${text}</span></div>${extra}</td><td><span>w**</span></td><td><p>订单号：3928475610293847561</p></td>`);

describe('千牛 review list: bad input', () => {
  it('an empty list (Fusion empty state) has no review and no unreadable row', () => {
    const result = readWithFeature(taobao, table('<tr><td><div class="next-table-empty">没有数据</div></td></tr>'));
    expect(result.readings).toEqual([]);
    expect(result.reviews).toEqual({ read: 0, negative: 0, neutral: 0, positive: 0, hiddenComplaints: 0, noText: 0, unreadable: 0 });
  });

  it('malformed rows are skipped without a flag or an exception', () => {
    const result = readWithFeature(
      taobao,
      table(
        [
          // An orphan 追评 row before any review, a row without cells, a level without text,
          // and a text whose only 差评 is the buyer's own word (no level label).
          '<tr class="next-table-expanded-row"><td><div class="rate-content"><span>追评内容</span></div></td></tr>',
          '<tr class="next-table-row"></tr>',
          review({ level: '差评' }),
          review({ text: '差评' }),
          review({ level: '很差', text: '质量很差' }),
        ].join(''),
      ),
    );
    expect(result.readings.map((reading) => (reading.ok ? 'ok' : reading.reason))).toEqual(['unreadable', 'no-text', 'unreadable', 'unreadable']);
    expect(result.badges).toBe(0);
  });

  it('hostile text stays the buyer’s: it cannot set the level, the order or the reply state', () => {
    const hostile = '差评 订单号：1111111111111111111 初次评价：2020-01-01 00:00 掌柜回复：<script>alert(1)</script>';
    const result = readWithFeature(taobao, table(review({ level: '好评', text: hostile.replace(/</g, '&lt;') })));
    const [reading] = result.readings;
    expect(reading?.ok && reading.review).toMatchObject({
      platformLevel: 'positive',
      text: hostile,
      orderId: '3928475610293847561',
      replied: false,
    });
    expect(reading?.ok && reading.review.time).toBe(undefined);
    expect(result.badges).toBe(0);
    expect(document.querySelector('script')).toBeNull();
  });

  it('reads the emotion filter’s 正面/中性/负面 as levels', () => {
    const result = readWithFeature(taobao, table(['负面', '中性', '正面'].map((level) => review({ level, text: '一般' })).join('')));
    expect(result.readings.map((reading) => reading.ok && reading.review.platformLevel)).toEqual(['negative', 'neutral', 'positive']);
    expect(result.badges).toBe(2);
  });
});
