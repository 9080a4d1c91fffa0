// 京东咚咚 input: a plain contenteditable (.EditorContent), as on dongdong.jd.com. The app keeps
// the text it will send from the editor's input events.
import { expose } from './shared';

const editor = document.querySelector<HTMLElement>('.EditorContent')!;
let model = '';
editor.addEventListener('input', () => (model = editor.innerText.replace(/\n$/, '')));
expose({ model: () => model });
