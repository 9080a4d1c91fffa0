// Amazon Seller Central messaging: the Katal `kat-textarea` web component, its real <textarea> in
// an open shadow root. The component's `value` follows the inner textarea's (composed) input events.
import { expose } from './shared';

class KatTextarea extends HTMLElement {
  #value = '';
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const textarea = document.createElement('textarea');
    textarea.rows = 6;
    textarea.placeholder = 'Type your message';
    textarea.addEventListener('input', () => {
      this.#value = textarea.value;
      this.dispatchEvent(new CustomEvent('change', { detail: { value: this.#value } }));
    });
    root.append(textarea);
  }
  get value() {
    return this.#value;
  }
}
customElements.define('kat-textarea', KatTextarea);
expose({ model: () => document.querySelector<KatTextarea>('kat-textarea')!.value });
