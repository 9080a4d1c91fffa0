import * as z from 'zod/mini';
import { PLATFORM_IDS } from '../domain/platforms';

export const MAX_NOTE_LENGTH = 5_000;

export const NoteInputSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  platform: z.enum(PLATFORM_IDS),
  text: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
});
export type NoteInput = z.infer<typeof NoteInputSchema>;

export interface Note extends NoteInput {
  /** Epoch milliseconds of the last save. */
  updatedAt: number;
}

export const NoteKeysSchema = z.object({
  keys: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(5_000)),
});
