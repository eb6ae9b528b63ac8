// Work waiting: open review tasks (QA roles, who may read the queue) and open appeals in the caller's scope.
import { Link } from 'react-router-dom';
import { Card, Col, Row, Statistic } from 'antd';
import { api } from '../../api/client.ts';
import type { Appeal, Page, ReviewTask } from '../../api/types.ts';
import { useApi } from '../../api/useApi.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMay } from '../../auth/auth.tsx';

export function Backlog() {
  const { t } = useI18n();
  const readsQueue = useMay()('review.tasks.read');
  const open = { status: 'open', pageSize: 1 };
  const tasks = useApi(
    `review:tasks:${JSON.stringify(open)}`,
    (signal) => api.get<Page<ReviewTask>>('/api/review/tasks', open, signal),
    { enabled: readsQueue },
  );
  const appeals = useApi(`appeals:${JSON.stringify(open)}`, (signal) =>
    api.get<Page<Appeal>>('/api/appeals', open, signal),
  );
  const value = (n: number | undefined, failed: boolean) => (failed ? t('common.none') : (n ?? '…'));
  return (
    <Row gutter={[16, 16]} data-testid="backlog">
      {readsQueue ? (
        <Col xs={12} md={6}>
          <Link to="/review">
            <Card size="small" hoverable>
              <Statistic
                title={t('overview.backlogReview')}
                value={value(tasks.data?.total, tasks.state === 'error')}
              />
            </Card>
          </Link>
        </Col>
      ) : null}
      <Col xs={12} md={6}>
        <Link to="/appeals">
          <Card size="small" hoverable>
            <Statistic
              title={t('overview.backlogAppeals')}
              value={value(appeals.data?.total, appeals.state === 'error')}
              styles={{ content: { color: (appeals.data?.total ?? 0) > 0 ? '#d46b08' : undefined } }}
            />
          </Card>
        </Link>
      </Col>
    </Row>
  );
}
