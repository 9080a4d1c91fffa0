import { browser } from 'wxt/browser';
import { chromeMessageName } from '../assets/locales/chrome-messages';
import { enPage } from '../assets/locales/en/page';
import { enUi } from '../assets/locales/en/ui';
import { zhCNPage, type PageMessageKey } from '../assets/locales/zh-CN/page';
import { zhCNUi, type UiMessageKey } from '../assets/locales/zh-CN/ui';

export type { PageMessageKey, UiMessageKey };
export type MessageKey = PageMessageKey | UiMessageKey;

/** Translates a key of one catalog; a translator of more keys can stand in for one of fewer. */
export type Translate<K extends string = MessageKey> = (key: K, params?: Record<string, string | number>) => string;

/** Chinese first: English only for a browser whose language is English. */
export function pickLocale(language: string): 'zh-CN' | 'en' {
  return /^en\b/i.test(language) ? 'en' : 'zh-CN';
}

const fill = (message: string, params?: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params?.[name] ?? placeholder));

function translator<K extends string>(messages: Record<K, string>): Translate<K> {
  return (key, params) => fill(messages[key], params);
}

/** The seller-page catalog in the language of `language` (served to content scripts by the background). */
export function pageMessages(language: string): Record<PageMessageKey, string> {
  return pickLocale(language) === 'en' ? enPage : zhCNPage;
}

/**
 * For seller pages: the content script carries no catalog. It gets the page catalog of the
 * agent's language from the background; if that fails, Chrome's own i18n (the `_locales` files
 * generated from the same catalogs, zh_CN being the default) still speaks for it.
 */
export async function loadPageTranslator(fetchMessages: () => Promise<Record<string, string>>): Promise<Translate<PageMessageKey>> {
  try {
    const messages = await fetchMessages();
    return (key, params) => fill(messages[key] ?? key, params);
  } catch {
    // WXT types getMessage by hand-written _locales only; ours are generated at build time.
    const getMessage = browser.i18n.getMessage as (name: string) => string;
    return (key, params) => fill(getMessage(chromeMessageName(key)) || key, params);
  }
}

/** For the extension's own pages: every message. */
export function createTranslator(language: string = navigator.language): Translate {
  return translator<MessageKey>(pickLocale(language) === 'en' ? { ...enPage, ...enUi } : { ...zhCNPage, ...zhCNUi });
}
