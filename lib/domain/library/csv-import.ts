/**
 * Import of the quick-phrase CSV that 千牛 and 飞鸽 export (group, short code, text columns), in UTF-8 or GBK.
 * All or nothing: the first bad row is reported with its line and column, and nothing is imported.
 */
import { checkReply } from '../compliance';
import { findColumn, parseCsvRows } from '../csv';
import { MAX_REPLY_TEXT, SHORT_CODE, type Library, type LibraryReply, type ReplyGroup } from './types';

export const CSV_COLUMNS = {
  group: ['分组', '分组名称', '快捷短语分组', '短语分组', '所属分组', 'group'],
  code: ['快捷编码', '编码', '短码', '快捷码', '快捷短语编码', 'code', 'shortcut'],
  text: ['快捷短语', '短语', '短语内容', '内容', '回复内容', 'text', 'phrase'],
} as const;

/** Where the library put replies of a file without a group column. */
export const DEFAULT_IMPORT_GROUP = '导入的短语';

export type CsvImport =
  | { ok: true; library: Library; added: number }
  | { ok: false; line: number | null; field: string | null; error: string };

/** UTF-8 when the bytes are valid UTF-8, else GBK (what Windows Excel and 千牛 write). */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

const titleOf = (text: string) => {
  const line = text.split('\n')[0]!.trim();
  return line.length > 16 ? `${line.slice(0, 16)}…` : line;
};

/**
 * Adds the file's phrases to `library`: groups matched by name (new ones are shop-wide), replies appended.
 * `newId` gives fresh ids (tests pass a counter).
 */
export function importQuickPhraseCsv(bytes: Uint8Array, library: Library, newId: () => string): CsvImport {
  const rows = parseCsvRows(decodeCsv(bytes));
  const header = rows[0];
  if (!header) return { ok: false, line: null, field: null, error: '文件是空的 / the file is empty' };
  const columns = {
    group: findColumn(header.fields, CSV_COLUMNS.group),
    code: findColumn(header.fields, CSV_COLUMNS.code),
    text: findColumn(header.fields, CSV_COLUMNS.text),
  };
  if (columns.text < 0) {
    return { ok: false, line: header.line, field: CSV_COLUMNS.text[0], error: `找不到「快捷短语」列（表头：${header.fields.join('，')}）/ no text column` };
  }
  const fieldName = (column: number) => header.fields[column]!.trim();
  const groups: ReplyGroup[] = [...library.groups];
  const added: LibraryReply[] = [];
  for (const row of rows.slice(1)) {
    const cell = (column: number) => (column >= 0 ? (row.fields[column] ?? '').trim() : '');
    const fail = (column: number, error: string): CsvImport => ({ ok: false, line: row.line, field: fieldName(column), error });
    const text = cell(columns.text).replace(/\r\n?/g, '\n');
    if (text === '') return fail(columns.text, '内容为空 / empty text');
    if (text.length > MAX_REPLY_TEXT) return fail(columns.text, `超过 ${MAX_REPLY_TEXT} 字 / longer than ${MAX_REPLY_TEXT} characters`);
    const compliance = checkReply(text);
    if (compliance.flagged) return fail(columns.text, `未通过合规检查：${compliance.reasons[0]!.message.zh}「${compliance.reasons[0]!.span.text}」`);
    const code = cell(columns.code).replace(/^\//, '').toLowerCase();
    if (!SHORT_CODE.test(code)) return fail(columns.code, `短码「${code}」只能是 16 位以内的字母和数字 / a short code is up to 16 letters and digits`);
    const groupName = cell(columns.group).slice(0, 40) || DEFAULT_IMPORT_GROUP;
    let group = groups.find((g) => g.name === groupName);
    if (!group) {
      group = { id: newId(), name: groupName, scope: 'shop' };
      groups.push(group);
    }
    added.push({ id: newId(), groupId: group.id, code, title: titleOf(text), text, causes: [], intents: [], stages: [] });
  }
  if (added.length === 0) return { ok: false, line: null, field: null, error: '文件里没有短语 / no phrases in the file' };
  return { ok: true, library: { groups, replies: [...library.replies, ...added] }, added: added.length };
}
