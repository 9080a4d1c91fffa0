/**
 * Puts text into a page's input so that the page's own framework accepts it (React, Vue, Quill,
 * Draft.js, Lexical, Slate, ProseMirror, web components). Pure DOM: no platform knowledge; an
 * adapter may pass its own strategy order.
 *
 * Each strategy is verified by reading the editor back; a strategy that left the text unchanged
 * hands over to the next one, one that changed it wrongly is rolled back first.
 */

export const INSERT_STRATEGIES = ['value-setter', 'exec-command', 'paste', 'before-input'] as const;
export type InsertStrategy = (typeof INSERT_STRATEGIES)[number];

/** Field controls hold their text in `.value`; everything else is a contenteditable. */
type FieldControl = HTMLTextAreaElement | HTMLInputElement;
export type Editable = FieldControl | HTMLElement;

export function isFieldControl(el: Element): el is FieldControl {
  return el.localName === 'textarea' || el.localName === 'input';
}

/**
 * The element that really holds the text: `target` itself, an editable inside it, or one inside
 * its open shadow root(s) (web components such as Amazon's `kat-textarea`).
 */
export function editableOf(target: Element): Editable | null {
  if (isFieldControl(target) || (target instanceof HTMLElement && target.isContentEditable)) return target as Editable;
  const scopes: ParentNode[] = [target];
  if (target.shadowRoot) scopes.unshift(target.shadowRoot);
  for (const scope of scopes) {
    const inner = scope.querySelector('textarea, input:not([type]), input[type="text"], input[type="search"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]');
    if (inner instanceof HTMLElement) return inner;
    for (const el of scope.querySelectorAll('*')) {
      const nested = el.shadowRoot ? editableOf(el) : null;
      if (nested) return nested;
    }
  }
  return null;
}

/** Strategies worth trying for this kind of editable, in order. */
export function defaultStrategies(editable: Editable): readonly InsertStrategy[] {
  // Controlled textareas (React, Vue) accept the native setter; execCommand keeps the undo stack
  // where the setter does not revert. Rich editors handle a paste or beforeinput themselves; a plain
  // contenteditable handles none of them and takes execCommand.
  return isFieldControl(editable) ? ['value-setter', 'exec-command'] : ['exec-command', 'paste', 'before-input'];
}

const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul']);

/**
 * The text of a contenteditable (or a fragment of it) as the agent sees it, one `\n` per line
 * break: every block is a line, `<br>` ends a line, the placeholder `<br>` of an empty block or of
 * the end of a line adds nothing.
 */
export function readEditableText(root: Node): string {
  const lines: string[] = [];
  let open = false;
  const addText = (text: string) => {
    if (!open) {
      lines.push('');
      open = true;
    }
    lines[lines.length - 1] += text;
  };
  const endLine = () => {
    if (!open) lines.push('');
    open = false;
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data.replace(/\u00a0/g, ' ').replace(/\u200b|\ufeff/g, '');
        // Source formatting between blocks is not text the agent typed.
        if (data === '' || (/^\s*\n\s*$/.test(data) && !open)) continue;
        const parts = data.split('\n');
        parts.forEach((part, index) => {
          if (index > 0) endLine();
          if (part) addText(part);
        });
      } else if (child instanceof Element) {
        const tag = child.localName;
        if (tag === 'br') endLine();
        else if (BLOCK_TAGS.has(tag)) {
          open = false;
          walk(child);
          open = false;
        } else walk(child);
      }
    }
  };
  walk(root);
  return lines.join('\n');
}

export interface Snapshot {
  /** Whole text now. */
  text: string;
  /** Text before the selection, the selection, and after it. */
  before: string;
  after: string;
}

function fieldSetter(el: FieldControl): (value: string) => void {
  const proto = el.localName === 'textarea' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  return (value) => (setter ? setter.call(el, value) : (el.value = value));
}

function selectionRange(editable: HTMLElement): Range | null {
  const selection = editable.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return editable.contains(range.startContainer) && editable.contains(range.endContainer) ? range : null;
}

/** Reads the editable and where its selection is. */
export function snapshot(editable: Editable): Snapshot {
  if (isFieldControl(editable)) {
    const { value } = editable;
    const start = editable.selectionStart ?? value.length;
    const end = editable.selectionEnd ?? start;
    return { text: value, before: value.slice(0, start), after: value.slice(end) };
  }
  const text = readEditableText(editable);
  const range = selectionRange(editable);
  if (!range) return { text, before: text, after: '' };
  const head = editable.ownerDocument.createRange();
  head.selectNodeContents(editable);
  head.setEnd(range.startContainer, range.startOffset);
  const tail = editable.ownerDocument.createRange();
  tail.selectNodeContents(editable);
  tail.setStart(range.endContainer, range.endOffset);
  return { text, before: readEditableText(head.cloneContents()), after: readEditableText(tail.cloneContents()) };
}

/** The text before the caret (the agent's typing so far on this input). */
export function textBeforeCaret(editable: Editable): string {
  return snapshot(editable).before;
}

/** Selects `count` characters before the caret, so the next insertion replaces them. */
export function selectBeforeCaret(editable: Editable, count: number): void {
  if (count <= 0) return;
  if (isFieldControl(editable)) {
    const end = editable.selectionStart ?? editable.value.length;
    editable.setSelectionRange(Math.max(0, end - count), end);
    return;
  }
  const selection = editable.ownerDocument.getSelection();
  if (!selection) return;
  selection.collapseToStart();
  for (let i = 0; i < count; i++) selection.modify('extend', 'backward', 'character');
}

/** Places the caret at the end of the editable (when the agent never put it anywhere). */
export function caretAtEnd(editable: Editable): void {
  if (isFieldControl(editable)) {
    editable.setSelectionRange(editable.value.length, editable.value.length);
    return;
  }
  const range = editable.ownerDocument.createRange();
  range.selectNodeContents(editable);
  range.collapse(false);
  const selection = editable.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** A way to restore the selection after focus went elsewhere (our palette). */
export function saveSelection(editable: Editable): () => void {
  if (isFieldControl(editable)) {
    const start = editable.selectionStart;
    const end = editable.selectionEnd;
    return () => {
      editable.focus();
      if (start !== null && end !== null) editable.setSelectionRange(start, end);
    };
  }
  const range = selectionRange(editable)?.cloneRange() ?? null;
  return () => {
    editable.focus();
    if (!range || !editable.contains(range.startContainer)) return caretAtEnd(editable);
    const selection = editable.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  };
}

const eventInit = { bubbles: true, cancelable: true, composed: true } as const;

function tryValueSetter(editable: Editable, text: string): void {
  if (!isFieldControl(editable)) return;
  const { before, after } = snapshot(editable);
  fieldSetter(editable)(before + text + after);
  const caret = before.length + text.length;
  editable.setSelectionRange(caret, caret);
  editable.dispatchEvent(new InputEvent('input', { ...eventInit, cancelable: false, inputType: 'insertText', data: text }));
  editable.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function tryExecCommand(editable: Editable, text: string): void {
  editable.ownerDocument.execCommand('insertText', false, text);
}

function tryPaste(editable: Editable, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editable.dispatchEvent(new ClipboardEvent('paste', { ...eventInit, clipboardData: data }));
}

function tryBeforeInput(editable: Editable, text: string): void {
  editable.dispatchEvent(new InputEvent('beforeinput', { ...eventInit, inputType: 'insertText', data: text }));
}

const ATTEMPTS: Record<InsertStrategy, (editable: Editable, text: string) => void> = {
  'value-setter': tryValueSetter,
  'exec-command': tryExecCommand,
  paste: tryPaste,
  'before-input': tryBeforeInput,
};

/** Rolls a wrong attempt back to `previous`; false when that was not possible. */
function rollBack(editable: Editable, previous: Snapshot): boolean {
  if (isFieldControl(editable)) {
    fieldSetter(editable)(previous.text);
    editable.setSelectionRange(previous.before.length, previous.text.length - previous.after.length);
    editable.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
  } else {
    editable.ownerDocument.execCommand('undo');
  }
  return snapshot(editable).text === previous.text;
}

/** Lets editors that apply changes asynchronously (Lexical, Vue re-render) settle before reading back. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type InsertResult =
  | { ok: true; strategy: InsertStrategy }
  | { ok: false; reason: 'composing' | 'not-editable' | 'rejected' | 'mangled'; tried: InsertStrategy[] };

export interface InsertOptions {
  /** Strategy order; by default chosen by the kind of editable. */
  strategies?: readonly InsertStrategy[];
  /** True while an IME composition is active on the page: nothing is touched then. */
  composing?: () => boolean;
}

/**
 * Inserts `text` at the caret of `target`'s editable, replacing its selection, keeping the rest.
 * The caller focuses the editable and sets the selection first (see `saveSelection`). Never sends.
 */
export async function insertText(target: Element, text: string, options: InsertOptions = {}): Promise<InsertResult> {
  const editable = editableOf(target);
  if (!editable) return { ok: false, reason: 'not-editable', tried: [] };
  // An <input> cannot hold a line break: the setter would drop it silently.
  const value = editable.localName === 'input' ? text.replace(/\s*\n\s*/g, ' ') : text;
  const strategies = options.strategies ?? defaultStrategies(editable);
  const tried: InsertStrategy[] = [];
  for (const strategy of strategies) {
    if (options.composing?.()) return { ok: false, reason: 'composing', tried };
    // Focusing an already focused contenteditable can move its caret: only when needed.
    if (!editable.matches(':focus')) editable.focus();
    const previous = snapshot(editable);
    const expected = previous.before + value + previous.after;
    tried.push(strategy);
    try {
      ATTEMPTS[strategy](editable, value);
    } catch {
      // A strategy the browser or the page refuses (e.g. execCommand disabled) is simply skipped.
    }
    await settle();
    const now = snapshot(editable).text;
    if (now === expected) return { ok: true, strategy };
    if (now !== previous.text && !rollBack(editable, previous)) return { ok: false, reason: 'mangled', tried };
    await settle();
  }
  return { ok: false, reason: 'rejected', tried };
}

/**
 * Whether an IME composition is active on the page. Composition events are composed, so one
 * listener on the document sees those of shadow-root inputs too.
 */
export function trackComposition(doc: Document, signal: AbortSignal): () => boolean {
  let active = false;
  doc.addEventListener('compositionstart', () => (active = true), { capture: true, signal });
  doc.addEventListener('compositionend', () => (active = false), { capture: true, signal });
  return () => active;
}
