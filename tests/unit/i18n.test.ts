import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { chromeLocaleFiles, chromeMessageName } from '../../assets/locales/chrome-messages';
import { enPage } from '../../assets/locales/en/page';
import { enUi } from '../../assets/locales/en/ui';
import { zhCNPage } from '../../assets/locales/zh-CN/page';
import { zhCNUi } from '../../assets/locales/zh-CN/ui';
import { CAUSE_CODES } from '../../lib/domain/taxonomy';
import { PLATFORM_IDS } from '../../lib/domain/platforms';
import { createTranslator, loadPageTranslator, pageMessages, pickLocale } from '../../lib/i18n';

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
  });

  it('generates Chrome _locales with every key, zh_CN and en, $ escaped; seller pages read them through chrome.i18n', () => {
    const files = Object.fromEntries(chromeLocaleFiles().map((file) => [file.relativeDest, JSON.parse(file.contents) as Record<string, { message: string }>]));
    expect(Object.keys(files).sort()).toEqual(['_locales/en/messages.json', '_locales/zh_CN/messages.json']);
    const zh = files['_locales/zh_CN/messages.json']!;
    for (const key of [...Object.keys(zhCNPage), ...Object.keys(zhCNUi)]) expect(zh[chromeMessageName(key)], key).toBeDefined();
    expect(Object.keys(files['_locales/en/messages.json']!).sort()).toEqual(Object.keys(zh).sort());
    expect(zh.extName?.message).toBe('Kefu Lens 客服助手');
  });

  it('seller pages get their catalog from the background, or from chrome.i18n when that fails', async () => {
    const fromBackground = await loadPageTranslator(async () => pageMessages('en-US'));
    expect(fromBackground('level.negative')).toBe('Negative');
    const zh = JSON.parse(chromeLocaleFiles().find((file) => file.relativeDest.includes('zh_CN'))!.contents) as Record<string, { message: string }>;
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((name: string) => zh[name]?.message ?? '') as never);
    const fromChrome = await loadPageTranslator(async () => {
      throw new Error('background asleep');
    });
    expect(fromChrome('level.negative')).toBe('差评');
    expect(fromChrome('stars', { n: 2 })).toBe('2星');
  });

});
