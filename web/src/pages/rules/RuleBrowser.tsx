// The published rule pack, by scorecard category: each rule with its deduction, how it is detected, the channels
// it applies to and the seed text it implements; a row opens the rule's description and suggested phrasing.
// Below, the scorecard items only a reviewer can judge.
import { useMemo, useState } from 'react';
import { Card, Empty, Flex, Input, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { PackRule, PublishedRules, ScorecardItem } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/i18n.tsx';
import { categoryLabel } from '../../i18n/labels.ts';
import { zhCN } from '../../i18n/messages.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useRuleName } from '../../rules/RulesContext.tsx';

function opLabel(op: string, t: Translate): string {
  const key = `op.${op}`;
  return key in zhCN ? t(key as MessageKey) : op;
}

function matches(r: PackRule, name: string, q: string): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return [r.id, r.name, name, r.description, r.seed].some((s) => s.toLowerCase().includes(needle));
}

export function RuleBrowser({ pack }: { pack: PublishedRules }) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const [q, setQ] = useState('');
  const itemName = useMemo(() => new Map(pack.items.map((i) => [i.id, i.name])), [pack.items]);

  const columns: TableColumnsType<PackRule> = [
    {
      title: t('rules.col.rule'),
      key: 'rule',
      render: (_: unknown, r) => (
        <Flex vertical>
          <Typography.Text strong>{ruleName(r.id)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: r.id }}>
            {r.id}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('rules.col.deduction'),
      key: 'deduction',
      width: 130,
      render: (_: unknown, r) =>
        r.flag || r.deduction === 0 ? (
          <Tag color="gold">{t('rules.flag')}</Tag>
        ) : (
          <span>
            <Tag color="red">−{r.deduction}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.count === 'once' ? t('rules.once') : t('rules.each')}
            </Typography.Text>
          </span>
        ),
    },
    {
      title: t('rules.col.operators'),
      key: 'ops',
      width: 150,
      render: (_: unknown, r) => (
        <Flex wrap gap={4}>
          {r.operators.map((op) => (
            <Tag key={op} style={{ marginInlineEnd: 0 }}>
              {opLabel(op, t)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('rules.col.channels'),
      key: 'channels',
      width: 90,
      render: (_: unknown, r) =>
        r.channels ? r.channels.map((c) => t(`channel.${c}`)).join(' / ') : t('rules.allChannels'),
    },
    {
      title: t('rules.col.seed'),
      dataIndex: 'seed',
      ellipsis: { showTitle: true },
      render: (seed: string) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {seed}
        </Typography.Text>
      ),
    },
  ];

  const itemColumns: TableColumnsType<ScorecardItem> = [
    { title: t('rules.col.item'), dataIndex: 'name' },
    {
      title: t('rules.col.deduction'),
      key: 'deduction',
      width: 110,
      render: (_: unknown, i) =>
        i.fatal ? <Tag color="magenta">{t('rules.fatalItem')}</Tag> : <Tag color="red">−{i.deduction}</Tag>,
    },
    {
      title: t('rules.col.seed'),
      dataIndex: 'seed',
      width: 220,
      render: (s: string) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {s}
        </Typography.Text>
      ),
    },
  ];

  const tabs = pack.categories.map((c) => {
    const rules = pack.rules.filter((r) => r.category === c.id && matches(r, ruleName(r.id), q));
    const manual = pack.items.filter((i) => i.category === c.id && i.judged === 'manual');
    return {
      key: c.id,
      label: `${t('rules.categoryMax', { name: categoryLabel(c.id, t), max: c.max })} · ${rules.length}`,
      children: (
        <Flex vertical gap={12}>
          <Table<PackRule>
            data-testid="rules-table"
            rowKey="id"
            size="small"
            pagination={false}
            columns={columns}
            dataSource={rules}
            scroll={{ x: 860 }}
            locale={{ emptyText: <Empty description={t('common.noData')} /> }}
            expandable={{
              expandedRowRender: (r) => (
                <Flex vertical gap={4} style={{ maxWidth: 900 }}>
                  <Typography.Text>
                    <Typography.Text strong>
                      {t('punct.label', { label: t('rules.description') })}
                    </Typography.Text>
                    {r.description}
                  </Typography.Text>
                  {r.item ? (
                    <Typography.Text type="secondary">
                      {t('punct.labelValue', {
                        label: t('rules.col.item'),
                        value: itemName.get(r.item) ?? r.item,
                      })}
                    </Typography.Text>
                  ) : null}
                  <Typography.Text type="secondary">
                    {t('punct.labelValue', { label: t('rules.col.seed'), value: r.seed })}
                  </Typography.Text>
                  {r.suggestion ? (
                    <Typography.Text>
                      <Typography.Text type="success">
                        {t('punct.label', { label: t('detail.suggestion') })}
                      </Typography.Text>
                      {r.suggestion}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            }}
          />
          {manual.length > 0 ? (
            <Card size="small" title={t('rules.manualItems')} styles={{ body: { padding: 0 } }}>
              <Table<ScorecardItem>
                rowKey="id"
                size="small"
                pagination={false}
                columns={itemColumns}
                dataSource={manual}
              />
            </Card>
          ) : null}
        </Flex>
      ),
    };
  });

  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {pack.pack.description} · {t('rules.count', { n: pack.rules.length })}
        </Typography.Text>
        <Input.Search
          allowClear
          placeholder={t('rules.search')}
          style={{ width: 280 }}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-testid="rules-search"
        />
      </Flex>
      <Tabs items={tabs} />
    </Flex>
  );
}
