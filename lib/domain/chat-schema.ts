import * as z from 'zod/mini';
import { MAX_MESSAGE_TEXT, SENDERS, type ChatMessage, type Conversation } from './chat';
import { PLATFORM_IDS } from './platforms';

/** Schemas of chat data, kept out of the content script like the Review schema. */
export const ChatMessageSchema = z.object({
  sender: z.enum(SENDERS),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_MESSAGE_TEXT)),
  time: z.optional(z.string().check(z.maxLength(40))),
}) satisfies z.ZodMiniType<ChatMessage>;

export const ConversationSchema = z.object({
  platform: z.enum(PLATFORM_IDS),
  buyerId: z.optional(z.string().check(z.maxLength(100))),
  buyerName: z.string().check(z.maxLength(100)),
  cards: z.array(
    z.object({
      kind: z.enum(['product', 'order']),
      title: z.optional(z.string().check(z.maxLength(500))),
      id: z.optional(z.string().check(z.maxLength(100))),
    }),
  ),
  messages: z.array(ChatMessageSchema),
}) satisfies z.ZodMiniType<Conversation>;
