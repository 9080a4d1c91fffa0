// 快手小店 workbench input: a Quill 2 editor (div.ql-editor), as on im.kwaixiaodian.com.
import Quill from 'quill';
import { expose } from './shared';

const quill = new Quill('#editor', { placeholder: '请输入消息，Enter 发送' });
// Quill's text always ends with one newline of its own: the model is the text before it.
expose({ model: () => quill.getText().replace(/\n$/, '') });
