// Realistic after-sales data for the dashboard's demo and end-to-end tests: eight weeks of cases of a
// small shop (products, causes, four agents, stages by age, first contacts, remedies with costs),
// their open follow-ups and the remedy ledger. Deterministic: the same `now` gives the same data.

/** A product name as hostile pages may show it: markup and a formula, which must stay text everywhere. */
export const HOSTILE_PRODUCT = '=HYPERLINK("http://evil.example","点我")<img src=x onerror="window.__kefuXss=1">护眼台灯';

const PRODUCTS = [
  ['600101', '便携USB小风扇 三档静音'],
  ['600102', '纯棉四件套 1.8米床'],
  ['600103', '不锈钢保温杯 500ml'],
  ['600104', '儿童防水雨衣'],
  ['600105', '无线蓝牙耳机 降噪版'],
  ['600106', '护眼台灯 LED'],
];
const CAUSES = ['quality_defect', 'quality_defect', 'not_as_described', 'slow_logistics', 'damaged_or_lost', 'wrong_or_missing_item', 'bad_attitude', 'usage_misunderstanding', 'price'];
const AGENTS = ['小美', '阿强', '晓琳', '大伟'];
const STAGES = ['to_contact', 'contacted', 'proposed', 'in_progress', 'resolved', 'revisited', 'closed'];
const OUTCOMES = ['review_updated', 'buyer_satisfied', 'buyer_satisfied', 'buyer_refused', 'unreachable'];
const TEXTS = {
  quality_defect: '收到就是坏的，开机两分钟就自动关机。',
  not_as_described: '颜色和图片差太多了，材质也不是描述的纯棉。',
  slow_logistics: '下单五天才发货，物流太慢了。',
  damaged_or_lost: '快递盒子压扁了，杯子摔出一个坑。',
  wrong_or_missing_item: '少发了一个配件，说好的赠品也没有。',
  bad_attitude: '问客服半天不理人，态度很敷衍。',
  usage_misunderstanding: '不会连接蓝牙，说明书也看不懂。',
  price: '刚买完就降价二十块，不值这个价。',
};
const REMEDY = { quality_defect: 'return_exchange', not_as_described: 'partial_refund', slow_logistics: 'coupon', damaged_or_lost: 'resend', wrong_or_missing_item: 'resend', bad_attitude: 'points', usage_misunderstanding: 'coupon', price: 'partial_refund' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function localDay(ms) {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `count` cases detected over the 56 days before `now`; with `hostile`, one product carries HOSTILE_PRODUCT as its name. */
export function demoCases(now, { count = 320, hostile = false } = {}) {
  const next = random(8);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const cases = [];
  for (let i = 0; i < count; i++) {
    const detectedAt = now - Math.floor(next() * 56 * DAY) - HOUR;
    const age = (now - detectedAt) / DAY;
    // Days per stage: most cases move along within days, some get stuck.
    const pace = next() < 0.2 ? 8 + next() * 20 : 0.3 + next() * 1.5;
    const stageIndex = Math.min(6, Math.floor(age / pace));
    const [productId, shownName] = pick(PRODUCTS);
    const productName = hostile && productId === '600106' ? HOSTILE_PRODUCT : shownName;
    const cause = pick(CAUSES);
    const handler = pick(AGENTS);
    const order = `2609${String(10_000 + i)}-${String(100_000_000 + i * 7919)}`;
    const stars = 1 + Math.floor(next() * 3);
    const history = [{ at: detectedAt, by: handler, type: 'created', origin: 'review' }];
    // First contact: usually within hours, sometimes over the 24 h target.
    let at = detectedAt + (next() < 0.8 ? 1 + next() * 20 : 25 + next() * 30) * HOUR;
    const outcome = pick(OUTCOMES);
    const remedies = [];
    for (let s = 1; s <= stageIndex; s++) {
      const to = STAGES[s];
      // Never in the future: a young case's later steps happened minutes ago.
      const when = Math.min(at, now - (stageIndex - s + 1) * 60_000);
      history.push({ at: when, by: handler, type: 'stage', from: STAGES[s - 1], to, ...(to === 'closed' ? { outcome } : {}) });
      if (to === 'proposed') {
        remedies.push({ kind: REMEDY[cause], cost: [0, 5, 10, 15, 20][Math.floor(next() * 5)], chosen: true }, { kind: 'coupon', cost: 10, chosen: false });
        history.push({ at: when, by: handler, type: 'remedies', remedies: [...remedies] });
      }
      at += pace * (0.5 + next() * 0.5) * DAY;
    }
    const last = history[history.length - 1].at;
    const stage = STAGES[stageIndex];
    cases.push({
      id: `demo-case-${i}`,
      origin: 'review',
      platform: i % 5 === 0 ? 'taobao' : 'pinduoduo',
      shop: '居家好物旗舰店',
      buyerKey: `pinduoduo:name:买家${i}***`,
      buyerName: `${pick(['阿', '张', '李', '王', '陈'])}***${i}`,
      orderId: order,
      productId,
      productName,
      productKey: `${i % 5 === 0 ? 'taobao' : 'pinduoduo'}|${productId}`,
      reviewKey: `pinduoduo:${order}`,
      dedupeKey: `pinduoduo|${order}|pinduoduo:${order}`,
      reviewText: TEXTS[cause],
      stars,
      level: stars === 3 ? 'neutral' : 'negative',
      causes: [cause],
      handler,
      remedies,
      stage,
      ...(stage === 'closed' ? { outcome, closedAt: last } : {}),
      sourceUrl: 'http://mms.pinduoduo.com/goods/evaluation/index',
      detectedAt,
      detectedDay: localDay(detectedAt),
      stageSince: last,
      updatedAt: last,
      history,
    });
  }
  return cases;
}

/** The open follow-ups of the cases: first contact for 待联系 (24 h after detection), the satisfaction check after 已解决. */
export function demoTimers(cases) {
  return cases.flatMap((c) => {
    const kind = c.stage === 'to_contact' ? 'first_contact' : c.stage === 'resolved' ? 'satisfaction' : null;
    if (!kind) return [];
    const dueAt = kind === 'first_contact' ? c.detectedAt + DAY : c.stageSince + DAY;
    return [{ id: `demo-timer-${c.id}`, kind, caseId: c.id, buyerKey: c.buyerKey, platform: c.platform, buyerName: c.buyerName, productName: c.productName, dueAt, nextAt: dueAt, done: false, createdAt: c.detectedAt }];
  });
}

/** The remedy ledger: what the review panels recorded over the last 30 days. */
export function demoLedger(now) {
  const next = random(30);
  const records = [];
  for (let day = 0; day < 30; day++) {
    const count = 2 + Math.floor(next() * 8);
    for (let k = 0; k < count; k++) {
      records.push({ id: `demo-remedy-${day}-${k}`, key: `pinduoduo:demo-${day}-${k}`, platform: 'pinduoduo', cause: 'quality_defect', kind: 'compensation', cost: [5, 10, 10, 15, 20][Math.floor(next() * 5)], at: now - day * DAY - k * 600_000 });
    }
  }
  return records;
}
