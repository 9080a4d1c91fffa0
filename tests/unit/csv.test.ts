import { describe, expect, it } from 'vitest';
import { csvEscape, findColumn, mapHeader, parseCsv, parseCsvRows } from '../../lib/domain/csv';

describe('parseCsv', () => {
  it('splits plain rows and fields', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps commas, newlines and doubled quotes inside quoted fields', () => {
    const rows = parseCsv('text,stars\n"好,很好",5\n"第一行\n第二行",4\n"他说""不错""",3\n');
    expect(rows).toEqual([
      ['text', 'stars'],
      ['好,很好', '5'],
      ['第一行\n第二行', '4'],
      ['他说"不错"', '3'],
    ]);
  });

  it('drops a UTF-8 BOM and handles CRLF and a missing final newline', () => {
    expect(parseCsv('\uFEFFreview,stars\r\n差,1\r\n好,5')).toEqual([
      ['review', 'stars'],
      ['差', '1'],
      ['好', '5'],
    ]);
  });

  it('keeps empty fields, including a trailing empty one and quoted empty ones', () => {
    expect(parseCsv('a,,c,\n"",x,"",\n')).toEqual([
      ['a', '', 'c', ''],
      ['', 'x', '', ''],
    ]);
  });

  it('skips blank lines by default but reports physical line numbers', () => {
    const rows = parseCsvRows('h\n\n"a\nb"\nc\n');
    expect(rows.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'h'],
      [3, 'a\nb'],
      [5, 'c'],
    ]);
  });

  it('is lenient with malformed quoting and never throws', () => {
    expect(parseCsv('a"b,c\n')).toEqual([['a"b', 'c']]);
    expect(parseCsv('"abc"def,x\n')).toEqual([['abcdef', 'x']]);
    expect(parseCsv('"unterminated,x\ny')).toEqual([['unterminated,x\ny']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('supports another delimiter', () => {
    expect(parseCsv('a\tb\n1,2\t3\n', { delimiter: '\t' })).toEqual([
      ['a', 'b'],
      ['1,2', '3'],
    ]);
  });
});

describe('header helpers', () => {
  it('finds columns case-insensitively, trimmed, in order of preference', () => {
    const header = [' ID ', 'Stars', '评价内容', 'text'];
    expect(findColumn(header, ['review', 'text', '评价内容'])).toBe(3);
    expect(findColumn(header, ['评价内容', 'text'])).toBe(2);
    expect(findColumn(header, ['stars'])).toBe(1);
    expect(findColumn(header, ['nope'])).toBe(-1);
  });

  it('maps a header spec', () => {
    expect(mapHeader(['内容', '星级'], { text: ['review', '内容'], stars: ['stars', '星级'], follow: ['追评'] })).toEqual({
      text: 0,
      stars: 1,
      follow: -1,
    });
  });

  it('round-trips escaped values', () => {
    const v = ['plain', 'a,b', 'say "hi"', 'two\nlines'];
    expect(parseCsv(v.map(csvEscape).join(',') + '\n')).toEqual([v]);
  });
});
