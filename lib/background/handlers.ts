import * as z from 'zod/mini';
import { classifyReview } from '../domain/classifier';
import { LibrarySchema, SuggestionQuerySchema } from '../domain/library/schema';
import { PlaybookSettingsSchema, RemedyChoiceSchema, RemedyQuerySchema } from '../domain/playbook/settings-schema';
import { QuickReplyQuerySchema, ReplyUseInputSchema } from '../domain/quick-replies/schema';
import { ListedReviewSchema } from '../domain/review-schema';
import { pageMessages } from '../i18n';
import { onMessage } from '../messaging/protocol';
import type { KefuDb } from '../storage/db';
import { NoteInputSchema, NoteKeysSchema } from '../storage/notes';
import { getLibrary, saveLibrary } from '../storage/library-repo';
import { getNotes, saveNote } from '../storage/notes-repo';
import { getRemedyOptions, getSettings, recordRemedy, saveSettings } from '../storage/remedies-repo';
import { recordReplyUse } from '../storage/reply-uses';
import { loadSettings } from '../storage/settings';
import type { FollowUps } from './follow-ups';
import { serveQuickReplies, suggestForCause, suggestForChat } from './quick-replies';
import { injectIntoTab } from './user-hosts';

const AnalyseSchema = z.object({ reviews: z.array(ListedReviewSchema).check(z.maxLength(5_000)) });

/** Registers the background's message handlers; every payload is validated before use. */
export function registerHandlers(db: Promise<KefuDb>, followUps: Pick<FollowUps, 'rearm'>): void {
  onMessage('getNotes', async ({ data }) => getNotes(await db, NoteKeysSchema.parse(data).keys));
  onMessage('saveNote', async ({ data }) => saveNote(await db, NoteInputSchema.parse(data)));
  onMessage('getPageMessages', ({ data }) => pageMessages(z.object({ language: z.string().check(z.maxLength(35)) }).parse(data).language));
  onMessage('enableOnTab', ({ data }) => injectIntoTab(z.object({ tabId: z.number().check(z.int(), z.positive()) }).parse(data).tabId));
  onMessage('analyseReviews', ({ data }) =>
    AnalyseSchema.parse(data).reviews.map((review) => {
      const verdict = classifyReview({ text: review.text, stars: review.stars, platformLevel: review.platformLevel, followUpText: review.followUpText });
      return { key: review.key, needsRecovery: verdict.needsRecovery, score: verdict.score, causes: verdict.causes.slice(0, 3) };
    }),
  );
  onMessage('getQuickReplies', async ({ data }) => serveQuickReplies(await db, QuickReplyQuerySchema.parse(data)));
  onMessage('recordReplyUse', async ({ data }) => {
    await recordReplyUse(await db, ReplyUseInputSchema.parse(data).id);
  });
  // --- playbook (issue 6) ---
  onMessage('getLibrary', async () => getLibrary(await db));
  onMessage('saveLibrary', async ({ data }) => saveLibrary(await db, LibrarySchema.parse(data)));
  onMessage('suggestReplies', async ({ data }) => suggestForCause(await db, SuggestionQuerySchema.parse(data)));
  onMessage('suggestForChat', async ({ data }) => suggestForChat(await db, QuickReplyQuerySchema.parse(data)));
  onMessage('getShopSettings', async () => getSettings(await db));
  onMessage('saveShopSettings', async ({ data }) => saveSettings(await db, PlaybookSettingsSchema.parse(data)));
  onMessage('getRemedyOptions', async ({ data }) => getRemedyOptions(await db, RemedyQuerySchema.parse(data)));
  onMessage('recordRemedy', async ({ data }) => {
    const choice = RemedyChoiceSchema.parse(data);
    const store = await db;
    const recorded = await recordRemedy(store, choice, await loadSettings(store));
    // Choosing a remedy moves a case to 已提方案, which closes its first-contact timer.
    if (recorded.case) await followUps.rearm();
    return recorded;
  });
}
