import * as z from 'zod/mini';
import { guessCause } from '../domain/cause-guess';
import { QuickReplyQuerySchema, ReplyUseInputSchema } from '../domain/quick-replies/schema';
import { ReviewSchema } from '../domain/review-schema';
import { onMessage } from '../messaging/protocol';
import type { KefuDb } from '../storage/db';
import { NoteInputSchema, NoteKeysSchema } from '../storage/notes';
import { getNotes, saveNote } from '../storage/notes-repo';
import { recordReplyUse } from '../storage/reply-uses';
import { serveQuickReplies } from './quick-replies';

const AnalyseSchema = z.object({ reviews: z.array(ReviewSchema).check(z.maxLength(5_000)) });

/** Registers the background's message handlers; every payload is validated before use. */
export function registerHandlers(db: Promise<KefuDb>): void {
  onMessage('getNotes', async ({ data }) => getNotes(await db, NoteKeysSchema.parse(data).keys));
  onMessage('saveNote', async ({ data }) => saveNote(await db, NoteInputSchema.parse(data)));
  onMessage('analyseReviews', ({ data }) =>
    AnalyseSchema.parse(data).reviews.map((review) => ({
      key: review.key,
      cause: guessCause(`${review.text}\n${review.followUpText ?? ''}`),
    })),
  );
  onMessage('getQuickReplies', async ({ data }) => serveQuickReplies(await db, QuickReplyQuerySchema.parse(data)));
  onMessage('recordReplyUse', async ({ data }) => {
    await recordReplyUse(await db, ReplyUseInputSchema.parse(data).id);
  });
}
