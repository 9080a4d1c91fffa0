/**
 * Compliance guard: flags reply text that ties a benefit (money, coupons, gifts, refunds, points…) to writing,
 * changing or deleting a review (shared/domain.md §4). Pure and synchronous, no dependencies: it runs on every
 * template save and on every keystroke in the chat input (as a warning; it never blocks typing).
 *
 * How it decides: the text is compacted (normalize.ts) so spacing, punctuation, emoji and Traditional characters do
 * not hide anything; then review actions and benefits are found and linked by order and distance:
 * - review action → benefit within the same sentence (好评返现, 删差评送券, 评价后联系客服领取);
 * - benefit → explicit review request in the same sentence (送您5元红包，麻烦给个五星好评);
 * - a review screenshot handed to the shop (好评截图发客服).
 * Review words inside "与评价无关 / 不管您怎么评价 / 评价您随意" are not actions; a neutral, optional invitation
 * ("如果满意可以更新评价") does not link to a remedy said before it. English text gets Amazon's rules.
 */
import { compact } from './normalize';
import { getRules } from './rules';

export type ComplianceCode =
  | 'review_change_for_benefit'
  | 'review_solicitation_for_benefit'
  | 'review_screenshot_for_benefit'
  | 'amazon_review_for_benefit'
  | 'amazon_review_change_request';

export interface ComplianceReason {
  code: ComplianceCode;
  message: { zh: string; en: string };
  /** Offsets into the checked text (UTF-16 code units, end exclusive). */
  span: { start: number; end: number; text: string };
}

export interface ComplianceResult {
  flagged: boolean;
  reasons: ComplianceReason[];
}

export const COMPLIANCE_MESSAGES: Record<ComplianceCode, { zh: string; en: string }> = {
  review_change_for_benefit: {
    zh: '把补偿（钱、红包、券、礼品、退款等）和修改/删除评价挂钩。各平台都禁止用利益诱导买家改评、删评，店铺会被处罚。补偿只针对问题本身，买家怎么评价都应照样给。',
    en: 'Ties compensation (money, red packets, coupons, gifts, refunds) to changing or deleting a review. Every platform bans inducing review changes with benefits and penalises the shop. Compensate for the problem itself, whatever the buyer does with the review.',
  },
  review_solicitation_for_benefit: {
    zh: '用返现、红包、优惠券、礼品等利益换取好评、五星、晒图或追评（好评返现），违反淘宝、天猫、拼多多、京东、抖店、快手等平台的评价规则（利益诱导评价），可能被删评、扣分或降权。',
    en: 'Offers cash, red packets, coupons or gifts for a good review, five stars, photos or a follow-up review (好评返现). This breaks the review rules of Taobao, Tmall, Pinduoduo, JD, Douyin, Kuaishou and others (inducing reviews with benefits) and can lead to removed reviews, penalty points or lower ranking.',
  },
  review_screenshot_for_benefit: {
    zh: '让买家把好评或评价截图发给店铺，是好评返现的典型做法，平台按利益诱导评价处理。',
    en: 'Asks the buyer to send the shop a screenshot of their review, the classic 好评返现 scheme; platforms treat it as inducing reviews with benefits.',
  },
  amazon_review_for_benefit: {
    zh: '亚马逊禁止以任何补偿（退款、礼品卡、免费商品、折扣等）换取评价或换取修改、删除评价。',
    en: 'Amazon forbids offering any compensation (refunds, gift cards, free products, discounts) for a review or for changing or removing one.',
  },
  amazon_review_change_request: {
    zh: '亚马逊禁止要求买家修改或删除评价，即使不提供任何补偿。',
    en: 'Amazon forbids asking a buyer to change or remove a review, even without compensation.',
  },
};

interface Hit {
  start: number;
  end: number;
  kind: 'change' | 'solicit' | 'weak' | 'linked' | 'benefit' | 'shot';
}

const MAX_AFTER = 12; // review action → benefit, same sentence
const MAX_BEFORE = 14; // benefit → review request, same sentence
const MAX_LINKED = 6;
const MAX_ACROSS = 4; // "删掉吗？给您退点钱": review action, sentence end, benefit right after // "评价后 … 返" with an explicit condition word
const MAX_REASONS = 5;

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

function scan(re: RegExp, text: string, kind: Hit['kind'], out: Hit[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (e === s) {
      re.lastIndex++;
      continue;
    }
    // ASCII abbreviations (hp, hb, fx, zfb…) must stand alone: "hp" in "shpping" is not 好评.
    if ((isAsciiLetter(text[s]) && isAsciiLetter(text[s - 1])) || (isAsciiLetter(text[e - 1]) && isAsciiLetter(text[e]))) {
      re.lastIndex = s + 1;
      continue;
    }
    let k = kind;
    if (kind === 'weak' && e - s > 2) k = 'linked';
    out.push({ start: s, end: e, kind: k });
  }
}

function spans(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

function inside(h: Hit, list: Array<[number, number]>): boolean {
  return list.some(([s, e]) => h.start < e && s < h.end);
}

function sameSentence(gap: string): boolean {
  return !gap.includes('|');
}

function checkChinese(original: string, add: (code: ComplianceCode, start: number, end: number) => void): void {
  const r = getRules();
  const c = compact(original);
  const t = c.text;
  if (t.length === 0) return;
  const unrelated = spans(r.unrelated, t);
  const neutral = spans(r.neutralInvite, t);

  const reviews: Hit[] = [];
  scan(r.change, t, 'change', reviews);
  scan(r.solicit, t, 'solicit', reviews);
  scan(r.weak, t, 'weak', reviews);
  const benefits: Hit[] = [];
  scan(r.benefit, t, 'benefit', benefits);
  const shots: Hit[] = [];
  scan(r.shot, t, 'shot', shots);

  const toOriginal = (s: number, e: number): [number, number] => [c.from[s]!, c.to[e - 1]!];
  const negated = (s: number): boolean => r.negatedBefore.test(t.slice(Math.max(0, s - 6), s));

  for (const sh of shots) {
    if (inside(sh, unrelated) || negated(sh.start)) continue;
    add('review_screenshot_for_benefit', ...toOriginal(sh.start, sh.end));
  }

  for (const rv of reviews) {
    if (inside(rv, unrelated)) continue;
    const code: ComplianceCode = rv.kind === 'change' ? 'review_change_for_benefit' : 'review_solicitation_for_benefit';
    // A bare "好评" right after 感谢/谢谢/的 is a mention of a review already written, not a request for one.
    const word = t.slice(rv.start, rv.end);
    const before2 = t.slice(Math.max(0, rv.start - 2), rv.start);
    const bare = word === '好评' || word === 'hp';
    const mention = bare && /(?:感谢|谢谢|谢|的|收到)$/.test(before2);
    // "很多好评 / 全是好评" praises the product; it asks nothing of the buyer.
    if (bare && /(?:很多|不少|大量|都是|全是|满屏|好多|万条|千条)$/.test(before2)) continue;
    for (const b of benefits) {
      if (b.start < rv.end && rv.start < b.end) continue; // overlapping tokens
      if (b.start >= rv.end) {
        const gap = t.slice(rv.end, b.start);
        const limit = rv.kind === 'weak' ? 1 : rv.kind === 'linked' ? MAX_LINKED : MAX_AFTER;
        const ok = (sameSentence(gap) && gap.length <= limit) || (rv.kind !== 'weak' && rv.kind !== 'linked' && gap.length <= MAX_ACROSS);
        if (!ok || negated(rv.start)) continue;
        add(code, ...toOriginal(rv.start, b.end));
      } else if (b.end <= rv.start) {
        if (rv.kind !== 'change' && rv.kind !== 'solicit') continue;
        if (mention || inside(rv, neutral)) continue;
        const gap = t.slice(b.end, rv.start);
        if (!sameSentence(gap) || gap.length > MAX_BEFORE || negated(b.start)) continue;
        add(code, ...toOriginal(b.start, rv.end));
      }
    }
  }
}

function lowerAscii(s: string): string {
  return s.replace(/[A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 32));
}

function checkEnglish(original: string, add: (code: ComplianceCode, start: number, end: number) => void): void {
  if (!/[a-zA-Z]{3}/.test(original)) return;
  const r = getRules();
  const t = lowerAscii(original);
  if (r.enUnrelated.test(t)) return;
  const comp = spans(r.enComp, t);
  const change = spans(r.enChange, t);
  const positive = spans(r.enPositive, t);
  let linked = false;
  for (const rv of [...change, ...positive]) {
    for (const b of comp) {
      const start = Math.min(rv[0], b[0]);
      const end = Math.max(rv[1], b[1]);
      if (end - start > 160) continue;
      add('amazon_review_for_benefit', start, end);
      linked = true;
    }
  }
  if (linked) return;
  for (const rv of change) {
    const verb = t.slice(rv[0], rv[1]);
    const before = t.slice(Math.max(0, rv[0] - 60), rv[0]);
    if (/^(?:remov|delet|tak|took|withdraw|retract)/.test(verb) || /(?:removed|deleted|taken down)$/.test(verb) || r.enRequest.test(before)) {
      add('amazon_review_change_request', rv[0], rv[1]);
    }
  }
}

/** Check one reply or template. Never throws; an empty or non-string input is clean. */
export function checkReply(text: string): ComplianceResult {
  const source = typeof text === 'string' ? text : '';
  const reasons: ComplianceReason[] = [];
  const add = (code: ComplianceCode, start: number, end: number): void => {
    // One reason per place: overlapping spans of the same code merge.
    const same = reasons.find((x) => x.code === code && x.span.start < end && start < x.span.end);
    if (same) {
      same.span.start = Math.min(same.span.start, start);
      same.span.end = Math.max(same.span.end, end);
      same.span.text = source.slice(same.span.start, same.span.end);
      return;
    }
    reasons.push({ code, message: COMPLIANCE_MESSAGES[code], span: { start, end, text: source.slice(start, end) } });
  };
  if (source.trim()) {
    checkChinese(source, add);
    checkEnglish(source, add);
  }
  // "改好评返现" is a review change, not also a plain solicitation: keep the more specific reason.
  const kept = reasons.filter(
    (x) =>
      x.code !== 'review_solicitation_for_benefit' ||
      !reasons.some((y) => y.code === 'review_change_for_benefit' && y.span.start < x.span.end && x.span.start < y.span.end),
  );
  kept.sort((a, b) => a.span.start - b.span.start);
  return { flagged: kept.length > 0, reasons: kept.slice(0, MAX_REASONS) };
}
