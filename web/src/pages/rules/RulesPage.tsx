// 规则: the published rule pack by category with the seed each rule implements, and the live check of a pasted
// or uploaded conversation against it.
import { useSearchParams } from 'react-router-dom';
import { Card, Flex, Result, Tabs, Tag, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { api } from '../../api/client.ts';
import type { PublishedRules } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { useMay } from '../../auth/auth.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { RuleBrowser } from './RuleBrowser.tsx';
import { TryPanel } from './TryPanel.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';
import { PrecisionPanel } from './PrecisionPanel.tsx';

const TABS = ['browse', 'try', 'precision', 'versions'] as const;
type Tab = (typeof TABS)[number];

export function RulesPage() {
  const { t } = useI18n();
  const may = useMay();
  const [params, setParams] = useSearchParams();
  const requested = TABS.find((k) => k === params.get('tab')) ?? 'browse';
  // the same request (and key) as the rules every screen names (rules/RulesContext.tsx)
  const pack = useApi('rules:published', (signal) =>
    api.get<PublishedRules>('/api/rules/published', undefined, signal),
  );
  const managesPacks = may('packs.write');
  const readsPrecision = may('precision.read');
  const tab: Tab =
    (requested === 'versions' && !managesPacks) || (requested === 'precision' && !readsPrecision)
      ? 'browse'
      : requested;

  let body;
  if (pack.state === 'error') {
    body =
      pack.error instanceof ApiError && pack.error.status === 404 ? (
        <Result status="warning" title={t('rules.noPack')} />
      ) : (
        <ErrorState error={pack.error} onRetry={pack.reload} />
      );
  } else if (!pack.data) {
    body = <LoadingBlock rows={10} />;
  } else {
    body = (
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'browse' ? {} : { tab: k })}
        items={[
          { key: 'browse', label: t('rules.tab.browse'), children: <RuleBrowser pack={pack.data} /> },
          {
            key: 'try',
            label: t('rules.tab.try'),
            children: <TryPanel allowed={may('rules.check')} />,
          },
          ...(readsPrecision
            ? [{ key: 'precision', label: t('rules.tab.precision'), children: <PrecisionPanel /> }]
            : []),
          ...(managesPacks
            ? [
                {
                  key: 'versions',
                  label: t('rules.tab.versions'),
                  children: <VersionsPanel />,
                },
              ]
            : []),
        ]}
      />
    );
  }

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('rules.title')}
        </Typography.Title>
        {pack.data ? (
          <Tag color="blue">
            {t('rules.pack', { id: pack.data.pack.id, version: pack.data.pack.version })}
          </Tag>
        ) : null}
      </Flex>
      <Card size="small">{body}</Card>
    </Flex>
  );
}
