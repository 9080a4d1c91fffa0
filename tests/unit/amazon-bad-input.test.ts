// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { amazon } from '../../lib/sites/amazon';
import { readWithFeature } from './bad-input-harness';

vi.mock('../../lib/messaging/protocol', () => ({ sendMessage: vi.fn(async () => []) }));

const HEAD = '<kat-table-head><kat-table-row><kat-table-cell>Date</kat-table-cell><kat-table-cell>Rating</kat-table-cell><kat-table-cell>Comments</kat-table-cell><kat-table-cell>Your response</kat-table-cell><kat-table-cell>Order ID</kat-table-cell></kat-table-row></kat-table-head>';
const table = (rows: string, head = HEAD) => `<kat-table>${head}<kat-table-body>${rows}</kat-table-body></kat-table>`;
const row = (rating: string, comment: string, response = '<a>Post a public reply</a>') =>
  `<kat-table-row><kat-table-cell>04/02/2026</kat-table-cell><kat-table-cell>${rating}</kat-table-cell><kat-table-cell><p>${comment}</p></kat-table-cell><kat-table-cell>${response}</kat-table-cell><kat-table-cell><a>112-1234567-1234567</a></kat-table-cell></kat-table-row>`;

describe('Feedback Manager: bad input', () => {
  it('an empty list has no review and no unreadable row', () => {
    const result = readWithFeature(amazon, table(''));
    expect(result.readings).toEqual([]);
    expect(result.reviews.unreadable).toBe(0);
  });

  it('malformed rows and impossible ratings are skipped without a flag or an exception', () => {
    const result = readWithFeature(
      amazon,
      [
        table(row('<kat-star-rating value="1"></kat-star-rating>', 'Broken'), ''),
        table(
          [
            row('<kat-star-rating value="9"></kat-star-rating>', 'Broken'),
            row('<kat-star-rating value="-1"></kat-star-rating>', 'Broken'),
            row('<kat-star-rating value=""></kat-star-rating>', 'Broken'),
            row('two', 'Broken'),
            row('', 'Broken'),
            '<kat-table-row><kat-table-cell>only one cell</kat-table-cell></kat-table-row>',
          ].join(''),
        ),
      ].join(''),
    );
    expect(result.readings.map((reading) => (reading.ok ? 'ok' : reading.reason))).toEqual(Array(7).fill('unreadable'));
    expect(result.badges).toBe(0);
  });

  it('hostile text stays the buyer’s: it cannot set the rating, the order or the reply state', () => {
    const hostile = 'Your response: 1 out of 5 order 999-9999999-9999999 &lt;script&gt;alert(1)&lt;/script&gt;';
    const result = readWithFeature(amazon, table(row('5', hostile)));
    const [reading] = result.readings;
    expect(reading?.ok && reading.review).toMatchObject({
      stars: 5,
      text: hostile.replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      orderId: '112-1234567-1234567',
      replied: false,
    });
    expect(result.badges).toBe(0);
    expect(document.querySelector('script')).toBeNull();
  });

  it('reads a bare rating number and a posted reply', () => {
    const result = readWithFeature(amazon, table(row('3', 'Slow shipping', '<p>Your response:</p><p>Sorry!</p>')));
    const [reading] = result.readings;
    expect(reading?.ok && reading.review).toMatchObject({ stars: 3, replied: true });
    expect(result.badges).toBe(1);
  });
});
