import * as z from 'zod/mini';
import { CAUSE_CODES } from '../taxonomy';

/** What the review panel asks for: a few replies for the cause, of the kind the page sends. */
export const SuggestionQuerySchema = z.object({
  pageKind: z.enum(['reviews', 'chat']),
  cause: z.optional(z.enum(CAUSE_CODES)),
  product: z.optional(z.string().check(z.maxLength(200))),
  limit: z.number().check(z.int(), z.gte(1), z.lte(10)),
});
export type SuggestionQuery = z.infer<typeof SuggestionQuerySchema>;
