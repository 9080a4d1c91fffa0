/**
 * Reply templates: text with variables written `{买家昵称}`, filled from what the page shows.
 * A reply is only ever rendered whole: a template with a variable left unfilled renders nothing,
 * so no raw placeholder can reach the buyer.
 */
export const REPLY_VARIABLES = ['buyerName', 'product', 'orderId', 'amount', 'coupon', 'trackingNumber', 'link', 'agentName'] as const;
export type ReplyVariable = (typeof REPLY_VARIABLES)[number];
export type ReplyValues = Partial<Record<ReplyVariable, string>>;

/** How each variable is written inside a template (the agent's language). */
export const VARIABLE_TOKENS: Record<ReplyVariable, string> = {
  buyerName: '买家昵称',
  product: '商品',
  orderId: '订单号',
  amount: '金额',
  coupon: '优惠券',
  trackingNumber: '快递单号',
  link: '链接',
  agentName: '客服',
};

const BY_TOKEN = new Map(Object.entries(VARIABLE_TOKENS).map(([variable, token]) => [token, variable as ReplyVariable]));
const TOKEN = /\{([^{}\n]{1,12})\}/g;

/** The variables a template uses, in order of first appearance. */
export function variablesOf(template: string): ReplyVariable[] {
  const found = new Set<ReplyVariable>();
  for (const [, token] of template.matchAll(TOKEN)) {
    const variable = BY_TOKEN.get(token!);
    if (variable) found.add(variable);
  }
  return [...found];
}

/** Tokens in braces that are not known variables (a library check: they would reach the buyer). */
export function unknownTokens(template: string): string[] {
  return [...template.matchAll(TOKEN)].map(([, token]) => token!).filter((token) => !BY_TOKEN.has(token));
}

export type Rendered = { ok: true; text: string } | { ok: false; missing: ReplyVariable[] };

/** Fills every variable in one pass (a value is never expanded again), or lists the missing ones. */
export function renderReply(template: string, values: ReplyValues): Rendered {
  const clean = (value: string | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';
  const missing = variablesOf(template).filter((variable) => clean(values[variable]) === '');
  if (missing.length > 0) return { ok: false, missing };
  const text = template.replace(TOKEN, (whole, token: string) => {
    const variable = BY_TOKEN.get(token);
    return variable ? clean(values[variable]) : whole;
  });
  return { ok: true, text };
}
