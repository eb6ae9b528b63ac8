// Locale state of the UI: Simplified Chinese by default, English on request, remembered in localStorage.
// Drives our dictionary, antd's component texts and dayjs (date pickers) together.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ConfigProvider, App as AntApp } from 'antd';
import antdZhCNModule from 'antd/locale/zh_CN.js';
import antdEnUSModule from 'antd/locale/en_US.js';
import type { Locale as AntdLocale } from 'antd/lib/locale/index.js';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import { enUS, interpolate, zhCN } from './messages.ts';
import type { MessageKey } from './messages.ts';

// antd ships its locales as CommonJS: TypeScript types the default import as the whole module, while the
// bundler may hand over either the module or its `default`. Accept both shapes.
function cjsDefault(m: { default: AntdLocale } | AntdLocale): AntdLocale {
  return 'locale' in m ? m : m.default;
}
const antdZhCN = cjsDefault(antdZhCNModule);
const antdEnUS = cjsDefault(antdEnUSModule);

export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
const STORAGE_KEY = 'zhijian.locale';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18nValue {
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

// The locale in force, for helpers outside components that receive only `t` (describeError in event handlers);
// set with dayjs's after each switch.
let activeLocale: Locale = 'zh-CN';
export const currentLocale = (): Locale => activeLocale;

/** The browser's preferred language when nothing was chosen yet: English for an English browser, else Chinese. */
export function localeFromBrowser(languages: readonly string[]): Locale {
  for (const l of languages) {
    const tag = l.toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en-US';
  }
  return 'zh-CN';
}

function browserLanguages(): readonly string[] {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  if (!nav) return [];
  return nav.languages && nav.languages.length > 0 ? nav.languages : [nav.language];
}

function readStoredLocale(): Locale {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    if (v === 'en-US' || v === 'zh-CN') return v;
  } catch {
    // storage may be disabled (private mode): follow the browser
  }
  return localeFromBrowser(browserLanguages());
}

// Font stack: system Chinese fonts first so CJK text never falls back to a random face.
const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', " +
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Zen Hei', 'Helvetica Neue', Arial, sans-serif";

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    try {
      window.localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // not remembered across reloads; the switch still applies now
    }
  }, []);

  useEffect(() => {
    activeLocale = locale;
    dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18nValue>(() => {
    const table = locale === 'zh-CN' ? zhCN : enUS;
    const t: Translate = (key, values) => interpolate(table[key], values);
    return { locale, setLocale, t };
  }, [locale, setLocale]);

  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider
        locale={locale === 'zh-CN' ? antdZhCN : antdEnUS}
        theme={{ token: { fontFamily: FONT_FAMILY, colorPrimary: '#1677ff' } }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
