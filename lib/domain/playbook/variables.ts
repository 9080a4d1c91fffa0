/** The variables a reply may use, written `{name}` in the text; the page fills them in. The one list. */
export const VARIABLES = ['buyer', 'product', 'order', 'amount', 'coupon', 'tracking', 'link', 'agent'] as const;
export type Variable = (typeof VARIABLES)[number];

export const VARIABLE_LABELS: Record<Variable, { zh: string; en: string }> = {
  buyer: { zh: '买家称呼', en: 'Buyer name' },
  product: { zh: '商品名称', en: 'Product' },
  order: { zh: '订单号', en: 'Order number' },
  amount: { zh: '金额（元）', en: 'Amount (yuan)' },
  coupon: { zh: '优惠券', en: 'Coupon' },
  tracking: { zh: '快递单号', en: 'Tracking number' },
  link: { zh: '链接', en: 'Link' },
  agent: { zh: '客服名字', en: 'Agent name' },
};

export function isVariable(name: string): name is Variable {
  return (VARIABLES as readonly string[]).includes(name);
}
