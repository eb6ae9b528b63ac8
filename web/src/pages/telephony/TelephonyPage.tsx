// 来电策略 (seeds 003 and 001): the blocklist, auto-block candidates, callers, the hang-up report and the IVR. Which
// tabs and buttons a user gets follows the policy table (src/core/auth/policy.ts: blocklist.*, callers.*,
// hangups.read, ivr.report, telephony.settings.*); the server refuses anything else anyway.
import { Tabs, Typography } from 'antd';
import { useAuth } from '../../auth/auth.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { BlocklistTab } from './BlocklistTab.tsx';
import { CallersTab } from './CallersTab.tsx';
import { CandidatesTab } from './CandidatesTab.tsx';
import { HangupsTab } from './HangupsTab.tsx';
import { IvrTab } from './IvrTab.tsx';

const ROLES = {
  blocklistRead: ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'complaint_desk'],
  blocklistWrite: ['admin', 'qa_lead', 'team_leader', 'complaint_desk'],
  approve: ['admin', 'qa_lead', 'complaint_desk'],
  classify: ['admin', 'qa_lead', 'team_leader', 'complaint_desk'],
  hangups: ['admin', 'qa_lead', 'qa_inspector', 'team_leader', 'vendor_manager', 'complaint_desk'],
  ivrReport: ['admin', 'qa_lead', 'qa_inspector', 'complaint_desk'],
  settingsRead: ['admin', 'qa_lead', 'complaint_desk'],
  settingsWrite: ['admin'],
};
export const TELEPHONY_ROLES = ROLES.hangups;

export function TelephonyPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const role = session.state === 'authenticated' ? session.user.role : '';
  const may = (k: keyof typeof ROLES) => ROLES[k].includes(role);
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
