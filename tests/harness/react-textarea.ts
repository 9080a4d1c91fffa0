// PDD 评价管理 「回复/互动」 dialog: a React-controlled textarea (beast-core), as on mms.pinduoduo.com.
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { expose } from './shared';

let model = '';
expose({ model: () => model });

/** On a page that lists reviews, the dialog opens from a row's 「回复/互动」 link, as on the real page. */
const REPLY_LINK = 'a[data-testid="beast-core-button-link"]';
const listsReviews = document.querySelector(REPLY_LINK) !== null;

function ReplyDialog() {
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(!listsReviews);
  model = value;
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest(REPLY_LINK) : null;
      if (link?.textContent?.trim() === '回复/互动') setOpen(true);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  if (!open) return null;
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
    h('div', { className: 'MDL_footer_5-120-0' }, h('button', { type: 'button' }, '回复'), h('button', { type: 'button', onClick: () => setOpen(false) }, '取消')),
  );
}

createRoot(document.getElementById('app')!).render(h(ReplyDialog));
