/**
 * The reply playbook: built-in replies for every cause × stage and every chat intent, remedies with costs,
 * rendering of `{variables}` and ranking. Pure data and logic.
 */
import { CAUSE_CODES, INTENT_CODES, type CauseCode, type IntentCode } from '../taxonomy';
import { CAUSE_TEXTS } from './texts-causes';
import { INTENT_TEXTS } from './texts-intents';
import { STAGES, type Reply, type Stage } from './types';

export { STAGES, STAGE_LABELS, type Reply, type Stage } from './types';
export { VARIABLES, VARIABLE_LABELS, isVariable, type Variable } from './variables';
export { renderReply, variablesIn, type ReplyValues } from './render';
export { suggestReplies, type SuggestQuery } from './suggest';
export {
  DEFAULT_SHOP_SETTINGS,
  REMEDIES_BY_CAUSE,
  REMEDY_KINDS,
  remediesFor,
  remedy,
  type Remedy,
  type RemedyContext,
  type RemedyKind,
  type ShopSettings,
} from './remedies';

/** Short-code prefixes (pinyin initials agents already use): 质量 → zl, 物流 → wl, 发票 → fp … */
export const CAUSE_SHORT: Record<CauseCode, string> = {
  quality_defect: 'zl',
  not_as_described: 'bf',
  slow_reply: 'hf',
  bad_attitude: 'td',
  slow_logistics: 'wl',
  damaged_or_lost: 'ps',
  wrong_or_missing_item: 'cf',
  usage_misunderstanding: 'sy',
  policy_misunderstanding: 'zc',
  price: 'jg',
  other: 'qt',
};

export const INTENT_SHORT: Record<IntentCode, string> = {
  presale_product: 'cp',
  presale_size: 'cm',
  presale_stock: 'kc',
  presale_promotion: 'yh',
  shipping_time: 'fh',
  order_change: 'xg',
  logistics_query: 'cx',
  return_refund: 'th',
  complaint: 'ts',
  usage_help: 'jc',
  invoice: 'fp',
  greeting: 'wh',
  review_related: 'pj',
};

/** Variant suffix: first variant bare (`zl1`), then b, c, … (`zl1b`). */
function variant(i: number): string {
  return i === 0 ? '' : String.fromCharCode(0x61 + i);
}

function build(): Reply[] {
  const out: Reply[] = [];
  for (const cause of CAUSE_CODES) {
    STAGES.forEach((stage: Stage, si) => {
      CAUSE_TEXTS[cause][stage].forEach((text, vi) => {
        out.push({
          id: `${cause}.${stage}.${vi + 1}`,
          text,
          cause,
          stage,
          kind: stage === 'public_reply' ? 'public' : 'chat',
          shortCode: `${CAUSE_SHORT[cause]}${si + 1}${variant(vi)}`,
        });
      });
    });
  }
  for (const intent of INTENT_CODES) {
    INTENT_TEXTS[intent].forEach((text, vi) => {
      out.push({ id: `intent.${intent}.${vi + 1}`, text, intent, kind: 'chat', shortCode: `${INTENT_SHORT[intent]}${variant(vi)}` });
    });
  }
  return out;
}

/** Every built-in reply. */
export const PLAYBOOK: readonly Reply[] = build();

export function findByShortCode(code: string, library: readonly Reply[] = PLAYBOOK): Reply | undefined {
  const c = code.trim().toLowerCase();
  return library.find((r) => r.shortCode === c);
}
