// PDD 评价管理 「回复/互动」 dialog: a React-controlled textarea (beast-core), as on mms.pinduoduo.com.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { expose } from './shared';

let model = '';
expose({ model: () => model });

function ReplyDialog() {
  const [value, setValue] = useState('');
  model = value;
  return h(
    'div',
    { 'data-testid': 'beast-core-modal-inner', className: 'MDL_inner_5-120-0' },
    h('div', { className: 'MDL_header_5-120-0' }, '快捷回复'),
    h('textarea', {
      'data-testid': 'beast-core-textArea-htmlInput',
      className: 'TA_textarea_5-120-0',
      rows: 6,
      maxLength: 500,
      placeholder: '请输入回复内容',
      value,
      onChange: (event: { target: HTMLTextAreaElement }) => setValue(event.target.value),
    }),
    h('div', { className: 'MDL_footer_5-120-0' }, h('button', { type: 'button' }, '回复'), h('button', { type: 'button' }, '取消')),
  );
}

createRoot(document.getElementById('app')!).render(h(ReplyDialog));
