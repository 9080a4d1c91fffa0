import type { Stage } from '../playbook/types';
import type { CauseCode, IntentCode } from '../taxonomy';

/** Shop-wide groups are shared by the team; personal groups are the agent's own. */
export const GROUP_SCOPES = ['shop', 'personal'] as const;
export type GroupScope = (typeof GROUP_SCOPES)[number];

export interface ReplyGroup {
  id: string;
  name: string;
  scope: GroupScope;
}

/** One reply of the library (the playbook's and the agent's own). Variables are written `{买家昵称}`. */
export interface LibraryReply {
  id: string;
  groupId: string;
  /** Short code typed after `/`, lower-case letters and digits; may be empty. */
  code: string;
  title: string;
  text: string;
  causes: CauseCode[];
  intents: IntentCode[];
  stages: Stage[];
  /** Tied to a product (its name or id as the page shows it): ranks first on pages about that product. */
  product?: string;
}

/** The whole library; array order is the agent's order (groups, then replies within a group). */
export interface Library {
  groups: ReplyGroup[];
  replies: LibraryReply[];
}

export const LIBRARY_FILE_KIND = 'kefu-lens/reply-library';
export const LIBRARY_FILE_VERSION = 1;

export interface LibraryFile extends Library {
  kind: typeof LIBRARY_FILE_KIND;
  version: typeof LIBRARY_FILE_VERSION;
}

export const MAX_REPLY_TEXT = 2_000;
export const MAX_REPLIES = 5_000;
export const SHORT_CODE = /^[a-z0-9]{0,16}$/;
