// 来电策略 (seeds 003 and 001): the blocklist, auto-block candidates, callers, the hang-up report and the IVR. Which
// tabs and buttons a user gets is the server's answer (GET /api/telephony/actions, from the policy table); the
// server refuses anything else anyway.
import { Tabs, Typography } from 'antd';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { BlocklistTab } from './BlocklistTab.tsx';
import { CallersTab } from './CallersTab.tsx';
import { CandidatesTab } from './CandidatesTab.tsx';
import { HangupsTab } from './HangupsTab.tsx';
import { IvrTab } from './IvrTab.tsx';

type Actions = ResponseOf<'/api/telephony/actions', 'get'>;

export function TelephonyPage() {
  const { t } = useI18n();
  const actions = useApi('telephony:actions', (signal) => call('get', '/api/telephony/actions', { signal }));
  const may = (k: keyof Actions) => actions.data?.[k] === true;
  const items = [
    ...(may('blocklistRead')
      ? [
          {
            key: 'blocklist',
            label: t('telephony.tab.blocklist'),
            children: <BlocklistTab canWrite={may('blocklistWrite')} canApprove={may('approve')} />,
          },
          {
            key: 'candidates',
            label: t('telephony.tab.candidates'),
            children: <CandidatesTab canDecide={may('approve')} />,
          },
          {
            key: 'callers',
            label: t('telephony.tab.callers'),
            children: <CallersTab canClassify={may('classify')} />,
          },
        ]
      : []),
    ...(may('hangups')
      ? [{ key: 'hangups', label: t('telephony.tab.hangups'), children: <HangupsTab /> }]
      : []),
    ...(may('ivrReport') || may('settingsRead')
      ? [
          {
            key: 'ivr',
            label: t('telephony.tab.ivr'),
            children: (
              <IvrTab
                canReadSettings={may('settingsRead')}
                canWriteSettings={may('settingsWrite')}
                canReport={may('ivrReport')}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <Typography.Title level={3}>{t('menu.telephony')}</Typography.Title>
      <Tabs items={items} destroyInactiveTabPane data-testid="telephony-tabs" />
    </>
  );
}
