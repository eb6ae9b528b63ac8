// Why a sampling plan picked a conversation: random, per agent, fatal, agent hang-up, complaint risk, rule:<id>.
import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n.tsx';
import { zhCN } from '../../i18n/messages.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useRuleName } from '../../rules/RulesContext.tsx';

export function ReasonTags({ reasons }: { reasons: readonly string[] }) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  return (
    <>
      {reasons.map((r) => {
        const key = `review.reason.${r}`;
        const label = key in zhCN ? t(key as MessageKey) : r.startsWith('rule:') ? ruleName(r.slice(5)) : r;
        return (
          <Tag key={r} color={r === 'fatal' ? 'red' : undefined}>
            {label}
          </Tag>
        );
      })}
    </>
  );
}
