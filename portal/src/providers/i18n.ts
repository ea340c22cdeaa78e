import type { I18nProvider } from '@refinedev/core';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from '../../public/locales/zh-CN/common.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
/** localStorage key of the chosen UI language. */
export const LOCALE_KEY = 'pvis.locale';

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

const storedLanguage = (): Language => {
  try {
    const value = window.localStorage.getItem(LOCALE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
};

const dayjsLocale = (language: Language) => (language === 'en' ? 'en' : 'zh-cn');

/** The default language ships with the first page; English is fetched when chosen. */
export const loadEnglish = async () => {
  if (i18n.hasResourceBundle('en', 'common')) return;
  const { default: en } = await import('../../public/locales/en/common.json');
  i18n.addResourceBundle('en', 'common', en);
};

const initialLanguage = storedLanguage();
dayjs.locale(dayjsLocale(DEFAULT_LANGUAGE));

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { common: zhCN } },
  // Starts in the default language; a stored English choice switches once it has loaded.
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  defaultNS: 'common',
  ns: ['common'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

i18n.on('languageChanged', (language) => {
  if (!isLanguage(language)) return;
  dayjs.locale(dayjsLocale(language));
  document.documentElement.lang = language;
});

/** The UI language; also what the cms receives as `Accept-Language` and content `locale`. */
export const currentLanguage = (): Language =>
  isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;

export const changeLanguage = async (language: Language): Promise<void> => {
  try {
    window.localStorage.setItem(LOCALE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (language === 'en') await loadEnglish();
  await i18n.changeLanguage(language);
};

/** Resolves when the stored language is in place (main.tsx renders after it). */
export const i18nReady: Promise<void> =
  initialLanguage === DEFAULT_LANGUAGE ? Promise.resolve() : changeLanguage(initialLanguage);

export const i18nProvider: I18nProvider = {
  translate: (key, options, defaultMessage) => {
    const defaultValue = typeof options === 'string' ? options : defaultMessage;
    const values = typeof options === 'object' && options !== null ? options : {};
    return i18n.t(key, { ...values, defaultValue: defaultValue ?? key }) as string;
  },
  changeLocale: (language) => changeLanguage(isLanguage(language) ? language : DEFAULT_LANGUAGE),
  getLocale: () => currentLanguage(),
};

export { i18n };
