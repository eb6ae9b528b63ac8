// 组织架构 (/organisation): clients (甲方) → vendors (外包商) → teams (班组) → agents (坐席), one tab each, in the
// caller's scope. The admin manages everything; a vendor manager their own vendor's teams and agents
// (organisation.manage / teams.manage / agents.manage in src/core/auth/policy.ts).
import { useState } from 'react';
import { Card, Flex, Tabs, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { ClientUnit, TeamUnit, VendorUnit } from '../../api/admin-types.ts';
import { useApi } from '../../api/useApi.ts';
import { useMay } from '../../auth/auth.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { UnitTab } from './UnitTab.tsx';
import type { UnitKind } from './UnitTab.tsx';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const base = (r: Record<string, unknown>) => ({
  id: str(r['id']),
  name: str(r['name']),
  active: r['active'] === true,
  createdAt: str(r['createdAt']),
});

const KINDS: Record<'clients' | 'vendors' | 'teams' | 'agents', UnitKind> = {
  clients: {
    path: 'clients',
    newLabel: 'org.newClient',
    codeHint: 'org.codeHint',
    confirm: 'org.deactivateConfirm',
    toRow: base,
  },
  vendors: {
    path: 'vendors',
    newLabel: 'org.newVendor',
    codeHint: 'org.codeHint',
    confirm: 'org.deactivateConfirm',
    parentField: 'clientId',
    parentLabel: 'org.client',
    toRow: (r) => ({ ...base(r), parentId: str(r['clientId']) }),
  },
  teams: {
    path: 'teams',
    newLabel: 'org.newTeam',
    codeHint: 'org.codeHint',
    confirm: 'org.deactivateConfirm',
    parentField: 'vendorId',
    parentLabel: 'common.vendor',
    toRow: (r) => ({ ...base(r), parentId: str(r['vendorId']) }),
  },
  agents: {
    path: 'agents',
    newLabel: 'org.newAgent',
    codeHint: 'org.agentCodeHint',
    confirm: 'org.agentDeactivateConfirm',
    parentField: 'teamId',
    parentLabel: 'common.team',
    parentEditable: true,
    withHiredOn: true,
    toRow: (r) => ({
      id: str(r['id']),
      name: str(r['name']),
      active: r['active'] === true,
      parentId: str(r['teamId']),
      hiredOn: typeof r['hiredOn'] === 'string' ? r['hiredOn'] : null,
    }),
  },
};

interface Parents {
  clients: ClientUnit[];
  vendors: VendorUnit[];
  teams: TeamUnit[];
}

export function OrganisationPage() {
  const { t } = useI18n();
  const may = useMay();
  // organisation.manage: clients and vendors (the admin); teams.manage / agents.manage: also a vendor manager.
  const admin = may('organisation.manage');
  const [tab, setTab] = useState('teams');
  // Parent choices (names for the tables, options for the forms), one key per resource so that a change to a
  // unit (its command invalidates the resource) re-reads them.
  const clients = useApi('clients:all', (signal) =>
    api.get<{ items: ClientUnit[] }>('/api/clients', undefined, signal),
  );
  const vendors = useApi('vendors:all', (signal) =>
    api.get<{ items: VendorUnit[] }>('/api/vendors', undefined, signal),
  );
  const teams = useApi('teams:all', (signal) =>
    api.get<{ items: TeamUnit[] }>('/api/teams', undefined, signal),
  );
  const parents: Partial<Parents> = {
    clients: clients.data?.items,
    vendors: vendors.data?.items,
    teams: teams.data?.items,
  };
  const opts = (rows: { id: string; name: string; active: boolean }[] | undefined) =>
    (rows ?? []).map((r) => ({
      value: r.id,
      label: `${r.name} (${r.id})${r.active ? '' : ` · ${t('common.inactive')}`}`,
    }));
  const tabOf = (
    key: keyof typeof KINDS,
    label: string,
    canManage: boolean,
    parentRows?: Parameters<typeof opts>[0],
  ) => ({
    key,
    label,
    children: <UnitTab kind={KINDS[key]} canManage={canManage} parents={opts(parentRows)} />,
  });
  const items = [
    tabOf('clients', t('org.tab.clients'), admin),
    tabOf('vendors', t('org.tab.vendors'), admin, parents.clients),
    tabOf('teams', t('org.tab.teams'), may('teams.manage'), parents.vendors),
    tabOf('agents', t('org.tab.agents'), may('agents.manage'), parents.teams),
  ];
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('org.title')}
      </Typography.Title>
      <Card size="small">
        <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden data-testid="org-tabs" />
      </Card>
    </Flex>
  );
}
