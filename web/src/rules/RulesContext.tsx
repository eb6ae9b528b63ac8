// The published rule pack, loaded once per session for every screen that names rules (hit lists, tooltips,
// overview charts, agent home): the pack's own names and suggestions, instead of a dictionary in the UI. The UI
// dictionary still gives English names of the default rules (the pack is written in Chinese).
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api/client.ts';
import type { PackRule, PublishedRules } from '../api/types.ts';
import { useApi } from '../api/useApi.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/i18n.tsx';
import { knownRuleLabel } from '../i18n/labels.ts';

interface RulesValue {
  pack: PublishedRules | undefined;
  byId: ReadonlyMap<string, PackRule>;
}

const RulesContext = createContext<RulesValue>({ pack: undefined, byId: new Map() });

export function RulesProvider({ children }: { children: ReactNode }) {
  const loaded = useApi('rules:published', (signal) =>
    api.get<PublishedRules>('/api/rules/published', undefined, signal),
  );
  const pack = loaded.data;
  const value = useMemo<RulesValue>(
    () => ({ pack, byId: new Map((pack?.rules ?? []).map((r) => [r.id, r])) }),
    [pack],
  );
  return <RulesContext.Provider value={value}>{children}</RulesContext.Provider>;
}

export function usePublishedRules(): RulesValue {
  return useContext(RulesContext);
}

/**
 * Name of a rule in a locale: the pack's name in Chinese, the dictionary's in English, else the id. `given` is a
 * name the server sent along (a review's hit carries the pack's Chinese name): first in Chinese, last in English.
 */
export function ruleName(
  rule: string,
  locale: Locale,
  byId: ReadonlyMap<string, PackRule>,
  given?: string | null,
): string {
  const fromPack = given ?? byId.get(rule)?.name;
  if (locale === 'zh-CN') return fromPack ?? knownRuleLabel(rule, locale) ?? rule;
  return knownRuleLabel(rule, locale) ?? fromPack ?? rule;
}

/** `(rule id, name the server sent) => display name` for the current locale. */
export function useRuleName(): (rule: string, given?: string | null) => string {
  const { locale } = useI18n();
  const { byId } = usePublishedRules();
  return useMemo(
    () => (rule: string, given?: string | null) => ruleName(rule, locale, byId, given),
    [locale, byId],
  );
}
