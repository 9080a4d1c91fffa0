/**
 * The library a new install starts with: the everyday quick replies, then the playbook's replies for every
 * cause × stage and chat intent, in groups. Playbook variables (`{buyer}`) become the agent's tokens (`{买家昵称}`).
 */
import { PLAYBOOK, type Reply } from '../playbook';
import type { Stage } from '../playbook/types';
import { BUILT_IN_REPLIES, type QuickReply } from '../quick-replies/library';
import type { ReplyStage } from '../quick-replies/stage';
import { CAUSE_CODES, type CauseCode, type IntentCode } from '../taxonomy';
import type { Library, LibraryReply, ReplyGroup } from './types';

const CAUSE_TITLES: Record<CauseCode, string> = {
  quality_defect: '质量问题',
  not_as_described: '与描述不符',
  slow_reply: '回复慢',
  bad_attitude: '服务态度',
  slow_logistics: '物流慢',
  damaged_or_lost: '破损丢件',
  wrong_or_missing_item: '错发漏发',
  usage_misunderstanding: '使用问题',
  policy_misunderstanding: '政策误解',
  price: '价格',
  other: '其他问题',
};

const STAGE_TITLES: Record<Stage, string> = {
  first_contact: '首次联系',
  remedy_offer: '提出方案',
  progress: '进度告知',
  satisfaction_check: '满意回访',
  review_update_invite: '评价更新提示',
  public_reply: '评价回复',
};

const INTENT_TITLES: Record<IntentCode, string> = {
  presale_product: '商品咨询',
  presale_size: '尺码咨询',
  presale_stock: '库存咨询',
  presale_promotion: '优惠咨询',
  shipping_time: '发货时间',
  order_change: '修改订单',
  logistics_query: '物流查询',
  return_refund: '退换退款',
  complaint: '投诉安抚',
  usage_help: '使用帮助',
  invoice: '发票',
  greeting: '问候',
  review_related: '评价相关',
};

/** Playbook variable → the token agents write. */
export const PLAYBOOK_TOKENS: Record<string, string> = {
  buyer: '买家昵称',
  product: '商品',
  order: '订单号',
  amount: '金额',
  coupon: '优惠券',
  tracking: '快递单号',
  link: '链接',
  agent: '客服',
};

export function toAgentTokens(text: string): string {
  return text.replace(/\{([a-z]+)\}/g, (whole, name: string) => (PLAYBOOK_TOKENS[name] ? `{${PLAYBOOK_TOKENS[name]}}` : whole));
}

/** The quick-reply stages of the first built-ins, as playbook stages. */
const FROM_REPLY_STAGE: Record<ReplyStage, Stage[]> = {
  opening: ['first_contact'],
  handling: ['remedy_offer', 'progress'],
  closing: ['satisfaction_check'],
  review: ['public_reply'],
};

function fromQuickReply(reply: QuickReply): LibraryReply {
  return {
    id: reply.id,
    groupId: 'group:common',
    code: reply.code,
    title: reply.title,
    text: reply.text,
    causes: [...reply.causes],
    intents: [...reply.intents],
    stages: [...new Set(reply.stages.flatMap((stage) => FROM_REPLY_STAGE[stage]))],
  };
}

function fromPlaybook(reply: Reply): LibraryReply {
  const variant = Number(reply.id.split('.').pop());
  const topic = reply.cause ? CAUSE_TITLES[reply.cause] : INTENT_TITLES[reply.intent!];
  return {
    id: `playbook:${reply.id}`,
    groupId: reply.cause ? `group:cause:${reply.cause}` : 'group:intents',
    code: reply.shortCode,
    title: `${topic}·${reply.stage ? STAGE_TITLES[reply.stage] : '回复'}${variant}`,
    text: toAgentTokens(reply.text),
    causes: reply.cause ? [reply.cause] : [],
    intents: reply.intent ? [reply.intent] : [],
    stages: reply.stage ? [reply.stage] : [],
  };
}

export function seedLibrary(): Library {
  const groups: ReplyGroup[] = [
    { id: 'group:common', name: '常用短语', scope: 'shop' },
    ...CAUSE_CODES.map((cause): ReplyGroup => ({ id: `group:cause:${cause}`, name: `售后·${CAUSE_TITLES[cause]}`, scope: 'shop' })),
    { id: 'group:intents', name: '咨询与售前', scope: 'shop' },
    { id: 'group:mine', name: '我的短语', scope: 'personal' },
  ];
  return { groups, replies: [...BUILT_IN_REPLIES.map(fromQuickReply), ...PLAYBOOK.map(fromPlaybook)] };
}
