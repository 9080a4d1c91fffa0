import * as z from 'zod/mini';
import { PAGE_KINDS } from '../../domain/platforms';
import { SELECTOR_FIELDS, type CustomAdapterDefinition, type CustomAdapterFile, type CustomSelectors } from './definition';

const MATCH_PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/;

/** A selector the browser accepts; checked against a detached fragment, so nothing on a page runs. */
function isValidSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const selector = z.string().check(
  z.minLength(1),
  z.maxLength(300),
  z.refine(isValidSelector, { message: '不是有效的 CSS 选择器 / not a valid CSS selector' }),
);

const SelectorsSchema = z.object(
  Object.fromEntries(SELECTOR_FIELDS.map((field) => [field, z.optional(selector)])) as Record<
    (typeof SELECTOR_FIELDS)[number],
    z.ZodMiniOptional<typeof selector>
  >,
) satisfies z.ZodMiniType<CustomSelectors>;

export const CustomAdapterSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, '只能用小写字母、数字和连字符 / lowercase letters, digits and hyphens only')),
    name: z.string().check(z.minLength(1), z.maxLength(60)),
    matches: z
      .array(z.string().check(z.regex(MATCH_PATTERN, '不是有效的网址匹配规则，例如 https://seller.example.com/* / not a valid match pattern')))
      .check(z.minLength(1), z.maxLength(20)),
    pageKind: z.enum(PAGE_KINDS),
    selectors: SelectorsSchema,
  })
  .check(
    z.refine((adapter) => (adapter.pageKind === 'reviews' ? Boolean(adapter.selectors.reviewItem) : Boolean(adapter.selectors.message)), {
      message: '评价页需要“评价条目”选择器，聊天页需要“消息”选择器 / a review page needs reviewItem, a chat page needs message',
      path: ['selectors'],
    }),
  ) satisfies z.ZodMiniType<CustomAdapterDefinition>;

export const CustomAdapterFileSchema = z
  .object({
    kind: z.literal('kefu-lens/custom-adapters'),
    version: z.literal(1),
    adapters: z.array(CustomAdapterSchema).check(z.maxLength(100)),
  })
  .check(
    z.refine((file) => new Set(file.adapters.map((a) => a.id)).size === file.adapters.length, {
      message: '适配 id 重复 / duplicate adapter id',
      path: ['adapters'],
    }),
  ) satisfies z.ZodMiniType<CustomAdapterFile>;

/** The first problem of a file, naming the field: `adapters[1].selectors.rating: …`. */
export function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '';
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Parses an imported file: all or nothing, with the field that is wrong. */
export function parseCustomAdapterFile(text: string): { ok: true; file: CustomAdapterFile } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `不是有效的 JSON / not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = CustomAdapterFileSchema.safeParse(json);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, error: describeIssue(parsed.error) };
}
