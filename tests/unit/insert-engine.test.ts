// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editableOf, insertText, readEditableText, snapshot } from '../../lib/dom/insert';

/** The parts of the engine that need no real browser; execCommand, paste and the real editors are covered in e2e. */
const html = (markup: string) => {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
};

describe('reading a contenteditable as the agent sees it', () => {
  it.each([
    ['plain text', 'abc', 'abc'],
    ['<br> line breaks', 'a<br>b<br><br>c', 'a\nb\n\nc'],
    ['a trailing placeholder <br> adds nothing', 'a<br>', 'a'],
    ['a trailing empty line (Chromium writes two <br>)', 'a<br><br>', 'a\n'],
    ['Quill paragraphs with an empty one', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['Chromium div lines after text', 'a<div>b</div><div><br></div><div>c</div>', 'a\nb\n\nc'],
    ['an empty editor', '<p><br></p>', ''],
    ['inline formatting and nbsp', '<p><strong>a</strong>&nbsp;b<span>c</span></p>', 'a bc'],
    ['source formatting between blocks', '<p>a</p>\n  <p>b</p>', 'a\nb'],
    ['escaped markup stays text', '&lt;b&gt;&amp;', '<b>&'],
  ])('%s', (_name, markup, text) => {
    expect(readEditableText(html(markup))).toBe(text);
  });
});

describe('finding the editable', () => {
  it('is the input itself, an editable inside it, or the textarea in an open shadow root', () => {
    const textarea = document.createElement('textarea');
    expect(editableOf(textarea)).toBe(textarea);
    const wrapper = html('<div class="x"><div contenteditable="true">hi</div></div>');
    expect(editableOf(wrapper)).toBe(wrapper.querySelector('[contenteditable]'));
    const host = document.createElement('kat-textarea');
    const inner = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(editableOf(host)).toBe(inner);
    expect(editableOf(html('<span>no input</span>'))).toBeNull();
  });
});

describe('inserting into a textarea', () => {
  it('replaces the selection and keeps the text around it, line breaks exact', async () => {
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    textarea.value = '亲，XX谢谢';
    textarea.setSelectionRange(2, 4);
    expect(snapshot(textarea)).toEqual({ text: '亲，XX谢谢', before: '亲，', after: '谢谢' });
    const seen: string[] = [];
    textarea.addEventListener('input', (event) => seen.push((event as InputEvent).inputType));
    const result = await insertText(textarea, '第一行\n第二行&amp;\n');
    expect(result).toEqual({ ok: true, strategy: 'value-setter' });
    expect(textarea.value).toBe('亲，第一行\n第二行&amp;\n谢谢');
    expect(textarea.selectionStart).toBe('亲，第一行\n第二行&amp;\n'.length);
    expect(seen).toEqual(['insertText']);
  });

  it('does not touch the input while an IME composition is active', async () => {
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    textarea.value = 'tui';
    expect(await insertText(textarea, '退款', { composing: () => true })).toEqual({ ok: false, reason: 'composing', tried: [] });
    expect(textarea.value).toBe('tui');
  });

  it('rolls back a strategy whose result the page changed, and reports the refusal', async () => {
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    textarea.value = 'keep';
    textarea.setSelectionRange(4, 4);
    // A page that mangles whatever arrives (e.g. escapes it) must not keep our half-inserted text.
    textarea.addEventListener('input', () => {
      if (textarea.value.includes('<')) textarea.value = textarea.value.replace('<', '&lt;');
    });
    const result = await insertText(textarea, ' <b>', { strategies: ['value-setter'] });
    expect(result).toEqual({ ok: false, reason: 'rejected', tried: ['value-setter'] });
    expect(textarea.value).toBe('keep');
  });
});
