import { describe, expect, it } from 'vitest';
import { filterReplies, type PaletteReply } from '../../lib/domain/quick-replies/filter';
import { initialsOf } from '../../lib/domain/quick-replies/initials';
import { seedLibrary } from '../../lib/domain/library/seed';
import { BUILT_IN_REPLIES } from '../../lib/domain/quick-replies/library';
import { rankReplies, type RankContext } from '../../lib/domain/quick-replies/rank';
import { conversationStage, pendingBuyerText } from '../../lib/domain/quick-replies/stage';
import { REPLY_VARIABLES, renderReply, unknownTokens, variablesOf } from '../../lib/domain/quick-replies/template';

describe('reply templates', () => {
  const template = '{买家昵称}您好，订单{订单号}的{商品}已补发，单号{快递单号}。{买家昵称}请查收';

  it('lists the variables in order of appearance, once each', () => {
    expect(variablesOf(template)).toEqual(['buyerName', 'orderId', 'product', 'trackingNumber']);
  });

  it('renders only when every variable is filled, and never leaves a placeholder', () => {
    expect(renderReply(template, { buyerName: '阿花', orderId: '1' })).toEqual({ ok: false, missing: ['product', 'trackingNumber'] });
    expect(renderReply(template, { buyerName: '阿花', orderId: '1', product: '袜子', trackingNumber: '   ' })).toEqual({ ok: false, missing: ['trackingNumber'] });
    const rendered = renderReply(template, { buyerName: '阿花', orderId: '1', product: '袜子', trackingNumber: 'SF1' });
    expect(rendered).toEqual({ ok: true, text: '阿花您好，订单1的袜子已补发，单号SF1。阿花请查收' });
  });

  it('expands values once: a hostile nickname that looks like a variable stays text', () => {
    const rendered = renderReply('{买家昵称}，您的订单{订单号}', { buyerName: '{订单号}<script>', orderId: '42' });
    expect(rendered).toEqual({ ok: true, text: '{订单号}<script>，您的订单42' });
  });

  it('keeps multi-line templates and values on one line each', () => {
    expect(renderReply('第一行\n{链接}\n第三行', { link: ' https://a.example/x \n' })).toEqual({ ok: true, text: '第一行\nhttps://a.example/x\n第三行' });
  });
});

describe('built-in replies', () => {
  it('have unique ids and codes, and only known variables', () => {
    expect(new Set(BUILT_IN_REPLIES.map((reply) => reply.id)).size).toBe(BUILT_IN_REPLIES.length);
    expect(new Set(BUILT_IN_REPLIES.map((reply) => reply.code)).size).toBe(BUILT_IN_REPLIES.length);
    for (const reply of BUILT_IN_REPLIES) expect(unknownTokens(reply.text), reply.id).toEqual([]);
  });

  it('use every variable somewhere, and public review replies name no person or order', () => {
    // The seeded library as a whole (these plus the playbook's replies) uses every variable.
    const used = new Set(seedLibrary().replies.flatMap((reply) => variablesOf(reply.text)));
    expect([...used].sort()).toEqual([...REPLY_VARIABLES].sort());
    for (const reply of BUILT_IN_REPLIES.filter((r) => r.stages.includes('review'))) {
      expect(variablesOf(reply.text), reply.id).not.toContain('buyerName');
      expect(variablesOf(reply.text), reply.id).not.toContain('orderId');
    }
  });

  it('never tie compensation to a review (platform rules)', () => {
    for (const reply of BUILT_IN_REPLIES) expect(reply.text, reply.id).not.toMatch(/(好评|改评|删评|追评|差评).{0,12}(返|送|券|红包|补偿)|(返|送|券|红包|补偿).{0,12}(好评|改评|删评)/);
  });
});

describe('palette filter', () => {
  const palette: PaletteReply[] = BUILT_IN_REPLIES.map((reply) => ({
    id: reply.id,
    code: reply.code,
    title: reply.title,
    text: reply.text,
    initials: initialsOf(reply.title),
    variables: variablesOf(reply.text),
  }));

  it('computes pinyin initials of titles', () => {
    expect(initialsOf('退款进度')).toBe('tkjd');
    expect(initialsOf('评价回复·质量问题')).toBe('pjhf·zlwt');
  });

  it('finds 退款… by its initials, a reply by its exact code first, and by text', () => {
    expect(filterReplies(palette, 'tk')[0]?.title).toBe('退款进度');
    expect(filterReplies(palette, 'TK')[0]?.title).toBe('退款进度');
    expect(filterReplies(palette, 'ship')[0]?.id).toBe('builtin:ship-time');
    expect(filterReplies(palette, '运费').map((reply) => reply.id)).toContain('builtin:quality');
    expect(filterReplies(palette, 'zzzz')).toEqual([]);
  });

  it('keeps the context order when nothing is typed', () => {
    expect(filterReplies(palette, '')).toEqual(palette);
  });
});

describe('ranking by context', () => {
  const base: RankContext = { intents: [], stage: 'handling', uses: new Map(), now: 1_000_000_000 };
  const top = (context: RankContext, n = 1) => rankReplies(BUILT_IN_REPLIES, context).slice(0, n).map((reply) => reply.id);

  it('puts replies for the cause of the complaint first', () => {
    expect(top({ ...base, cause: 'damaged_or_lost', intents: ['complaint'] })).toEqual(['builtin:damaged']);
    expect(top({ ...base, cause: 'usage_misunderstanding', intents: ['usage_help'] })).toEqual(['builtin:usage']);
  });

  it('on a review page, public review replies come first', () => {
    expect(top({ ...base, stage: 'review', cause: 'slow_logistics' })).toEqual(['builtin:review-logistics']);
    expect(rankReplies(BUILT_IN_REPLIES, { ...base, stage: 'review' })[0]?.stages).toContain('review');
  });

  it('follows the stage: greeting to open, thanks to close', () => {
    expect(top({ ...base, stage: 'opening', intents: ['greeting'] })).toEqual(['builtin:greeting']);
    expect(top({ ...base, stage: 'closing', intents: ['greeting'] })).toEqual(['builtin:thanks']);
  });

  it('breaks ties with the agent’s own recent use', () => {
    const uses = new Map([['builtin:resend-all', { id: 'builtin:resend-all', count: 1, lastUsedAt: base.now - 1000 }]]);
    const context = { ...base, cause: 'wrong_or_missing_item' as const, intents: ['complaint' as const] };
    expect(top(context, 2)).toEqual(['builtin:wrong-item', 'builtin:resend-all']);
    expect(top({ ...context, uses }, 2)).toEqual(['builtin:resend-all', 'builtin:wrong-item']);
  });
});

describe('conversation stage', () => {
  it('opening until the shop answers, closing on the buyer’s thanks, handling otherwise', () => {
    expect(conversationStage([{ sender: 'buyer', text: '在吗' }])).toBe('opening');
    expect(conversationStage([{ sender: 'buyer', text: '在吗' }, { sender: 'robot', text: '您好' }, { sender: 'buyer', text: '快递到哪了' }])).toBe('handling');
    expect(conversationStage([{ sender: 'buyer', text: '快递到哪了' }, { sender: 'agent', text: '明天到' }, { sender: 'buyer', text: '好的谢谢' }])).toBe('closing');
  });

  it('classifies what the buyer said since the last answer', () => {
    const messages = [
      { sender: 'buyer', text: '在吗' },
      { sender: 'agent', text: '在的' },
      { sender: 'buyer', text: '杯子碎了' },
      { sender: 'buyer', text: '怎么办' },
    ] as const;
    expect(pendingBuyerText(messages)).toBe('杯子碎了\n怎么办');
    expect(pendingBuyerText([...messages, { sender: 'agent', text: '马上补发' }])).toBe('在吗\n杯子碎了\n怎么办');
  });
});
