import type { CauseCode, IntentCode } from '../taxonomy';

/** The stages of a recovery case (shared/domain.md §2), plus the public reply on the review page. */
export const STAGES = ['first_contact', 'remedy_offer', 'progress', 'satisfaction_check', 'review_update_invite', 'public_reply'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, { zh: string; en: string }> = {
  first_contact: { zh: '首次联系', en: 'First contact' },
  remedy_offer: { zh: '提出方案', en: 'Remedy offer' },
  progress: { zh: '进度告知', en: 'Progress update' },
  satisfaction_check: { zh: '满意度回访', en: 'Satisfaction check' },
  review_update_invite: { zh: '评价更新提示（仅在买家确认满意后）', en: 'Review update note (only after the buyer confirmed satisfaction)' },
  public_reply: { zh: '评价回复（公开）', en: 'Public review reply' },
};

export interface Reply {
  /** Stable id, e.g. `quality_defect.first_contact.1` or `intent.invoice.2`. */
  id: string;
  text: string;
  cause?: CauseCode;
  intent?: IntentCode;
  stage?: Stage;
  /** `public`: shown under the review to every future buyer; `chat`: sent to the buyer. */
  kind: 'chat' | 'public';
  /** What the agent types to pick it, e.g. `zl1` (质量 · first contact), `zl1b` its second variant. */
  shortCode: string;
  /** A shop's own reply tied to one product (built-ins have none). */
  productId?: string;
}
