// 校准会: the QA lead (or admin) creates calibration sessions and closes them; invited inspectors see the sessions
// they are in and open one to score it blind (calibration.read / calibration.manage / calibration.score).
import { Link, useNavigate } from 'react-router-dom';
import { Card, Flex, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import type { CalibrationSession } from '../../api/admin-types.ts';
import { useApi } from '../../api/useApi.ts';
import { useMay } from '../../auth/auth.tsx';
import { ErrorState, LoadingBlock } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CreateSession } from './CreateSession.tsx';

export function StatusTag({ status }: { status: CalibrationSession['status'] }) {
  const { t } = useI18n();
  return (
    <Tag color={status === 'open' ? 'blue' : 'default'} data-testid="calib-status">
      {t(`calib.status.${status}`)}
    </Tag>
  );
}

export function CalibrationPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const manager = useMay()('calibration.manage');
  const sessions = useApi('calibration-sessions', (signal) =>
    api.get<{ items: CalibrationSession[] }>('/api/calibration-sessions', undefined, signal),
  );

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('calib.title')}
        </Typography.Title>
        {manager ? <CreateSession onCreated={(s) => void navigate(`/calibration/${s.id}`)} /> : null}
      </Flex>
      <Card size="small">
        {sessions.state === 'error' && !sessions.data ? (
          <ErrorState error={sessions.error} onRetry={sessions.reload} />
        ) : !sessions.data ? (
          <LoadingBlock />
        ) : (
          <Table<CalibrationSession>
            size="small"
            rowKey="id"
            data-testid="calib-table"
            loading={sessions.state === 'loading'}
            dataSource={sessions.data.items}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('calib.empty') }}
            columns={[
              { title: '#', dataIndex: 'id', width: 70 },
              {
                title: t('calib.name'),
                dataIndex: 'name',
                render: (v: string, s) => (
                  <Link to={`/calibration/${s.id}`} data-testid="calib-link">
                    {v}
                  </Link>
                ),
              },
              {
                title: t('common.status'),
                dataIndex: 'status',
                width: 100,
                render: (v: CalibrationSession['status']) => <StatusTag status={v} />,
              },
              {
                title: t('calib.createdAt'),
                dataIndex: 'createdAt',
                width: 170,
                render: (v: string) => formatDateTime(v),
              },
              {
                title: t('calib.closedAt'),
                dataIndex: 'closedAt',
                width: 170,
                render: (v: string | null) => (v ? formatDateTime(v) : '—'),
              },
            ]}
          />
        )}
      </Card>
    </Flex>
  );
}
