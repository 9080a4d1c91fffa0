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

function translator<K extends string>(messages: Record<K, string>): Translate<K> {
  return (key, params) => messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params?.[name] ?? placeholder));
}

/** For seller pages: the content script bundles only the page catalogs. */
export function createPageTranslator(language: string = navigator.language): Translate<PageMessageKey> {
  return translator(pickLocale(language) === 'en' ? enPage : zhCNPage);
}

/** For the extension's own pages: every message. */
export function createTranslator(language: string = navigator.language): Translate {
  return translator<MessageKey>(pickLocale(language) === 'en' ? { ...enPage, ...enUi } : { ...zhCNPage, ...zhCNUi });
}
