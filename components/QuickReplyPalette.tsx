import { useEffect, useRef, useState } from 'preact/hooks';
import type { PaletteReply } from '../lib/domain/quick-replies/filter';
import type { ReplyValues, ReplyVariable } from '../lib/domain/quick-replies/template';
import type { PageMessageKey, Translate } from '../lib/i18n';

export type PaletteList = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; replies: PaletteReply[] };

export interface QuickReplyPaletteProps {
  t: Translate<PageMessageKey>;
  list: PaletteList;
  active: number;
  /** Opened from the shortcut or the button: the palette has its own search box (else the agent types `/…` in the page's input). */
  search: { query: string; onQuery: (query: string) => void } | null;
  /** Asks for the variables the page did not show before inserting `reply`. */
  form: { reply: PaletteReply; missing: ReplyVariable[] } | null;
  message: string | null;
  onHover: (index: number) => void;
  onPick: (reply: PaletteReply) => void;
  onSubmitForm: (values: ReplyValues) => void;
  onCancelForm: () => void;
}

const OPTION_ID = 'kefu-qr-option-';

/** The quick-reply list (listbox) and, when a reply needs it, the small variables form. */
export function QuickReplyPalette(props: QuickReplyPaletteProps) {
  const { t, list, active, search, form, message } = props;
  const searchBox = useRef<HTMLInputElement>(null);
  const listBox = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!form) searchBox.current?.focus();
  }, [form === null, search === null]);
  useEffect(() => {
    listBox.current?.querySelector(`#${OPTION_ID}${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, list]);

  if (form) return <VariableForm t={t} reply={form.reply} missing={form.missing} onSubmit={props.onSubmitForm} onCancel={props.onCancelForm} />;

  const replies = list.kind === 'ready' ? list.replies : [];
  return (
    <section class="qr" data-testid="quick-replies" aria-label={t('quickReplies.title')}>
      {search && (
        <input
          ref={searchBox}
          class="qr__search"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls="kefu-qr-list"
          aria-activedescendant={replies.length > 0 ? `${OPTION_ID}${active}` : undefined}
          aria-label={t('quickReplies.search')}
          placeholder={t('quickReplies.search')}
          value={search.query}
          onInput={(event) => search.onQuery(event.currentTarget.value)}
        />
      )}
      {message && (
        <p class="qr__message" role="alert" data-testid="quick-replies-message">
          {message}
        </p>
      )}
      {list.kind === 'loading' && <p class="qr__status">{t('quickReplies.loading')}</p>}
      {list.kind === 'failed' && <p class="qr__status">{t('quickReplies.loadFailed')}</p>}
      {list.kind === 'ready' && replies.length === 0 && <p class="qr__status">{t('quickReplies.empty')}</p>}
      {replies.length > 0 && (
        <ul id="kefu-qr-list" ref={listBox} class="qr__list" role="listbox" aria-label={t('quickReplies.title')}>
          {replies.map((reply, index) => (
            <li
              key={reply.id}
              id={`${OPTION_ID}${index}`}
              class="qr__option"
              role="option"
              aria-selected={index === active}
              data-reply-id={reply.id}
              // Keep the focus (and caret) where it is: in the page's input or our search box.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => props.onHover(index)}
              onClick={() => props.onPick(reply)}
            >
              <span class="qr__head">
                <span class="qr__title">{reply.title}</span>
                <span class="qr__code">/{reply.code}</span>
              </span>
              <span class="qr__text">{reply.text}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="qr__hint">{t('quickReplies.hint')}</p>
    </section>
  );
}

function VariableForm(props: {
  t: Translate<PageMessageKey>;
  reply: PaletteReply;
  missing: ReplyVariable[];
  onSubmit: (values: ReplyValues) => void;
  onCancel: () => void;
}) {
  const { t, reply, missing } = props;
  const [values, setValues] = useState<ReplyValues>({});
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      class="qr qr--form"
      data-testid="quick-replies-form"
      aria-label={t('quickReplies.formTitle', { title: reply.title })}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onCancel();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (missing.every((variable) => (values[variable] ?? '').trim() !== '')) props.onSubmit(values);
      }}
    >
      <p class="qr__form-title">{t('quickReplies.formTitle', { title: reply.title })}</p>
      {missing.map((variable, index) => (
        <label key={variable} class="qr__field">
          <span>{t(`variable.${variable}`)}</span>
          <input
            ref={index === 0 ? first : undefined}
            type="text"
            name={variable}
            required
            maxLength={200}
            value={values[variable] ?? ''}
            onInput={(event) => setValues({ ...values, [variable]: event.currentTarget.value })}
          />
        </label>
      ))}
      <footer class="qr__form-footer">
        <button type="button" class="qr__back" onClick={props.onCancel}>
          {t('quickReplies.back')}
        </button>
        <button type="submit" class="qr__insert">
          {t('quickReplies.insert')}
        </button>
      </footer>
    </form>
  );
}
