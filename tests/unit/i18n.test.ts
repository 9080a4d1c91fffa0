import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enPage } from '../../assets/locales/en/page';
import { enUi } from '../../assets/locales/en/ui';
import { zhCNPage } from '../../assets/locales/zh-CN/page';
import { zhCNUi } from '../../assets/locales/zh-CN/ui';
import { CAUSE_CODES } from '../../lib/domain/taxonomy';
import { PLATFORM_IDS } from '../../lib/domain/platforms';
import { createPageTranslator, createTranslator, pickLocale } from '../../lib/i18n';

describe('i18n', () => {
  it('speaks Chinese first: English only for English browsers', () => {
    expect(pickLocale('zh-CN')).toBe('zh-CN');
    expect(pickLocale('zh-TW')).toBe('zh-CN');
    expect(pickLocale('ja')).toBe('zh-CN');
    expect(pickLocale('en-US')).toBe('en');
  });

  it('fills parameters and leaves unknown ones visible', () => {
    const t = createTranslator('zh-CN');
    expect(t('panel.saved', { time: '10:32' })).toBe('已保存 10:32');
    expect(t('panel.saved')).toBe('已保存 {time}');
    expect(createTranslator('en')('stars', { n: 3 })).toBe('3★');
  });

  it('has a Chinese and an English label for every cause and platform, and no empty message', () => {
    for (const code of CAUSE_CODES) expect(zhCNPage[`cause.${code}`]).toBeTruthy();
    for (const id of PLATFORM_IDS) expect(zhCNUi[`platform.${id}`]).toBeTruthy();
    for (const messages of [zhCNPage, zhCNUi, enPage, enUi]) for (const value of Object.values<string>(messages)) expect(value.trim()).not.toBe('');
    expect(Object.keys(enPage).sort()).toEqual(Object.keys(zhCNPage).sort());
    expect(Object.keys(enUi).sort()).toEqual(Object.keys(zhCNUi).sort());
  });

  it('keeps the seller-page catalog apart, so the content script carries no popup or options text', () => {
    const pageKeys = Object.keys(zhCNPage);
    expect(pageKeys.some((key) => key.startsWith('popup.') || key.startsWith('custom.'))).toBe(false);
    expect(Object.keys(zhCNUi).filter((key) => pageKeys.includes(key))).toEqual([]);
    expect(createPageTranslator('zh-CN')('level.negative')).toBe('差评');
  });

  it('the manifest locales have the same keys, zh_CN being the default', () => {
    const dir = new URL('../../public/_locales/', import.meta.url).pathname;
    const keysOf = (locale: string) => Object.keys(JSON.parse(readFileSync(`${dir}${locale}/messages.json`, 'utf8'))).sort();
    expect(readdirSync(dir).sort()).toEqual(['en', 'zh_CN']);
    expect(keysOf('en')).toEqual(keysOf('zh_CN'));
  });
});
