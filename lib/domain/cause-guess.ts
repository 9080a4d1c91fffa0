import type { CauseCode } from './taxonomy';

/**
 * First cause guess from a small keyword table. A placeholder until the classifier (issue 5) lands:
 * it knows only the plainest buyer words, first match in table order wins.
 */
const KEYWORDS: ReadonlyArray<readonly [CauseCode, readonly string[]]> = [
  ['damaged_or_lost', ['破损', '压坏', '摔坏', '碎了', '没收到', '丢件', '漏液']],
  ['wrong_or_missing_item', ['发错', '错发', '少发', '漏发', '少了', '缺件', '没有赠品']],
  ['not_as_described', ['色差', '不符', '与描述', '和图片', '跟图片', '货不对板', '假货', '尺码偏', '偏大', '偏小']],
  ['quality_defect', ['坏了', '质量', '不转', '不能用', '开不了机', '掉色', '起球', '异味', '烂', '漏水', '关机', '卡顿']],
  ['slow_logistics', ['物流', '发货慢', '快递慢', '才发货', '几天才到', '太慢']],
  ['bad_attitude', ['态度', '敷衍', '推诿', '爱答不理']],
  ['slow_reply', ['不回复', '不理人', '没人回', '回复慢']],
  ['usage_misunderstanding', ['不会用', '怎么用', '看不懂说明', '安装不上']],
  ['policy_misunderstanding', ['优惠券', '运费险', '价保', '发票', '赠品规则']],
  ['price', ['降价', '贵了', '不值', '性价比']],
];

export function guessCause(text: string): CauseCode {
  for (const [cause, words] of KEYWORDS) {
    if (words.some((word) => text.includes(word))) return cause;
  }
  return 'other';
}
