// 案例与培训 (/coaching, seed 004 錄音案例庫 and 分階段培訓): the case library, training sessions with the agents' study
// view, coaching plans and the stage analysis. Which tabs appear follows the sessions list's `actions` (everyone
// may read training; the library, plans and stages are for QA, leaders and vendor managers).
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Dropdown, Flex, Tabs, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { call } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useOrg } from '../../api/useOrg.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CasesTab } from './CasesTab.tsx';
import { PlansTab } from './PlansTab.tsx';
import { StagesTab } from './StagesTab.tsx';
import { TrainingTab, useSessions } from './TrainingTab.tsx';
import type { StagesAnswer } from './types.ts';

export function CoachingPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const org = useOrg();
  const sessions = useSessions();
  const actions = sessions.data?.actions;
  const [days, setDays] = useState(90);
  // only read once the sessions answer says the caller may (a query may not answer undefined)
  const stages = useApi<StagesAnswer>(
    `coaching:stages:${days}`,
    (signal) => call('get', '/api/coaching/stages', { query: { days }, signal }),
    { enabled: actions?.readStages === true },
  );
  const items = [
    ...(actions?.readCases
      ? [{ key: 'cases', label: t('coaching.tab.cases'), children: <CasesTab org={org.data} /> }]
      : []),
    {
      key: 'training',
      label: t('coaching.tab.training'),
      children: <TrainingTab org={org.data} sessions={sessions} />,
    },
    ...(actions?.readStages
      ? [
          {
            key: 'plans',
            label: t('coaching.tab.plans'),
            children: <PlansTab org={org.data} stages={stages.data} />,
          },
          {
            key: 'stages',
            label: t('coaching.tab.stages'),
            children: <StagesTab org={org.data} stages={stages} days={days} setDays={setDays} />,
          },
        ]
      : []),
  ];
  const wanted = params.get('tab');
  const active = items.some((i) => i.key === wanted) ? wanted! : (items[0]?.key ?? 'training');
  // Every list of the screen downloads as XLSX or CSV in the caller's scope (src/coaching/exports.ts).
  const lists = [
    ...(actions?.readCases
      ? [{ key: 'cases', url: '/api/coaching/cases/export', label: t('coaching.tab.cases') }]
      : []),
    { key: 'sessions', url: '/api/coaching/sessions/export', label: t('coaching.tab.training') },
    ...(actions?.readStages
      ? [{ key: 'plans', url: '/api/coaching/plans/export', label: t('coaching.tab.plans') }]
      : []),
  ];
  const exportItems = lists.flatMap((l) =>
    (['xlsx', 'csv'] as const).map((f) => ({
      key: `${l.key}-${f}`,
      label: (
        <a href={`${l.url}?format=${f}`} data-testid={`coaching-export-${l.key}-${f}`}>
          {l.label} · {f.toUpperCase()}
        </a>
      ),
    })),
  );
  return (
    <Flex vertical gap={12}>
      <Flex align="center" justify="space-between">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('coaching.pageTitle')}
        </Typography.Title>
        <Dropdown menu={{ items: exportItems }}>
          <Button icon={<DownloadOutlined />} data-testid="coaching-export">
            {t('reports.export')}
          </Button>
        </Dropdown>
      </Flex>
      {sessions.data ? (
        <Tabs
          activeKey={active}
          onChange={(k) => {
            const next = new URLSearchParams(params);
            next.set('tab', k);
            setParams(next, { replace: true });
          }}
          items={items}
          destroyOnHidden
          data-testid="coaching-tabs"
        />
      ) : null}
    </Flex>
  );
}
