// 版本管理: the rule pack versions (GET /api/packs) with their state, upload of a new draft, an impact preview of
// a draft against the published version, publishing (confirmed, audited on the server) and re-scoring a period.
// Only the roles of 'packs.write' in src/core/auth/policy.ts see this tab.
import { useState } from 'react';
import { App, Button, Card, Flex, Popconfirm, Table, Tag } from 'antd';
import { api } from '../../api/client.ts';
import type { PackVersion, PublishedPack } from '../../api/pack-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorState } from '../../components/States.tsx';
import { formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ImpactPreview } from './ImpactPreview.tsx';
import { Rescore } from './Rescore.tsx';
import { UploadPack } from './UploadPack.tsx';

export function VersionsPanel() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const versions = useApi('packs:list', (signal) =>
    api.get<{ items: PackVersion[] }>('/api/packs', undefined, signal),
  );
  const [previewing, setPreviewing] = useState<PackVersion | null>(null);
  const [rescoring, setRescoring] = useState<string | null>(null);
  const [publishing, setPublishing] = useState<string | null>(null);
  const packIds = [...new Set((versions.data?.items ?? []).map((v) => v.id))];

  // publishing changes the versions and the published rules every screen names
  const publishCmd = useCommand(
    (v: PackVersion) =>
      api.post<PublishedPack>(`/api/packs/${encodeURIComponent(v.id)}/${v.version}/publish`),
    { invalidates: ['packs', 'rules'] },
  );
  const publish = async (v: PackVersion) => {
    setPublishing(`${v.id}@${v.version}`);
    const done = await publishCmd.run(v);
    setPublishing(null);
    if (!done) return;
    const r = done.value;
    const args = { id: r.id, label: r.label };
    if (r.current && v.published) void message.success(t('packs.rolledBack', args));
    else if (r.current) void message.success(t('packs.publishedOk', args));
    else void message.warning(t('packs.publishedNotCurrent', args));
  };

  return (
    <Flex vertical gap={12}>
      {versions.state === 'error' && !versions.data ? (
        <ErrorState error={versions.error} onRetry={versions.reload} />
      ) : (
        <Table<PackVersion>
          size="small"
          rowKey={(v) => `${v.id}@${v.version}`}
          data-testid="pack-versions"
          loading={versions.state === 'loading'}
          dataSource={versions.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t('packs.empty') }}
          title={() => (
            <Flex gap={8} justify="flex-end">
              {packIds.map((id) => (
                <Button key={id} onClick={() => setRescoring(id)} data-testid={`rescore-open-${id}`}>
                  {packIds.length > 1 ? `${t('packs.rescore')} ${id}` : t('packs.rescore')}
                </Button>
              ))}
            </Flex>
          )}
          columns={[
            { title: t('packs.col.pack'), dataIndex: 'id' },
            { title: t('packs.col.label'), dataIndex: 'label' },
            {
              title: t('packs.col.state'),
              key: 'state',
              render: (_: unknown, v) => (
                <Flex gap={4}>
                  {v.current ? <Tag color="green">{t('packs.current')}</Tag> : null}
                  {v.published ? (
                    <Tag color="blue">{t('packs.published')}</Tag>
                  ) : (
                    <Tag>{t('packs.draft')}</Tag>
                  )}
                </Flex>
              ),
            },
            {
              title: t('packs.col.createdAt'),
              dataIndex: 'createdAt',
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('packs.col.publishedAt'),
              dataIndex: 'publishedAt',
              render: (v: string | null) => (v ? formatDateTime(v) : '—'),
            },
            {
              title: t('packs.col.actions'),
              key: 'actions',
              render: (_: unknown, v) =>
                v.current ? null : v.published ? (
                  <Popconfirm
                    title={t('packs.rollbackConfirm', { id: v.id, label: v.label })}
                    description={t('packs.rollbackConfirmBody')}
                    okText={t('packs.rollback')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => publish(v)}
                  >
                    <Button
                      size="small"
                      loading={publishing === `${v.id}@${v.version}`}
                      data-testid={`rollback-${v.label}`}
                    >
                      {t('packs.rollback')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Flex gap={8}>
                    <Button size="small" onClick={() => setPreviewing(v)} data-testid={`preview-${v.label}`}>
                      {t('packs.preview')}
                    </Button>
                    <Popconfirm
                      title={t('packs.publishConfirm', { id: v.id, label: v.label })}
                      description={t('packs.publishConfirmBody')}
                      okText={t('packs.publish')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => publish(v)}
                    >
                      <Button
                        size="small"
                        type="primary"
                        loading={publishing === `${v.id}@${v.version}`}
                        data-testid={`publish-${v.label}`}
                      >
                        {t('packs.publish')}
                      </Button>
                    </Popconfirm>
                  </Flex>
                ),
            },
          ]}
        />
      )}
      <Card size="small" title={t('packs.upload')}>
        <UploadPack />
      </Card>
      <ImpactPreview version={previewing} onClose={() => setPreviewing(null)} />
      <Rescore packId={rescoring} onClose={() => setRescoring(null)} />
    </Flex>
  );
}
