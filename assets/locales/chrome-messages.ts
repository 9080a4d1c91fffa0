import { enPage } from './en/page';
import { enUi } from './en/ui';
import { zhCNPage } from './zh-CN/page';
import { zhCNUi } from './zh-CN/ui';

/** Strings the manifest itself shows (extension name, description, command). */
const MANIFEST_MESSAGES = {
  zh_CN: {
    extName: 'Kefu Lens 客服助手',
    extDescription: '电商客服与售后助手：标出中差评及原因，快捷回复，工单与回访提醒，数据只保存在本机。',
    commandOpenQuickReplies: '打开快捷回复',
  },
  en: {
    extName: 'Kefu Lens',
    extDescription: 'For e-commerce customer-service agents: flags negative reviews with their cause, quick replies, cases and follow-up reminders, all on your machine.',
    commandOpenQuickReplies: 'Open quick replies',
  },
};

/** A catalog key as Chrome's i18n accepts it (letters, digits and `_`). */
export const chromeMessageName = (key: string) => key.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * The `_locales/<lang>/messages.json` files, generated at build time from the typed catalogs: Chrome
 * then hands the content script the active language's seller-page strings, and no catalog is
 * bundled into it. zh_CN is the default locale.
 */
export function chromeLocaleFiles(): Array<{ relativeDest: string; contents: string }> {
  const catalogs = {
    zh_CN: { ...zhCNPage, ...zhCNUi },
    en: { ...enPage, ...enUi },
  };
  return Object.entries(catalogs).map(([lang, catalog]) => {
    const messages: Record<string, { message: string }> = {};
    for (const [key, message] of Object.entries({ ...catalog, ...MANIFEST_MESSAGES[lang as keyof typeof MANIFEST_MESSAGES] })) {
      // `$` starts a placeholder in Chrome's message format; our own `{name}` parameters pass through.
      messages[chromeMessageName(key)] = { message: message.replaceAll('$', '$$$$') };
    }
    return { relativeDest: `_locales/${lang}/messages.json`, contents: `${JSON.stringify(messages, null, 2)}\n` };
  });
}
