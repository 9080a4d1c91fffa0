import * as z from 'zod/mini';
import { checkReply } from '../compliance';
import { REMEDY_KINDS } from '../playbook/remedies';
import { STAGES } from '../playbook/types';
import { CAUSE_CODES, INTENT_CODES } from '../taxonomy';
import { GROUP_SCOPES, LIBRARY_FILE_KIND, LIBRARY_FILE_VERSION, MAX_REPLIES, MAX_REPLY_TEXT, SHORT_CODE, type Library, type LibraryFile, type LibraryReply, type ReplyGroup } from './types';

const id = z.string().check(z.minLength(1), z.maxLength(100));

export const ReplyGroupSchema = z.object({
  id,
  name: z.string().check(z.trim(), z.minLength(1, '分组名称不能为空 / the group needs a name'), z.maxLength(40)),
  scope: z.enum(GROUP_SCOPES),
}) satisfies z.ZodMiniType<ReplyGroup>;

export const LibraryReplySchema = z.object({
  id,
  groupId: id,
  code: z.string().check(z.trim(), z.toLowerCase(), z.regex(SHORT_CODE, '短码只能是 16 位以内的字母和数字 / a short code is up to 16 letters and digits')),
  title: z.string().check(z.trim(), z.minLength(1, '标题不能为空 / the title is empty'), z.maxLength(60)),
  text: z.string().check(
    z.trim(),
    z.minLength(1, '回复内容不能为空 / the text is empty'),
    z.maxLength(MAX_REPLY_TEXT, `回复内容最多 ${MAX_REPLY_TEXT} 字 / at most ${MAX_REPLY_TEXT} characters`),
    z.refine((text) => !checkReply(text).flagged, { message: '未通过合规检查 / fails the compliance check' }),
  ),
  causes: z.array(z.enum(CAUSE_CODES)),
  intents: z.array(z.enum(INTENT_CODES)),
  stages: z.array(z.enum(STAGES)),
  product: z.optional(z.string().check(z.trim(), z.maxLength(100))),
}) satisfies z.ZodMiniType<LibraryReply>;

const consistent = <T extends Library>(schema: z.ZodMiniType<T>) =>
  schema.check(
    z.refine((library) => new Set(library.groups.map((group) => group.id)).size === library.groups.length, { message: '分组 id 重复 / duplicate group id', path: ['groups'] }),
    z.refine((library) => new Set(library.replies.map((reply) => reply.id)).size === library.replies.length, { message: '回复 id 重复 / duplicate reply id', path: ['replies'] }),
    z.refine((library) => library.replies.every((reply) => library.groups.some((group) => group.id === reply.groupId)), {
      message: '回复所在的分组不存在 / a reply names a group that does not exist',
      path: ['replies'],
    }),
  );

export const LibrarySchema = consistent(
  z.object({ groups: z.array(ReplyGroupSchema).check(z.maxLength(500)), replies: z.array(LibraryReplySchema).check(z.maxLength(MAX_REPLIES)) }),
) satisfies z.ZodMiniType<Library>;

export const LibraryFileSchema = consistent(
  z.object({
    kind: z.literal(LIBRARY_FILE_KIND),
    version: z.literal(LIBRARY_FILE_VERSION),
    groups: z.array(ReplyGroupSchema).check(z.maxLength(500)),
    replies: z.array(LibraryReplySchema).check(z.maxLength(MAX_REPLIES)),
  }),
) satisfies z.ZodMiniType<LibraryFile>;

/** The first problem, naming the field: `replies[3].text: …`. */
export function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function exportLibrary(library: Library): string {
  const file: LibraryFile = { kind: LIBRARY_FILE_KIND, version: LIBRARY_FILE_VERSION, groups: library.groups, replies: library.replies };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parses an exported library: all or nothing, with the field that is wrong. */
export function parseLibraryFile(text: string): { ok: true; library: Library } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `不是有效的 JSON / not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = LibraryFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error) };
  return { ok: true, library: { groups: parsed.data.groups, replies: parsed.data.replies } };
}

/**
 * What the review panel asks for: a few replies for the cause, of the kind the page sends (public replies on a
 * review page), or, with a `stage`, the chat replies for that step of the case (to send in the chat); with a
 * `remedy`, the replies that offer it come first.
 */
export const SuggestionQuerySchema = z.object({
  pageKind: z.enum(['reviews', 'chat']),
  cause: z.optional(z.enum(CAUSE_CODES)),
  stage: z.optional(z.enum(STAGES)),
  remedy: z.optional(z.enum(REMEDY_KINDS)),
  product: z.optional(z.string().check(z.maxLength(200))),
  limit: z.number().check(z.int(), z.gte(1), z.lte(10)),
});
export type SuggestionQuery = z.infer<typeof SuggestionQuerySchema>;
