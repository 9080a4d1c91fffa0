import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyReview, type ReviewVerdict } from '../../lib/domain/classifier';
import { analyze } from '../../lib/domain/classifier/lexical';
import { CAUSE_CODES, INTENT_CODES } from '../../lib/domain/taxonomy';

const review = (text: string, extra: Partial<Parameters<typeof classifyReview>[0]> = {}) => classifyReview({ text, ...extra });
const codes = (v: ReviewVerdict) => v.causes.map((c) => c.code);

describe('classifyReview: negativity', () => {
  it('reads plain praise and plain complaints', () => {
    expect(review('很满意，质量很好，下次还来').negative).toBe(false);
    expect(review('质量太差了，用了两天就坏了').negative).toBe(true);
  });

  it('handles negation (不是很满意, 没有色差, 一点都不卡)', () => {
    expect(review('不是很满意').negative).toBe(true);
    expect(review('很满意').negative).toBe(false);
    const noColourGap = review('没有色差，很满意');
    expect(noColourGap.negative).toBe(false);
    expect(review('色差很大').negative).toBe(true);
    expect(review('一点都不卡，很流畅').negative).toBe(false);
    expect(review('很卡').negative).toBe(true);
    expect(review('头皮屑少了很多，好用').negative).toBe(false);
    expect(review('一个坏的都没有').negative).toBe(false);
  });

  it('handles very short texts', () => {
    expect(review('差').negative).toBe(true);
    expect(review('一般般').negative).toBe(true);
    expect(review('好评').negative).toBe(false);
    expect(review('hp').negative).toBe(false);
  });

  it('reads sarcasm markers as negative', () => {
    expect(review('呵呵，质量真"好"').negative).toBe(true);
    expect(review('质量真好呵呵').negative).toBe(true);
    expect(review('质量真好').negative).toBe(false);
  });

  it('reads Traditional Chinese like Simplified', () => {
    const t = review('質量太差了，客服態度也不好');
    const s = review('质量太差了，客服态度也不好');
    expect(t.negative).toBe(true);
    expect(t.score).toBe(s.score);
    expect(codes(t)).toEqual(codes(s));
    expect(review('這個東西很好用').negative).toBe(false);
  });

  it('understands emoji and letter abbreviations', () => {
    expect(review('😡😡').negative).toBe(true);
    expect(review('👍👍').negative).toBe(false);
    expect(review('tmd垃圾').negative).toBe(true);
    expect(codes(review('kd太慢了'))[0]).toBe('slow_logistics');
    // "sb" inside "usb" is not an insult
    expect(review('usb接口很好用').negative).toBe(false);
  });

  it('degree adverbs raise the score', () => {
    expect(review('非常非常差').score).toBeGreaterThanOrEqual(review('有点差').score);
  });

  it('copes with long rambling reviews', () => {
    const long =
      '我是老顾客了，之前买过好几次，一直觉得还行，这次是给我妈买的，她说穿着还可以，' +
      '不过这次收到以后发现袖口有线头，洗了一次就掉色了，颜色也跟图片不太一样，' +
      '联系客服半天没人回，最后还是我自己去找的退货地址，整个过程非常失望。';
    const v = review(long);
    expect(v.negative).toBe(true);
    expect(codes(v)).toEqual(expect.arrayContaining(['quality_defect', 'slow_reply']));
  });
});

describe('classifyReview: causes and spans', () => {
  it('names the primary cause', () => {
    expect(codes(review('收到的是坏的，屏幕碎了'))[0]).toBe('quality_defect');
    expect(codes(review('发错颜色了，我要的是黑色'))[0]).toBe('wrong_or_missing_item');
    expect(codes(review('等了一个星期才到，物流太慢'))[0]).toBe('slow_logistics');
    expect(codes(review('客服半天不回消息'))[0]).toBe('slow_reply');
    expect(codes(review('刚买就降价了，太坑'))[0]).toBe('price');
    expect(codes(review('衣服偏大，穿不了'))[0]).toBe('not_as_described');
    expect(codes(review('苹果太小了，还有烂的'))[0]).toBe('quality_defect');
    expect(codes(review('包装破损，洗发水全漏了'))).toContain('damaged_or_lost');
  });

  it('falls back to other when negative without a stated reason', () => {
    expect(codes(review('tmd垃圾'))).toEqual(['other']);
  });

  it('spans point at the exact substring of the original text, Traditional included', () => {
    const text = '<b>東西不錯</b>，就是物流太慢了，等了五天';
    const v = review(text);
    const c = v.causes.find((x) => x.code === 'slow_logistics');
    expect(c).toBeDefined();
    for (const s of c!.spans) {
      expect(s.field).toBe('text');
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(c!.spans.map((s) => s.text)).toContain('物流太慢');
  });

  it('spans into the follow-up are marked as such', () => {
    const follow = '用了一周就坏了，质量太差';
    const v = review('东西不错，好评', { stars: 5, followUpText: follow });
    expect(v.needsRecovery).toBe(true);
    const q = v.causes.find((c) => c.code === 'quality_defect')!;
    expect(q.spans.length).toBeGreaterThan(0);
    for (const s of q.spans) {
      expect(s.field).toBe('followUp');
      expect(follow.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('a negated complaint word is not a cause', () => {
    expect(codes(review('没有色差，很满意'))).not.toContain('not_as_described');
    expect(codes(review('一个坏的都没有'))).not.toContain('quality_defect');
  });

  it('confidence is within 0..1 and causes are valid codes', () => {
    const v = review('质量差，发错货，客服态度恶劣，物流慢');
    expect(v.causes.length).toBeGreaterThan(1);
    for (const c of v.causes) {
      expect(CAUSE_CODES).toContain(c.code);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
    for (let i = 1; i < v.causes.length; i++) expect(v.causes[i - 1]!.confidence).toBeGreaterThanOrEqual(0);
  });
});

describe('classifyReview: causes across product kinds (made-up sentences)', () => {
  const primary = (text: string) => codes(review(text))[0];

  it('quality_defect: broken, stops working soon, spoiled food, bad smell', () => {
    expect(primary('热水器用了两个月就不加热了，很失望')).toBe('quality_defect');
    expect(primary('平板充了一晚上也充不满，还经常自动关机')).toBe('quality_defect');
    expect(primary('这箱橙子一半是烂心的，根本没法吃')).toBe('quality_defect');
    expect(primary('衬衫穿了两次就起球了，质量太差')).toBe('quality_defect');
    expect(primary('牛奶喝起来一股怪味，不敢再喝')).toBe('quality_defect');
    expect(primary('耳機接觸不良，時好時壞')).toBe('quality_defect');
  });

  it('not_as_described: differs from the listing (size, colour, capacity, authenticity)', () => {
    expect(primary('详情页写的是纯棉，收到一摸根本不是纯棉，和描述不一样')).toBe('not_as_described');
    expect(primary('标着128G，实际只有100G能用，虚标')).toBe('not_as_described');
    expect(primary('颜色和图片差很多，图片是米白，实物发黄')).toBe('not_as_described');
    expect(primary('鞋子尺码偏小一码，平时穿40的这双挤脚')).toBe('not_as_described');
    expect(primary('感覺是假貨，和專櫃買的不一樣')).toBe('not_as_described');
  });

  it('damaged_or_lost: damaged in transit or never arrived', () => {
    expect(primary('快递把箱子压扁了，里面两瓶洗发水都漏了')).toBe('damaged_or_lost');
    expect(primary('东西还行，就是包装也压坏了')).toBe('damaged_or_lost');
    expect(primary('显示已签收，可我根本没收到货')).toBe('damaged_or_lost');
    expect(primary('物流給摔壞了，螢幕都裂了')).toBe('damaged_or_lost');
  });

  it('wrong_or_missing_item: wrong item, size or colour; missing pieces or gifts', () => {
    expect(primary('我拍的是蓝色，寄来的却是灰色')).toBe('wrong_or_missing_item');
    expect(primary('一箱说好十二盒，打开少了两盒')).toBe('wrong_or_missing_item');
    expect(primary('说好的赠品呢？一个都没看到')).toBe('wrong_or_missing_item');
    expect(primary('配件不全，少了电源线')).toBe('wrong_or_missing_item');
    expect(primary('發錯型號了，不是我訂的那款')).toBe('wrong_or_missing_item');
  });

  it('slow_logistics: slow dispatch or delivery', () => {
    expect(primary('下单五天了还没发货，催了好几次')).toBe('slow_logistics');
    expect(primary('一个星期才到，快递太慢')).toBe('slow_logistics');
    expect(primary('物流一直不更新，等得好着急')).toBe('slow_logistics');
  });

  it('slow_reply and bad_attitude: the shop’s service', () => {
    expect(primary('问了三次客服都没人回复')).toBe('slow_reply');
    expect(primary('售后態度很差，一直推卸責任')).toBe('bad_attitude');
  });

  it('price vs policy_misunderstanding: too dear or dropped (price protection is its remedy), vs a rule (fees)', () => {
    expect(primary('刚下单第二天就降了五十，心塞')).toBe('price');
    expect(primary('和外面超市比贵了不少，不值这个价')).toBe('price');
    expect(primary('降价后申请价保，客服说不给保价')).toBe('price');
    expect(primary('说是免费安装，结果上门还要另外收里程费')).toBe('policy_misunderstanding');
    expect(primary('运费比东西还贵，说好的包邮呢')).toBe('policy_misunderstanding');
  });

  it('usage_misunderstanding: does not know how to use or install it', () => {
    expect(primary('说明书看不懂，不知道怎么安装')).toBe('usage_misunderstanding');
  });

  it('the goods come first when a review also complains about service or delivery', () => {
    expect(primary('屏幕有坏点，联系客服态度也很差')).toBe('quality_defect');
    expect(primary('发错颜色了，物流还慢')).toBe('wrong_or_missing_item');
  });

  it('other: negative with no stated reason, brand rants, shared news', () => {
    expect(primary('太差劲了，再也不来了')).toBe('other');
    expect(primary('坚决抵制这个牌子，出了这么多问题还有人买')).toBe('other');
    expect(primary('转发新闻：某乳企又出问题了，远离吧')).toBe('other');
  });

  it('negated or praised forms yield no cause', () => {
    const none = (text: string, code: string) => expect(codes(review(text))).not.toContain(code);
    none('没有破损，包装很好', 'damaged_or_lost');
    none('沒有破損，包裝完好', 'damaged_or_lost');
    none('一件都没少，配件齐全', 'wrong_or_missing_item');
    none('和图片一样，没有色差', 'not_as_described');
    none('没有发错，颜色正是我要的', 'wrong_or_missing_item');
    none('用了三个月都没有坏，很耐用', 'quality_defect');
    none('物流不慢，两天就到了', 'slow_logistics');
    none('不存在降价的情况，价格很稳', 'price');
  });

  it('a strong second cause is kept next to a long main complaint', () => {
    const v = review('袖口有线头，洗了一次就掉色，开线也严重，联系客服半天没人回');
    expect(codes(v)[0]).toBe('quality_defect');
    expect(codes(v)).toContain('slow_reply');
  });
});

describe('classifyReview: negation scope and buyer wording', () => {
  const primary = (text: string) => codes(review(text))[0];
  const none = (text: string, code: string) => expect(codes(review(text))).not.toContain(code);

  it('a negated, hoped-for or feared complaint, or praise and degree words that look like one, is no cause', () => {
    none('没有色差，和图片一样', 'not_as_described');
    none('不是假货，专柜验过了', 'not_as_described');
    none('物流很快，隔天就到了', 'slow_logistics');
    none('本来担心有色差，收到一看和图片一样', 'not_as_described');
    none('孩子很喜欢，没有想象中的塑料味', 'quality_defect');
    none('打游戏很流畅，发热也不明显', 'quality_defect');
    none('電池很耐用，沒有發燙', 'quality_defect');
    none('用了三天就爱上了，好用', 'quality_defect');
    none('价格比别家便宜，很划算', 'price');
    none('实物比图片还好看', 'not_as_described');
    none('屏幕有点小卡，别的还行', 'not_as_described');
    none('装了一个小时才装好，还没装上去的时候挺担心', 'wrong_or_missing_item');
    expect(review('没有色差，很满意').causes).toEqual([]);
    expect(review('担心会漏发，结果一样不少').causes).toEqual([]);
  });

  it('the complaint after a negated one is still found', () => {
    expect(primary('不是假货，但是用了三天就裂了')).toBe('quality_defect');
    expect(primary('没有色差，就是尺码偏大一码')).toBe('not_as_described');
    expect(primary('物流很快，但是质量太差，一洗就变形')).toBe('quality_defect');
  });

  it('a claim of the listing against what arrived is not_as_described, unless the claim is about service', () => {
    expect(primary('说是纯棉的，摸着明显是化纤，静电很大')).toBe('not_as_described');
    expect(primary('宣传说续航十二小时，实际用四个小时就没电了')).toBe('not_as_described');
    expect(primary('尺寸写的40*60，实际30*50')).toBe('not_as_described');
    expect(primary('说好48小时发货，结果第五天才发')).toBe('slow_logistics');
    expect(primary('说好包邮，结果下单收了十块运费')).toBe('policy_misunderstanding');
  });

  it('missing parts and gifts, but not a part that merely has no fault', () => {
    expect(primary('充电线没有，盒子里只有机器')).toBe('wrong_or_missing_item');
    expect(primary('两个枕套只来了一个，另一个去哪了')).toBe('wrong_or_missing_item');
    none('电池没有问题，续航很好', 'wrong_or_missing_item');
    none('只有一个缺点，就是有点重', 'wrong_or_missing_item');
  });

  it('shop rules the buyer did not expect are policy_misunderstanding', () => {
    expect(primary('退货还要我自己出运费，明明是你们的问题')).toBe('policy_misunderstanding');
    expect(primary('说好赠品随单发，结果要满299才送')).toBe('policy_misunderstanding');
    expect(primary('两张券不能叠加，为什么不提前说清楚')).toBe('policy_misunderstanding');
    expect(primary('上门安装收了八十块材料费，这个规则谁定的')).toBe('policy_misunderstanding');
  });

  it('others paying less is price', () => {
    expect(primary('别家同款便宜三十，买亏了')).toBe('price');
    expect(primary('比官网还贵二十，不知道图啥')).toBe('price');
    none('价格实惠，比超市便宜不少', 'price');
  });

  it('broken in transit vs broken goods, lost parcels', () => {
    expect(primary('花瓶收到就是碎的，包装连个泡沫都没有')).toBe('damaged_or_lost');
    expect(primary('等了五天才到，结果一打开就是坏的，开不了机')).toBe('quality_defect');
    expect(primary('快递说已经送到了，问了门卫都说没看到')).toBe('damaged_or_lost');
    expect(primary('牛奶漏了一箱，整个箱子都湿透了')).toBe('damaged_or_lost');
  });

  it('wording that only contains a cause word names no cause', () => {
    expect(primary('跟想象的不一样，不太喜欢')).toBe('other');
    expect(primary('问个问题一天都没人回')).toBe('slow_reply');
    expect(primary('不值得信任的店，不会再来')).toBe('other');
  });

  it('reads Traditional Chinese complaints', () => {
    expect(primary('發錯顏色了，我要的是藍色')).toBe('wrong_or_missing_item');
    expect(primary('質量不錯，但是物流太慢了，等了快兩個禮拜')).toBe('slow_logistics');
    expect(primary('盒子壓壞了，裡面的東西也摔壞了')).toBe('damaged_or_lost');
    none('沒有色差，很滿意', 'not_as_described');
  });

  // Buyer wording and its primary cause: sizes of sound or capacity are defects (of clothes, the listing); a picture is
  // a claim of the listing; a claimed count that falls short is a missing item; late replies, long deliveries, checkout
  // prices and false alarms.
  it.each([
    ['录音的声音太小了，听不清', 'quality_defect'],
    ['电池容量太小，半天就没电', 'quality_defect'],
    ['裤子太小了，穿不上', 'not_as_described'],
    ['图片上是深蓝色，收到却是浅蓝色，快递也慢', 'not_as_described'],
    ['页面写的三瓶装，结果只收到两瓶', 'wrong_or_missing_item'],
    ['套装说好是四件，打开只有三件', 'wrong_or_missing_item'],
    ['连个说明书都没有，差评', 'wrong_or_missing_item'],
    ['留言三天才有人回复，问题还没解决', 'slow_reply'],
    ['从下单到收货用了整整九天', 'slow_logistics'],
    ['返现说好的，五天了还没到账', 'policy_misunderstanding'],
    ['加购的时候是59，付款变成了79', 'price'],
    ['以为耳机坏了，后来才知道要长按配对', 'usage_misunderstanding'],
    ['蛋糕送到已经塌了，奶油糊了一盒子', 'damaged_or_lost'],
    ['快递员说放快递柜了，柜子里根本没有', 'damaged_or_lost'],
    ['别人第二天就到了，我的整整慢了四天', 'slow_logistics'],
    ['下单选的黑色，收到是灰色', 'wrong_or_missing_item'],
    // how clauses relate: claims told after the defect, wave-offs, questions, arrivals, hints, conditions, fees
    // a cue word in a clause where another cause is named outright belongs to that cause
    ['说是特价商品不支持七天无理由退货', 'policy_misunderstanding'],
    // a claim told after the defect it contradicts
    ['杯子倒了热水就变形，还说耐高温120度', 'not_as_described'],
    // goods broken in a damaged parcel, or broken on arrival with the part named in between
    ['外箱破了一个洞，台灯灯罩也裂了', 'damaged_or_lost'],
    ['打开箱子玻璃门碎了', 'damaged_or_lost'],
    ['不是我签收的，东西也没见到', 'damaged_or_lost'],
    // the buyer finds out it was their own handling
    ['打印机一直卡纸，后来才知道是纸放反了', 'usage_misunderstanding'],
    ['研究半天也不知道怎么调时间', 'usage_misunderstanding'],
    // a waved-off complaint gives way to the one the buyer is getting at
    ['发货慢了三天，这就不说了，打开少了一双筷子', 'wrong_or_missing_item'],
    ['物流慢也就算了，耳机竟然是坏的', 'quality_defect'],
    // an A-not-A question and an aspect that was only asked about are no complaint
    ['问了好几遍能不能开发票，客服一直没人回', 'slow_reply'],
    ['咨询了一下尺码，客服说话很冲', 'bad_attitude'],
    ['客服非说是我自己摔坏的', 'bad_attitude'],
    ['客服回一句爱咋咋地', 'bad_attitude'],
    ['隔了两天才收到回复', 'slow_reply'],
    ['客服一直不在线', 'slow_reply'],
    // rules, conditions and charges the buyer did not expect
    ['拆开看了一眼就不给退了', 'policy_misunderstanding'],
    ['要我先寄回去检测才能换', 'policy_misunderstanding'],
    ['师傅上门又收了八十块的辅料钱', 'policy_misunderstanding'],
    ['退款要等15个工作日才到账，什么规定', 'policy_misunderstanding'],
    // time, price, parts and variants told in buyer wording
    ['5号才到，早过了用的时候', 'slow_logistics'],
    ['拖了半个月才发货', 'slow_logistics'],
    ['值不了这个价，顶多一半', 'price'],
    ['刚付完钱就看到降价了', 'price'],
    ['没有遥控器，怎么开空调', 'wrong_or_missing_item'],
    ['买的蓝色寄来绿色', 'wrong_or_missing_item'],
    ['成分表上棉才占30%', 'not_as_described'],
  ])('%s → %s', (text, code) => {
    expect(primary(text)).toBe(code);
  });

  it('a shape that only looks like a cause names something else', () => {
    none('连个小游戏都玩不了，太卡了', 'wrong_or_missing_item');
    none('返现说好的，五天了还没到账', 'slow_logistics');
  });

  it('words that merely contain a complaint (酸奶, 扫地机器人) name nothing', () => {
    expect(review('老酸奶很好喝，孩子爱喝').causes).toEqual([]);
    expect(review('扫地机器人很安静，不会乱撞').causes).toEqual([]);
    expect(review('好丑，退了').negative).toBe(true);
    expect(review('包装很严实，杯子一个都没碎').negative).toBe(false);
  });

  it('a concession (…，不影响使用) softens only the complaint of the clause before it, and not in a question', () => {
    const mild = analyze('有点色差，但不影响使用');
    const plain = analyze('有点色差');
    expect(mild.neg).toBeLessThan(plain.neg * 0.5);
    expect(mild.causes.length).toBeGreaterThan(0);
    expect(mild.causes.every((c) => c.conditional)).toBe(true);
    expect(analyze('有点色差，不影响吗？').neg).toBeCloseTo(plain.neg, 5);
    const v = review('有点色差，但不影响使用，就是客服态度太差了');
    expect(codes(v)[0]).toBe('bad_attitude');
  });

  it('a wave-off that closes its clause softens that clause only', () => {
    const mild = analyze('不给退也就算了');
    const plain = analyze('不给退');
    expect(mild.neg).toBeLessThan(plain.neg);
    expect(mild.causes.length).toBeGreaterThan(0);
    expect(mild.causes.every((c) => c.conditional)).toBe(true);
    // not a wave-off: a question about one
    expect(analyze('不给退也就算了？').causes.some((c) => !c.conditional)).toBe(true);
  });

  it('质量好差 is 质量 + 好差, not 质量好', () => {
    expect(review('质量好差').negative).toBe(true);
    expect(primary('质量好差，才穿几天扣子就掉了')).toBe('quality_defect');
  });
});

describe('classifyReview: needsRecovery', () => {
  it('follows the rating', () => {
    expect(review('很好', { stars: 2 }).needsRecovery).toBe(true);
    expect(review('很好', { stars: 3 }).needsRecovery).toBe(true);
    expect(review('很好', { platformLevel: 'neutral' }).needsRecovery).toBe(true);
    expect(review('很好', { stars: 5 }).needsRecovery).toBe(false);
  });

  it('catches a complaint hidden in a good rating', () => {
    expect(review('五星给快递，东西是坏的，质量太差了，要求退货', { stars: 5 }).needsRecovery).toBe(true);
  });
});

describe('hostile input and determinism', () => {
  it('never throws on odd input and stays in range', () => {
    const odd: unknown[] = ['', ' ', '\u0000\uFFFF', '\uD800', '😀'.repeat(3000), '<script>alert(1)</script>差', 123, null, undefined, {}];
    for (const t of odd) {
      const v = classifyReview({ text: t as string });
      expect(v.score).toBeGreaterThanOrEqual(0);
      expect(v.score).toBeLessThanOrEqual(1);
      const m = classifyMessage(t as string);
      expect(Array.isArray(m.intents)).toBe(true);
    }
    expect(() => classifyReview(undefined as never)).not.toThrow();
  });

  it('handles 10,000 characters and only reads the first 5,000', () => {
    const v = review('质量很好，'.repeat(2000));
    expect(v.negative).toBe(false);
    // a complaint after the cap is not seen
    expect(review('x'.repeat(6000) + '质量很差').negative).toBe(false);
  });

  it('ignores HTML markup around the words', () => {
    expect(review('<div class="x">质量很差</div>').negative).toBe(true);
  });

  it('is deterministic', () => {
    const text = '衣服有色差，物流也慢，客服不理人';
    expect(JSON.stringify(review(text))).toBe(JSON.stringify(review(text)));
    expect(JSON.stringify(classifyMessage(text))).toBe(JSON.stringify(classifyMessage(text)));
  });
});

describe('classifyMessage', () => {
  const top = (t: string) => classifyMessage(t).intents[0]?.code;
  it('finds the main intent', () => {
    expect(top('你好 这个还有货吗')).toBe('presale_stock');
    expect(top('165穿什么码')).toBe('presale_size');
    expect(top('什么时候发货')).toBe('shipping_time');
    expect(top('快递到哪了')).toBe('logistics_query');
    expect(top('我要退货')).toBe('return_refund');
    expect(top('能开发票吗')).toBe('invoice');
    expect(top('怎么修改评价')).toBe('review_related');
    expect(top('这个怎么安装')).toBe('usage_help');
    expect(top('在吗')).toBe('greeting');
    expect(top('地址写错了 能改一下吗')).toBe('order_change');
    expect(top('有优惠券吗')).toBe('presale_promotion');
    expect(top('這個是什麼材質的')).toBe('presale_product');
  });

  it('keeps an opening greeting next to the question, drops a trailing 亲', () => {
    const a = classifyMessage('你好 这个还有货吗').intents.map((i) => i.code);
    expect(a).toEqual(expect.arrayContaining(['presale_stock', 'greeting']));
    expect(classifyMessage('能便宜点吗亲').intents.map((i) => i.code)).not.toContain('greeting');
  });

  it('plain questions are not negative, complaints are, with their cause', () => {
    expect(classifyMessage('在吗').negative).toBe(false);
    expect(classifyMessage('什么时候发货').negative).toBe(false);
    const c = classifyMessage('发错颜色了 我要的是白色');
    expect(c.negative).toBe(true);
    expect(c.intents.map((i) => i.code)).toContain('complaint');
    expect(c.cause?.code).toBe('wrong_or_missing_item');
    expect(c.cause?.spans[0]?.text).toBe('发错颜色');
  });

  it('carries several intents', () => {
    const v = classifyMessage('质量太差 我要退货').intents.map((i) => i.code);
    expect(v).toEqual(expect.arrayContaining(['complaint', 'return_refund']));
    for (const c of v) expect(INTENT_CODES).toContain(c);
  });
});

describe('classifyReview: cause mechanisms for unseen wording (round 3)', () => {
  const primary = (text: string) => review(text).causes[0]?.code;

  it('a request nobody took up for days is a slow reply, not a slow parcel', () => {
    expect(primary('退款申请三天了还是没人处理')).toBe('slow_reply');
    expect(primary('五天了还在中转')).toBe('slow_logistics');
  });

  it('any kind of picture is a listing reference (效果图, 试色图)', () => {
    expect(codes(review('沙发跟效果图差了一大截，失望'))).toContain('not_as_described');
  });

  it('a hole in the parcel is transit damage, and so is breakage told beside it', () => {
    expect(primary('纸箱侧面一个大洞，台灯灯罩裂了')).toBe('damaged_or_lost');
  });

  it('breakage beside packing too poor to protect the goods happened on the way', () => {
    expect(primary('里面没有任何泡沫，屏幕角被顶裂了')).toBe('damaged_or_lost');
    expect(primary('屏幕角被顶裂了')).toBe('quality_defect');
  });

  it('a complaint about packing with nothing broken or lost names no transit damage', () => {
    expect(codes(review('包装太差了，就一个纸盒，里面连气囊都没有'))).not.toContain('damaged_or_lost');
    expect(primary('包装太差了，杯子碎了一个')).toBe('damaged_or_lost');
  });

  it('pieces of one order that differ among themselves are a defect; the shape alone makes nothing negative', () => {
    expect(primary('两只袜子长短不一样，差评')).toBe('quality_defect');
    const mild = analyze('苹果大小不一').causes.find((c) => c.code === 'quality_defect');
    expect(mild?.conditional).toBe(true);
    expect(review('苹果大小不一，但很甜').negative).toBe(false);
  });

  it("the buyer's diagnosis and a verdict on the goods lead over the symptoms", () => {
    expect(primary('耳机没声音了，估计是路上摔的')).toBe('damaged_or_lost');
    expect(primary('充不进电，假货吧')).toBe('not_as_described');
    expect(primary('充不进电，电池不行')).toBe('quality_defect');
  });

  it('an added complaint (…，还不能退) weighs less than when told alone', () => {
    const weightOf = (text: string) => analyze(text).causes.find((c) => c.code === 'policy_misunderstanding')?.weight ?? 0;
    const alone = weightOf('还不能退');
    expect(alone).toBeGreaterThan(0);
    expect(weightOf('葡萄又小又酸，还不能退')).toBeCloseTo(alone * 0.6, 5);
  });

  it('还是 (still) and 还没 (not yet) add no complaint: the defect after a slow delivery keeps its weight', () => {
    const defectWeight = (text: string) => analyze(text).causes.find((c) => c.code === 'quality_defect')?.weight ?? 0;
    expect(defectWeight('等了一个星期才到，还是坏的')).toBeCloseTo(defectWeight('还是坏的'), 5);
    expect(defectWeight('拖了五天才发货，还没用就坏了')).toBeCloseTo(defectWeight('还没用就坏了'), 5);
    expect(codes(review('等了一个星期才到，还是坏的'))).toContain('quality_defect');
  });

  it('what the shop promised is no listing claim', () => {
    expect(codes(review('客服说会补发，到现在也没见到，失望'))).not.toContain('not_as_described');
  });

  it('bare slowness is the delivery, slowness of a function is a defect', () => {
    expect(primary('这是我网购最慢的一次')).toBe('slow_logistics');
    expect(codes(review('平板开机慢死了'))).not.toContain('slow_logistics');
  });
});
