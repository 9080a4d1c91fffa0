/**
 * The patterns of the compliance guard, written for the compacted text (see normalize.ts): Simplified,
 * lower-case, no spaces between Chinese characters, no punctuation, '|' at sentence ends, '¥' for money signs.
 * Regexes are built lazily on the first check so importing the module costs nothing.
 */

const NUM = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百几]+)';
const REVIEW = '(?:差评|中评|好评|评价|评论|点评|评分|追评|cp|zp|hp)';
const CHANGE_VERB = '(?:修改|更改|改掉|改|删除|删掉|删|撤销|撤回|撤掉|撤|取消|去掉|隐藏)';

/** A benefit: money, red packets, coupons, gifts, refunds, points, free orders, abbreviations. */
const BENEFIT = [
  '返现金?', '返钱', '返款', '返利', '返红包', '返还',
  '现金', '红包', 'hb', 'fx', 'zfb', 'yhq', 'jf', '支付宝', '微信转账?', '(?:vx|wx|v信|微信)(?:转账?|红包|返)', '转账', '转给?[你您]',
  '打款', '佣金', '好处费?', '奖励', '奖金', '奖品', '抽奖',
  `¥${NUM}?`, `${NUM}(?:元|块钱?|圆|rmb|米|毛|刀)`,
  '优惠券', '代金券', '购物券', '无门槛', '券',
  '礼品', '礼物', '赠品', '小礼', '礼包', '礼(?![貌节仪拜])', '赠送', '小样', '积分',
  '免单', '包邮', '免邮', '免费',
  '全额退款?', '部分退款?', '退款', '退钱', '退[你您]', '退给', '退还', `退${NUM}`, '退点钱?', '全退', '退差价', '惊喜', '福利',
  '补偿', '赔偿', '补贴', '赔付', '报销',
  '折扣', '打折', '[一二三四五六七八九\\d]折',
  '领取', '领奖', '兑换', '(?<!价)钱',
  '返(?![回修厂工程航乡校聘件寄给])', '送(?![货达到出件修检])',
].join('|');

/** Changing or deleting a review (either word order). */
const CHANGE = [
  `${CHANGE_VERB}(?:一下|下|掉|成|为|个|了)*(?:[你您]的|这个|那个|这条|该|个)?(?:(?:五星|5星|五颗星|满分)${REVIEW}?|${REVIEW})`,
  `${CHANGE_VERB}评`,
  `(?:差评|中评|评价|评论|评分|cp|zp)(?:能不能|可不可以|能|可以|给|帮忙?|麻烦|必|都|就)?(?:我们)?${CHANGE_VERB}`,
  `(?:改|修改|更改|删|删除|撤销)(?:完|好|了)?(?:之?后|以后)`,
].join('|');

/** Writing a good review, stars, photos, follow-ups: what 好评返现 pays for. */
const SOLICIT = [
  `(?:全|给个?|打个?|写个?|留个?|点个?|来个?|求个?|帮忙|麻烦)?(?:五星|5星|五颗星|5颗星|满分|[五5]分(?!钟))(?:好评|评价)?`,
  '带图(?:好评|评价)', '晒图(?![看给一])', '晒单', '图文(?:好评|评价)', '追加评价', '追评', '好评(?!率|如潮|不断|榜|度|数|量|超|过万|条|无数|多多)', 'wxhp', 'hp',
  '(?:给|打|写|留|点|来|求)(?:个|一个|一下|下|我们|店铺)(?:评价|评论)',
].join('|');

/** Plain "review" words: linked to a benefit only by an explicit condition ("评价后返", "评价完领"). */
const WEAK = '(?:评价|评论|点评|评分)(?:完成?|好了|成功|之?后|以后|了)?';

/** A screenshot of the review handed to the shop: the classic 好评返现 lure even when no amount is named. */
const SHOT = '(?:好评|评价|五星|晒图|追评|评论)(?:完|后|之后)?截图(?:[^|]{0,6}?)(?:联系|私聊?|找|发给?|加|给)(?:客服|我们|掌柜|店家|微信|vx|wx|v)?|截图(?:好评|评价)';

/** "不管…都/也/照样": the remedy holds whatever the review ("无论如何改好评返现" has no 都 and is no negation). */
const STILL = '(?=[^|]{0,16}?(?:都|也|照样|一样|照常|依然|仍然))';

/** The speaker says benefits and reviews are unrelated. A review word inside one of these is not a review action. */
const UNRELATED = [
  `(?:与|和|跟|同)(?:[你您]的?)?${REVIEW}(?:无关|没有?任?何?关系|没关系|不挂钩|无任何关系|不相关)`,
  `(?:不管|无论|不论)[你您]?(?:怎么|如何|怎样|是否|会不会|给不给|改不改|删不删|给什么|打几星|给几星|给几分)(?:修改|更改|改|删除|删|撤销|给|打|写|评)?(?:什么|个)?${REVIEW}?${STILL}`,
  `(?:不管|无论|不论)[你您]?的?${REVIEW}(?:如何|怎样|怎么样|好坏|是什么|与否|高低)${STILL}`,
  `(?:不管|无论|不论)[你您]?(?:给|打)?(?:好评|中评|差评)(?:还是|或者?)(?:好评|中评|差评)${STILL}`,
  `(?:不需要|不用|无需|不必|不要求|不会要求|不强求|不勉强|不影响|不以)[你您]?(?:修改|更改|改|删除|删|撤销|追加|给|写|打)?(?:任何)?${REVIEW}`,
  `${REVIEW}(?:[你您]?随意|自愿|完全自愿|由[你您]决定|[你您]自己决定|按真实感受|请按?[你您]?的?真实)`,
  '改不改|删不删|评不评|给不给好评',
].join('|');

/** A neutral, optional invitation ("如果满意可以更新评价"): does not link to a benefit said before it. */
const NEUTRAL_INVITE =
  '(?:如果|如|若|要是|假如|倘若)[你您]?(?:对[^|]{0,10})?(?:满意|愿意|方便|认可|觉得可以|觉得还行)[^|]{0,10}?(?:更新|修改|追加|补充|调整)(?:一下|下)?(?:[你您]的)?(?:评价|评论)';

/** A negator right before a match ("本店不搞好评返现"). */
const NEGATED_BEFORE = '(?:不|没有?|禁止|严禁|拒绝|杜绝|不会|不能|不得|无)(?:搞|做|参与|提供|有|任何|会|进行|存在|支持)*$';

// English (Amazon). Run on the lower-cased original text.
const EN_COMP =
  "(?<![a-z])(?:full refunds?|partial refunds?|refunds?|refunded|rebates?|reimburse\\w*|gift ?cards?|coupons?|discount(?: codes?)?|vouchers?|promo codes?|free (?:products?|items?|gifts?|units?|samples?|replacements?)|cash ?back|cash|money|paypal|venmo|compensat\\w*|bonus|rewards?|gifts?|\\$\\s?\\d+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?\\s?(?:dollars|usd|bucks|euros?|pounds))(?![a-z])";
const EN_CHANGE =
  '(?<![a-z])(?:(?:remov|delet|chang|updat|revis|edit|modif|amend|upgrad|rais|improv)[a-z]*|(?:take|taking|took) down|withdraw[a-z]*|retract[a-z]*|bump[a-z]* up)\\s+(?:(?:your|the|that|this|my|our|its)\\s+)?(?:(?:negative|bad|poor|low|critical|1|one|2|two|3|three)[- ]?(?:star\\s+)?)?(?:review|feedback|rating)s?(?![a-z])|(?<![a-z])(?:review|feedback|rating)s?(?:\\s+(?:is|was|gets?|got|be|been))?\\s+(?:removed|deleted|taken down|changed|updated|revised)';
const EN_POSITIVE =
  '(?<![a-z])(?:(?<!thank you |thanks )for (?:your|a|an) (?:honest |positive |good |great |5-star |five-star )?reviews?|(?:leave|write|post|give|submit)\\s+(?:us\\s+)?(?:a|an|your)?\\s*(?:[a-z-]+\\s+)?(?:review|feedback|rating)s?\\s+(?:to|and)\\s+(?:get|receive|earn|claim|enjoy|win)|(?:5|five)[- ]?stars?|positive (?:review|feedback|rating)s?|good (?:review|feedback|rating)s?|great reviews?|glowing reviews?|nice reviews?)(?![a-z])';
const EN_REQUEST =
  '(?:please|pls|could you|can you|would you|kindly|if you (?:could|can|would)|appreciate (?:it )?if|ask(?:ing)? you to|would be grateful|consider|mind|we need you to|you need to|you should)[^.!?]{0,40}$';
const EN_UNRELATED =
  "(?<![a-z])(?:regardless of|whether or not|no matter (?:how|what)|not conditional|nothing to do with|independent(?:ly)? of|irrespective of|(?:does|do|will) not depend|doesn't depend|not in exchange|no strings attached|either way|in any case|whatever you decide)(?![a-z])";

export interface Rules {
  benefit: RegExp;
  change: RegExp;
  solicit: RegExp;
  weak: RegExp;
  shot: RegExp;
  unrelated: RegExp;
  neutralInvite: RegExp;
  negatedBefore: RegExp;
  enComp: RegExp;
  enChange: RegExp;
  enPositive: RegExp;
  enRequest: RegExp;
  enUnrelated: RegExp;
}

let rules: Rules | undefined;

export function getRules(): Rules {
  if (rules) return rules;
  const g = (s: string): RegExp => new RegExp(s, 'g');
  rules = {
    benefit: g(BENEFIT),
    change: g(CHANGE),
    solicit: g(SOLICIT),
    weak: g(WEAK),
    shot: g(SHOT),
    unrelated: g(UNRELATED),
    neutralInvite: g(NEUTRAL_INVITE),
    negatedBefore: new RegExp(NEGATED_BEFORE),
    enComp: g(EN_COMP),
    enChange: g(EN_CHANGE),
    enPositive: g(EN_POSITIVE),
    enRequest: new RegExp(EN_REQUEST),
    enUnrelated: new RegExp(EN_UNRELATED),
  };
  return rules;
}
