/**
 * Lexicon analysis of one text: sentiment with negation/degree/sarcasm/contrast, cause evidence with spans,
 * and intent evidence. Pure and deterministic; no model weights involved (scripts/train.ts uses these features).
 */
import type { CauseCode, IntentCode } from '../taxonomy';
import { requiredChars } from './required';
import { CAUSE_PATTERNS } from './lexicon';
import { scan, type Hit } from './matcher';
import { fold, isClauseBreak } from './normalize';

/** Weight of sentiment and cause evidence after the last contrast word. */
const CONTRAST_WEIGHT = 1.25;

/** What is left of a complaint word once negated (不卡 reads as mild praise, not as a complaint). */
const NEGATED_COMPLAINT = 0.35;
/** Words that may come before a concession at the start of its clause (但不影响, 也还能接受, 这个也可以理解). */
const CONCESSION_LEAD = /^\s*(?:但是?|不过|也|还|都|倒|并|基本|完全|这个?|这些|那)*$/;
/** What may follow a concession that closes its clause (也就算了吧). */
const CONCESSION_TAIL = /^[吧了啦啊呀的\s]*$/;

/** Longest text we look at; the rest of an overlong input is ignored. */
export const MAX_CHARS = 5000;

export interface CauseEvidence {
  code: Exclude<CauseCode, 'other'>;
  weight: number;
  start: number;
  end: number;
  /** Counts only when the whole text is judged negative (a cue or sentence shape in a clause without sentiment). */
  conditional: boolean;
  /** A cue word (说是, 页面上, 贵 …), not a phrase or sentence shape that names the cause by itself. */
  cue: boolean;
  /** A mild shape (大小不一): it never takes a clause's cue away from the cause the cue names. */
  mild: boolean;
}

/**
 * Evidence always has every field, in one order: the loops that weigh and filter it then see one object shape
 * (objects of several shapes made the compiled code of `analyze` bail out again and again on a first pass).
 */
function evidenceOf(code: CauseEvidence['code'], weight: number, start: number, end: number, conditional = false, cue = false, mild = false): CauseEvidence {
  return { code, weight, start, end, conditional, cue, mild };
}

export interface LexicalAnalysis {
  /** The text talks about the goods themselves (used, eaten, worn; a part or property of them). */
  product: boolean;
  /** The text is a rant at a brand or a shared news item rather than about an order. */
  rant: boolean;
  /** Length of the analysed prefix of the input. */
  length: number;
  folded: string;
  /** Sum of negative sentiment magnitudes (after negation, degree, sarcasm). */
  neg: number;
  /** Sum of positive sentiment magnitudes. */
  pos: number;
  /** Sentiment of the last sentence-level contrast part ("…，但是 X"): what buyers end on. */
  tailNeg: number;
  sarcasm: number;
  /** Cause evidence, each with a span (offsets into the original text). */
  causes: CauseEvidence[];
  /** Intent evidence scores. */
  intents: Map<IntentCode, number>;
  questions: number;
  exclaims: number;
  /** The message opens with a greeting (你好, 在吗, 亲). */
  greetsFirst: boolean;
}

const QUOTES_OPEN = new Set([0x22, 0x27, 0x201c, 0x2018, 0x300c, 0x300e, 0x300a]);
const QUOTES_CLOSE = new Set([0x22, 0x27, 0x201d, 0x2019, 0x300d, 0x300f, 0x300b]);
const SKIPPABLE = new Set(['是', '的', '得', '了', '太', '都', '也', '还', '很', '那', '么', '有'].map((c) => c.charCodeAt(0)));

/** Food or produce: size words there are about the goods themselves (个头太小) → quality. */
const PRODUCT_RE = /[穿吃喝洗戴屏机衣裤裙鞋果味奶]|用了|使用|电池|质量|面料|布料|料子|头发|头皮|电脑|本本|软件|系统|内存|键盘|声音|信号|做工|手感|效果|颜色/;
const RANT_RE = /抵制|远离|必须不|坚决不|倒闭|黑名单|新闻|http|分享自|转发|@|不喝.{0,4}了|再也不喝|广告|负面|丑闻|饥饿营销|珍爱生命|从此不|再也不碰|拒绝购买|谁买谁傻|代言/;
const FOOD_RE = /[吃果甜酸瓜橙桔橘梨桃枣莓蕉柚]|个头|口感|味道|新鲜|斤/;
/** What a size word right after these measures is how well the goods work (声音太小, 电池容量太小): a defect. */
const PERFORMANCE_RE = /(?:声音?|音量|铃声|音|电量|容量|内存|画面|字体?|吸力|水压|水流|风力|火力|信号|分辨率|屏幕?)[^,.!?;，。！？；]{0,2}$/;

/** An aspect right after these was asked about (问个尺寸). */
const ASKED_ABOUT = /(?:问|咨询|询问)(?:个|下|了|一下|了下|了一下)?$/;
/** A size word right before these is a degree word (有点小卡, 有点小贵, 小失望): no size complaint. */
const SIZE_AS_DEGREE = /^(?:卡|贵|瑕|问题|毛病|失望|遗憾|郁闷|激动|惊喜|开心|麻烦|吵)/;
/** Packing too poor to protect the goods (包装太简陋, 没有任何保护措施): breakage told beside it happened on the way. */
const POOR_PACKING_RE = /包装(?:也|都)?(?:太|很|特|特别|非常|过于|极其)?(?:简单|简陋|单薄|随便|马虎|差劲)|没有(?:任何)?(?:保护|防护|缓冲|泡沫|气泡膜|填充)|空荡荡/;
/** Anything happened to the parcel or the goods on the way: without it, a complaint about packing is no transit damage. */
const DAMAGE_TOLD_RE = /[破碎裂烂压摔磕漏坏瘪凹断丢湿撞洒撒塌]|流了|流出|变形|划|打开过|拆过|拆封|没收到|没到/;
/** Parcel words (the damage cause's aspects). */
const PARCEL_RE = /包装|箱|盒|包裹|袋/;
/**
 * A clause that adds a complaint to one already told (…，还不能退; 而且发货也慢): the first complaint is the story. Read from
 * the clause's start (sticky); 还是 (still), 还没 (not yet) and the like add nothing.
 */
const ADD_ON_OPENING = /\s*(?:还(?!是|没|未|在|行|好|可以)|而且|并且|再加上|加上|另外|况且)/y;
/** What an added complaint weighs against the complaint it is added to. */
const ADD_ON_WEIGHT = 0.6;
/** The buyer's own diagnosis right before a cause (估计是路上压的, 好像是假货, 怀疑是翻新机): what the complaints come from. */
const DIAGNOSIS_BEFORE = /(?:估计|怀疑|八成|多半|肯定是|应该是|可能是|好像是|感觉是|原来是|看来是)(?:是|就是|被)?[^,.!?;，。！？；]{0,4}$/;
/** The longest text DIAGNOSIS_BEFORE matches: only that much before a cause is looked at (long clauses stay linear). */
const DIAGNOSIS_REACH = 9;
/** Fake, refurbished or used goods: a verdict on what the goods are, which explains the defects told beside it. */
const VERDICT_RE = /假|仿|山寨|冒牌|赝品|水货|正品|正版|盗版|翻新|二手|返修|用过|激活|拆封|开过封|被拆/;
/** How much more a diagnosed cause weighs than the symptoms told around it. */
const DIAGNOSIS_WEIGHT = 1.5;
/** Physical breakage (not wear, rot or malfunction): what a rough journey does to goods. */
const BREAKAGE_RE = /[裂碎断凹瘪]|破|变形|压|摔|磕|撞/;

/** seenIn[c] === textNo when the text being analysed contains the code unit c. */
const seenIn = new Uint32Array(0x10000);
let textNo = 0;

/** Note which code units the text contains (for CharFilter). */
function markChars(folded: string): void {
  if (++textNo === 0xffffffff) {
    seenIn.fill(0);
    textNo = 1;
  }
  for (let i = 0; i < folded.length; i++) seenIn[folded.charCodeAt(i)] = textNo;
}

/**
 * A set of characters of which a text must contain one for a cause pattern to match in it (see required.ts). Patterns
 * share many sets (the numerals of 三天才到, 少了两个 …): each distinct set is looked up at most once per text.
 */
class CharFilter {
  private checkedFor = 0;
  private found = false;
  constructor(private readonly units: Uint16Array) {}

  /** Does the text last given to markChars contain one of the characters? */
  passes(): boolean {
    if (this.checkedFor !== textNo) {
      this.checkedFor = textNo;
      this.found = false;
      for (let i = 0; i < this.units.length; i++) {
        if (seenIn[this.units[i]!] === textNo) {
          this.found = true;
          break;
        }
      }
    }
    return this.found;
  }
}

/** Filters shared by the patterns that need the same set of characters, so each set is looked up once per text. */
const sharedFilters = new Map<string, CharFilter>();

/** The filters a text must pass before `re` runs on it: smaller sets first (cheaper, and more likely missing). */
function filtersOf(re: RegExp): CharFilter[] {
  return requiredChars(re)
    .sort((a, b) => a.size - b.size)
    .map((set) => {
      const units = Uint16Array.from(set).sort();
      const key = String.fromCharCode(...units);
      let filter = sharedFilters.get(key);
      if (!filter) sharedFilters.set(key, (filter = new CharFilter(units)));
      return filter;
    });
}

/** The cause patterns with every field present, in one order (one object shape where the hot loop reads them), and their filters. */
const PATTERNS = CAUSE_PATTERNS.map((p) => ({
  re: p.re,
  code: p.code,
  weight: p.weight,
  gated: p.gated === true,
  mild: p.mild === true,
  claim: p.claim === true,
  claimBack: p.claimBack === true,
  resolves: p.resolves === true,
  needs: p.needs ?? null,
  filters: filtersOf(p.re),
}));

function passesAll(filters: CharFilter[]): boolean {
  for (const filter of filters) if (!filter.passes()) return false;
  return true;
}

interface Clause {
  start: number;
  end: number;
  sent: number; // signed sum
  question: boolean;
  sarcasm: boolean;
}

/** A per-text scratch array: a plain one, which is cheaper to allocate than a typed array (eight per text). */
const filled = (size: number, value: number): number[] => new Array<number>(size).fill(value);

const clauseIsNegative = (cl: Clause | undefined): boolean => (cl ? cl.sent < -0.3 || cl.sarcasm : false);

export function analyze(input: string): LexicalAnalysis {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const length = Math.min(text.length, MAX_CHARS);
  const folded = fold(length < text.length ? text.slice(0, length) : text);
  const hits = scan(folded, length);

  // Clause boundaries.
  const clauses: Clause[] = [];
  const clauseOf = filled(length + 1, 0);
  let questions = 0;
  let exclaims = 0;
  {
    let s = 0;
    for (let i = 0; i <= length; i++) {
      const c = i < length ? folded.charCodeAt(i) : 0x2c;
      if (c === 0x3f || c === 0xff1f) questions++;
      if (c === 0x21 || c === 0xff01) exclaims++;
      if (i === length || isClauseBreak(c)) {
        if (i > s) {
          const q = c === 0x3f || c === 0xff1f || (i > 0 && (folded[i - 1] === '吗' || folded[i - 1] === '么'));
          clauses.push({ start: s, end: i, sent: 0, question: q, sarcasm: false });
        }
        clauseOf[i] = clauses.length - 1;
        s = i + 1;
      } else clauseOf[i] = clauses.length;
    }
  }

  // Containment suppression per channel (sentiment-ish words, causes, intents).
  const n = hits.length;
  const keepSent = filled(n, 0);
  const keepCause = filled(n, 0);
  const keepIntent = filled(n, 0);
  {
    let maxEndS = -1;
    let maxEndC = -1;
    let maxEndI = -1;
    for (let k = 0; k < n; k++) {
      const h = hits[k]!;
      const r = h.roles;
      if (r.sent !== undefined || r.negator || r.postNeg || r.degree !== undefined || r.sarcasm || r.contrast) {
        if (h.end > maxEndS) {
          keepSent[k] = 1;
          // Function words don't mask content words that start inside them (一点都不|不卡).
          if (r.sent !== undefined || r.sarcasm) maxEndS = h.end;
        } else if (r.sent !== undefined && r.sent !== 0) {
          keepSent[k] = 0;
        }
      }
      if (r.cause || r.size) {
        if (h.end > maxEndC) {
          keepCause[k] = 1;
          maxEndC = h.end;
        }
      }
      if (r.intent) {
        if (h.end > maxEndI) {
          keepIntent[k] = 1;
          maxEndI = h.end;
        }
      }
    }
  }

  // Index of kept negators/degree words by their end offset, for the look-back.
  const modAtEnd = new Map<number, Hit[]>();
  for (let k = 0; k < n; k++) {
    if (!keepSent[k]) continue;
    const h = hits[k]!;
    if (h.roles.negator || h.roles.degree !== undefined) {
      const l = modAtEnd.get(h.end);
      if (l) l.push(h);
      else modAtEnd.set(h.end, [h]);
    }
  }

  // Post-negators by start offset (allowing one filler character before them: 头皮屑都没有).
  const postAt = new Map<number, number>();
  for (let k = 0; k < n; k++) {
    const h = hits[k]!;
    if (keepSent[k] && h.roles.postNeg && !postAt.has(h.start)) postAt.set(h.start, k);
  }
  const postNegated = (end: number): number => {
    let k = postAt.get(end);
    if (k === undefined && end < length && SKIPPABLE.has(folded.charCodeAt(end))) k = postAt.get(end + 1);
    return k ?? -1;
  };
  const consumed = filled(n, 0);

  /** Look back from `start` over degree words / negators: returns [negated, degree multiplier]. */
  const modifiers = (start: number): [boolean, number] => {
    let pos = start;
    let negated = false;
    let degree = 1;
    for (let steps = 0; steps < 4 && pos > 0; steps++) {
      let list = modAtEnd.get(pos);
      if (!list && pos > 1 && SKIPPABLE.has(folded.charCodeAt(pos - 1))) list = modAtEnd.get(pos - 1);
      if (!list) break;
      // Prefer the longest modifier ending here.
      let best = list[0]!;
      for (const m of list) if (m.end - m.start > best.end - best.start) best = m;
      if (best.roles.negator) negated = !negated;
      else if (best.roles.degree !== undefined) degree *= best.roles.degree;
      pos = best.start;
    }
    return [negated, degree];
  };

  let neg = 0;
  let pos = 0;
  let sarcasm = 0;
  let contrastAt = -1; // start of the last contrast word
  const sentVal = filled(n, 0);
  for (let k = 0; k < n; k++) {
    if (!keepSent[k]) continue;
    const h = hits[k]!;
    const r = h.roles;
    if (r.contrast) contrastAt = h.start;
    if (r.sarcasm) {
      sarcasm++;
      const ci = clauseOf[h.start]!;
      const cl = clauses[ci];
      if (cl) cl.sarcasm = true;
    }
    if (r.sent === undefined || r.sent === 0) continue;
    // "好" directly before another sentiment word is a degree adverb (好差, 好贵), also at the end of a praise word
    // (质量好差 is 质量 + 好差, not 质量好).
    if (r.sent > 0 && folded[h.end - 1] === '好') {
      let next = 0;
      for (let m = k + 1; m < n && hits[m]!.start <= h.end; m++) {
        const o = hits[m]!;
        if (o.start === h.end && keepSent[m] && o.roles.sent) next = o.roles.sent;
      }
      if (next !== 0 && (h.end - h.start === 1 || next < 0)) continue;
    }
    if (consumed[k]) continue;
    const [negated0, degree] = modifiers(h.start);
    let negated = negated0;
    if (r.sent < 0) {
      const pk = postNegated(h.end);
      if (pk >= 0) {
        negated = !negated;
        consumed[pk] = 1;
      }
    }
    let v = r.sent * Math.min(degree, 2.2);
    if (negated) v = v < 0 ? -v * NEGATED_COMPLAINT : -v * 0.9;
    // A praise word between quotes is sarcasm: 真"好"
    if (v > 0 && h.start > 0 && QUOTES_OPEN.has(folded.charCodeAt(h.start - 1)) && QUOTES_CLOSE.has(folded.charCodeAt(h.end) || 0)) {
      v = -Math.max(1.5, v);
      sarcasm++;
    }
    sentVal[k] = v;
    const cl = clauses[clauseOf[h.start]!];
    if (cl) cl.sent += v;
  }
  // A clause that opens by waving off (…，不影响使用 / 但能接受) turns the complaint of the clause before into a mild one;
  // a wave-off that closes its clause (不给退也就算了，… / 有点色差不影响) does so for the complaint in that clause.
  const conceded = filled(clauses.length, 0);
  for (let k = 0; k < n; k++) {
    const h = hits[k]!;
    if (!h.roles.concede) continue;
    const ci = clauseOf[h.start]!;
    const cl = clauses[ci];
    if (!cl || cl.question) continue;
    const target = CONCESSION_LEAD.test(folded.slice(cl.start, h.start)) ? ci - 1 : CONCESSION_TAIL.test(folded.slice(h.end, cl.end)) ? ci : -1;
    const tc = clauses[target];
    if (!tc || tc.sent >= 0 || conceded[target]) continue;
    conceded[target] = 1;
    for (let m = 0; m < n; m++) {
      if (sentVal[m]! >= 0 || clauseOf[hits[m]!.start] !== target) continue;
      const softened = sentVal[m]! * NEGATED_COMPLAINT;
      tc.sent += softened - sentVal[m]!;
      sentVal[m] = softened;
    }
  }
  // Second pass: sarcasm sours praise in its clause; questions soften praise; contrast weights the tail.
  let tailNeg = 0;
  for (let k = 0; k < n; k++) {
    let v = sentVal[k]!;
    if (v === 0) continue;
    const h = hits[k]!;
    const cl = clauses[clauseOf[h.start]!];
    if (cl && v > 0) {
      if (cl.sarcasm) {
        cl.sent -= v + Math.max(1, v);
        v = -Math.max(1, v);
      } else if (cl.question) {
        cl.sent -= v * 0.7;
        v *= 0.3;
      }
    }
    if (contrastAt >= 0 && h.start > contrastAt) {
      v *= CONTRAST_WEIGHT;
      if (v < 0) tailNeg -= v;
    }
    if (v < 0) neg -= v;
    else pos += v;
  }

  // Cause evidence. Words inside a praise phrase (一个坏的都没有) are not complaints.
  const praise: Array<[number, number]> = [];
  for (let k = 0; k < n; k++) if (sentVal[k]! > 0) praise.push([hits[k]!.start, hits[k]!.end]);
  const inPraise = (s: number, e: number) => praise.some(([ps, pe]) => ps <= s && e <= pe && pe - ps > e - s);
  const causes: CauseEvidence[] = [];
  /** 能不能开发票, 会不会掉色, 有没有赠品: a cause word opening an A-not-A question is asked about, not complained of. */
  const askedAnotA = (s: number): boolean =>
    (folded[s] === '不' || folded[s] === '没') && s > 0 && folded[s - 1] === folded[s + 1];
  // The most negative sentiment word of each clause (for aspect spans).
  const clauseWorst = filled(clauses.length, -1);
  for (let k = 0; k < n; k++) {
    const v = sentVal[k]!;
    if (v >= 0) continue;
    const ci = clauseOf[hits[k]!.start]!;
    const cur = clauseWorst[ci]!;
    if (cur < 0 || v < sentVal[cur]!) clauseWorst[ci] = k;
  }
  const reviewNegative = neg > pos * 0.8 && neg > 0.5;
  // A rant at a brand or a shared news item: generic words (问题, 质量) there are not about an order's goods.
  const rant = RANT_RE.test(folded);
  let food = -1;
  // End of the last cause phrase taken: a phrase starting inside it belongs to it (压坏了 is 压坏, not 坏了).
  let phraseEnd = -1;
  let phraseCode = '';
  for (let k = 0; k < n; k++) {
    if (!keepCause[k]) continue;
    const h = hits[k]!;
    const r = h.roles;
    const phrase = r.cause?.find(([, , kind]) => kind === 0);
    if (phrase) {
      if (h.start < phraseEnd && !r.cause!.some(([code]) => code === phraseCode)) continue;
      if (h.end > phraseEnd) {
        phraseEnd = h.end;
        phraseCode = phrase[0];
      }
    }
    const cl = clauses[clauseOf[h.start]!];
    const clauseNeg = clauseIsNegative(cl);
    const [negated] = modifiers(h.start);
    if (negated) continue; // 没有色差, 不卡顿
    if (postNegated(h.end) >= 0) continue; // 头皮屑少了
    if (inPraise(h.start, h.end)) continue;
    if (askedAnotA(h.start)) continue;
    if (r.size && !SIZE_AS_DEGREE.test(folded.slice(h.end, h.end + 2))) {
      if (food < 0) food = FOOD_RE.test(folded) ? 1 : 0;
      if (clauseNeg || reviewNegative) {
        const performance = PERFORMANCE_RE.test(folded.slice(Math.max(0, h.start - 6), h.start));
        causes.push(evidenceOf(food || performance ? 'quality_defect' : 'not_as_described', 1.8, h.start, h.end));
      }
    }
    if (!r.cause) continue;
    for (const [code, weight, kind] of r.cause) {
      // In a rant only clear phrases count; generic quality words (问题, 质量) and cues/aspects are not about an order.
      if (rant && (kind !== 0 || (code === 'quality_defect' && weight < 2))) continue;
      if (kind === 0 && weight >= 2) {
        causes.push(evidenceOf(code, weight, h.start, h.end));
      } else if (kind !== 2 && (clauseNeg || reviewNegative || (cl && cl.sent <= 0))) {
        causes.push(evidenceOf(code, weight, h.start, h.end, !clauseNeg && !reviewNegative, kind === 1));
      } else if (kind === 2 && ASKED_ABOUT.test(folded.slice(Math.max(0, h.start - 4), h.start))) {
        // 问个尺寸, 咨询了下物流: what the buyer asked about is no complaint about it.
        continue;
      } else if (kind === 2 && clauseNeg && cl) {
        // Aspect in a negative clause: the span runs from the aspect to the strongest negative word after it
        // (or before it, when the complaint comes first).
        const best = clauseWorst[clauseOf[h.start]!] ?? -1;
        if (best < 0) {
          causes.push(evidenceOf(code, weight * 0.8, h.start, h.end));
          continue;
        }
        const o = hits[best]!;
        const s = Math.min(h.start, o.start);
        const e = Math.max(h.end, o.end);
        // Too far apart: the aspect probably isn't what the complaint is about.
        const dist = o.start >= h.end ? o.start - h.end : h.start - o.end;
        if (dist > 10) continue;
        causes.push(evidenceOf(code, weight * (dist <= 4 ? 1.2 : 1), s, e));
      } else if (kind === 2 && reviewNegative && cl && cl.sent === 0 && !cl.question) {
        // Aspect in a neutral clause of a negative review (京东的配送就这样, 真是失望): weak evidence of its own.
        causes.push(evidenceOf(code, weight * 0.5, h.start, h.end));
      }
    }
  }

  // Sentence-shape patterns (少了两个, 三天才到, 用了一周就 …): count when not negated and not inside praise; gated ones
  // outside a negative clause or review only when the whole text is judged negative.
  /** Each claim of the listing: its start and the end of the clause it reaches into (宣传说续航十二小时，实际用四个小时就没电了). */
  const claims: Array<[number, number]> = [];
  /** End of the last place where the buyer learns the goods were not broken (以为坏了, 才知道要先…). */
  let resolvedBefore = -1;
  if (folded.length >= 4) {
    // Most patterns need characters a given text does not contain: those are not run at all.
    markChars(folded);
    for (const { re, code, weight, gated, mild, claim, claimBack, resolves, needs, filters } of PATTERNS) {
      if (!passesAll(filters)) continue;
      if (needs && !needs.test(folded)) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(folded)) !== null) {
        const s = m.index;
        const e = s + m[0].length;
        if (e > length) break;
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        if (modifiers(s)[0] || inPraise(s, e) || askedAnotA(s)) continue;
        const conditional = mild || (gated && !reviewNegative && !clauseIsNegative(clauses[clauseOf[s]!]));
        causes.push(evidenceOf(code, weight, s, e, conditional, false, mild));
        if (claim) claims.push([s, clauses[clauseOf[e - 1]!]?.end ?? e]);
        if (claimBack) claims.push([clauses[clauseOf[s]! - 1]?.start ?? s, s]);
        if (resolves) resolvedBefore = Math.max(resolvedBefore, e);
      }
    }
  }
  // A complaint waved off by the buyer (…，这就不说了) only counts when the whole text is judged negative, and as mildly
  // as a negated one: it is not what the buyer wants answered.
  for (const c of causes) {
    if (!conceded[clauseOf[c.start]!]) continue;
    c.conditional = true;
    c.weight *= NEGATED_COMPLAINT;
  }
  // A defect told right after a claim of the listing is how the goods differ from it: 实际用四个小时就没电 is the
  // mismatch with 续航十二小时, not a separate defect.
  for (const c of causes) {
    if (c.code === 'quality_defect' && claims.some(([s, e]) => s <= c.start && c.start < e)) c.code = 'not_as_described';
    // 设置半天连不上网，后来才知道要先下个app: the malfunction was the buyer's handling.
    else if (c.code === 'quality_defect' && c.start < resolvedBefore) c.code = 'usage_misunderstanding';
  }

  // A cue in a clause where another cause is named outright belongs to that story: 说是定制商品不支持七天无理由 is a rule,
  // not a listing claim.
  const named = causes.filter((c) => !c.cue && !c.mild && c.weight >= 1.5);
  for (let i = causes.length - 1; i >= 0; i--) {
    const c = causes[i]!;
    if (c.cue && named.some((o) => o.code !== c.code && clauseOf[o.start] === clauseOf[c.start])) causes.splice(i, 1);
  }

  // Goods broken in a damaged or poorly packed parcel were broken on the way: 外箱都烂了，屏幕裂了一道 is transit damage,
  // not a defect.
  if (causes.some((c) => c.code === 'damaged_or_lost' && !c.conditional) || POOR_PACKING_RE.test(folded)) {
    for (const c of causes) if (c.code === 'quality_defect' && BREAKAGE_RE.test(folded.slice(c.start, c.end))) c.code = 'damaged_or_lost';
  }

  // The buyer's diagnosis names what the symptoms come from (…，估计是路上压的); so does a verdict on what the goods are:
  // 不好用，好像是假货 is about authenticity first.
  for (const c of causes) {
    const from = clauses[clauseOf[c.start]!]?.start ?? 0;
    const verdict = c.code === 'not_as_described' && !c.cue && VERDICT_RE.test(folded.slice(c.start, c.end));
    if (verdict || DIAGNOSIS_BEFORE.test(folded.slice(Math.max(from, c.start - DIAGNOSIS_REACH), c.start))) c.weight *= DIAGNOSIS_WEIGHT;
  }

  // An added complaint (…烂成这样了，还不能退货) does not lead over the complaint it is added to.
  const firstClauseOf = new Map<CauseEvidence['code'], number>();
  for (const c of causes) firstClauseOf.set(c.code, Math.min(firstClauseOf.get(c.code) ?? Infinity, clauseOf[c.start]!));
  for (const c of causes) {
    const ci = clauseOf[c.start]!;
    const cl = clauses[ci];
    if (!cl) continue;
    ADD_ON_OPENING.lastIndex = cl.start;
    if (!ADD_ON_OPENING.test(folded) || ADD_ON_OPENING.lastIndex > c.start) continue;
    for (const [code, first] of firstClauseOf) {
      if (code !== c.code && first < ci) {
        c.weight *= ADD_ON_WEIGHT;
        break;
      }
    }
  }

  // 包装太简陋 with nothing broken, lost or opened names no transit damage: only how the shop packs. (The text is searched
  // only when there is such a complaint to drop.)
  if (causes.some((c) => c.code === 'damaged_or_lost') && !DAMAGE_TOLD_RE.test(folded)) {
    for (let i = causes.length - 1; i >= 0; i--) {
      const c = causes[i]!;
      if (c.code === 'damaged_or_lost' && PARCEL_RE.test(folded.slice(c.start, c.end))) causes.splice(i, 1);
    }
  }

  // What follows the last turn (但是, 结果, 没想到 …) is what the buyer is getting at: it weighs more, as in sentiment.
  if (contrastAt >= 0) for (const c of causes) if (c.start > contrastAt) c.weight *= CONTRAST_WEIGHT;

  // Intent evidence.
  const intents = new Map<IntentCode, number>();
  let greetsFirst = false;
  for (let k = 0; k < n; k++) {
    if (!keepIntent[k]) continue;
    const h = hits[k]!;
    if (h.start <= 1 && h.roles.intent!.some(([c]) => c === 'greeting')) greetsFirst = true;
    for (const [code, weight] of h.roles.intent!) intents.set(code, (intents.get(code) ?? 0) + weight);
  }

  const product = PRODUCT_RE.test(folded);
  return { greetsFirst, product, rant, length, folded, neg, pos, tailNeg, sarcasm, causes, intents, questions, exclaims };
}

/** Numeric features of the lexical analysis used by the negativity combiner (same order as MODEL.mix.lex). */
export function lexFeatures(a: LexicalAnalysis): number[] {
  return [
    Math.log1p(a.neg),
    Math.log1p(a.pos),
    Math.log1p(a.tailNeg),
    a.sarcasm > 0 ? 1 : 0,
    a.causes.some((c) => !c.conditional) ? 1 : 0,
    Math.min(a.exclaims, 5) / 5,
  ];
}
