import { en } from '../assets/locales/en';
import { zhCN, type MessageKey } from '../assets/locales/zh-CN';

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Chinese first: English only for a browser whose language is English. */
export function pickLocale(language: string): 'zh-CN' | 'en' {
  return /^en\b/i.test(language) ? 'en' : 'zh-CN';
}

export function createTranslator(language: string = navigator.language): Translate {
  const messages: Record<MessageKey, string> = pickLocale(language) === 'en' ? en : zhCN;
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(params?.[name] ?? placeholder));
}
