/**
 * Compaction for the compliance guard. Agents (and templates copied from grey-market groups) dodge keyword
 * filters with spaces, punctuation, emoji and Traditional characters: "好 评 返 现", "好评💰返", "改好評返現".
 * `compact` folds the text to Simplified lower-case and drops everything that is not a word character, keeping a
 * map from each kept character back to the original string so reasons can point at the exact span.
 *
 * - Traditional → Simplified for the few characters the rules use (small table on purpose: this module runs on
 *   every keystroke in the content script).
 * - Full-width ASCII → ASCII, upper → lower case.
 * - Sentence ends (。！？!? and line breaks) become one '|' so rules can tell "same sentence" from "next one".
 * - Whitespace between two ASCII letters/digits is kept as one space ("hp fx" stays two words).
 * - Money and gift emoji become '¥' and '礼' (they stand for a benefit); every other symbol is dropped.
 */

// Each Traditional character followed by its Simplified form (only characters used by the rules).
const T2S =
  '評评論论價价現现紅红禮礼贈赠刪删銷销換换後后給给錢钱優优劵券補补償偿積积單单郵邮領领額额圖图曬晒' +
  '顆颗張张條条帳账轉转費费幣币塊块個个還还與与關关無无發发滿满聯联繫系係系務务寫写請请會会麼么說说' +
  '獎奖勵励賠赔貼贴隱隐門门檻槛讓让這这們们幫帮煩烦兩两萬万點点為为於于兌兑處处應应該该沒没親亲' +
  '嗎吗專专寶宝車车購购買买賣卖貨货樣样星星號号碼码截截種种實实際际問问題题謝谢對对麻麻';

let t2s: Map<number, number> | undefined;
function table(): Map<number, number> {
  if (t2s) return t2s;
  t2s = new Map();
  for (let i = 0; i + 1 < T2S.length; i += 2) t2s.set(T2S.charCodeAt(i), T2S.charCodeAt(i + 1));
  return t2s;
}

export interface Compacted {
  /** The compacted, folded text. */
  text: string;
  /** For each character of `text`: [start, end) in the original string. */
  from: number[];
  to: number[];
}

const MONEY_EMOJI = new Set([0x1f4b0, 0x1f4b5, 0x1f4b4, 0x1f4b8, 0x1f9e7, 0x1f4b2, 0x1f911]); // 💰💵💴💸🧧💲🤑
const GIFT_EMOJI = new Set([0x1f381]); // 🎁

function isWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}
function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function compact(input: string): Compacted {
  const map = table();
  const codes: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let pendingSpace = -1;
  const last = (): number => (codes.length ? codes[codes.length - 1]! : -1);
  const push = (ch: number, s: number, e: number): void => {
    codes.push(ch);
    from.push(s);
    to.push(e);
  };
  for (let i = 0; i < input.length; i++) {
    let c = input.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    const start = i;
    if (width === 2) i++;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (isWord(c)) {
      if (pendingSpace >= 0 && isWord(last())) push(0x20, pendingSpace, pendingSpace + 1);
      pendingSpace = -1;
      push(c, start, start + width);
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0) {
      if (pendingSpace < 0) pendingSpace = start;
      continue;
    }
    pendingSpace = -1;
    if (isCjk(c)) {
      push(map.get(c) ?? c, start, start + width);
    } else if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d) {
      if (codes.length > 0 && last() !== 0x7c) push(0x7c, start, start + width);
    } else if (c === 0xa5 || c === 0xffe5 || c === 0x24 || MONEY_EMOJI.has(c)) {
      push(0xa5, start, start + width);
    } else if (GIFT_EMOJI.has(c)) {
      push(0x793c, start, start + width); // 礼
    } else if (c === 0x2e && last() >= 0x30 && last() <= 0x39 && /\d/.test(input[i + 1] ?? '')) {
      push(0x2e, start, start + width); // decimal point in an amount
    }
    // everything else (punctuation, other emoji, zero-width characters, variation selectors) is dropped
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 4096) text += String.fromCharCode(...codes.slice(i, i + 4096));
  return { text, from, to };
}
