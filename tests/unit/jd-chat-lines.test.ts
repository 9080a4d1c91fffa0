// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jd } from '../../lib/sites/jd';

const bubble = (content: string) =>
  `<div class="message"><div class="message_left"><div class="message__time_str">2026-09-08 17:40:45</div><div class="message__content">${content}</div></div></div>`;

function readOne(content: string) {
  document.body.innerHTML = `<div id="t-chat-scroll">${bubble(content)}</div>`;
  const chat = jd.chat!;
  return chat.readMessage(chat.findItems(document)[0]!)?.text;
}

describe('京东咚咚: line breaks in a message', () => {
  it('keeps each <br> as a line break, nested or not, and drops the spaces around it', () => {
    expect(readOne('订单号：289374651023<br>我收到的机器开机就有异响')).toBe('订单号：289374651023\n我收到的机器开机就有异响');
    expect(readOne('<span>第一行 </span><br><span><b>第二行</b><br/> 第三行</span>')).toBe('第一行\n第二行\n第三行');
  });

  it('reads a message without <br> as before, and HTML-looking text stays text', () => {
    expect(readOne('滤芯多久  换一次？')).toBe('滤芯多久 换一次？');
    expect(readOne('&lt;br&gt;不是换行')).toBe('<br>不是换行');
  });
});
