// Import daily call statistics (CSV/XLSX, columns per docs/product.md) or derive them from the stored conversations;
// the importer's per-row errors are shown with their line so the file can be fixed and re-sent.
import { useState } from 'react';
import { Alert, Button, Flex, Input, Modal, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import type { StatsImportResult } from '../../api/ops-types.ts';
import { useCommand } from '../../api/queries.ts';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { FieldErrorsTable } from '../import/FieldErrorsTable.tsx';

function contentTypeOf(file: File): string {
  if (/\.xlsx$/i.test(file.name)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (/\.csv$/i.test(file.name)) return 'text/csv';
  return 'application/octet-stream';
}

export function StatsUpload({ month }: { month: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [source, setSource] = useState('import');
  const [result, setResult] = useState<StatsImportResult | null>(null);
  // New call statistics change the KPI and the statements' inputs (their safety check shows the difference).
  // The upload's error is shown in the dialog rather than toasted, next to the file picker.
  const upload = useCommand(
    (file: File, src: string) =>
      api.upload<StatsImportResult>('/api/kpi/stats', file, contentTypeOf(file), { source: src }),
    { invalidates: ['kpi', 'settlements'], quiet: true },
  );
  const deriveCmd = useCommand(
    (m: string) => api.post<{ agentDays: number; agents: number }>('/api/kpi/stats/derive', { month: m }),
    {
      invalidates: ['kpi', 'settlements'],
      success: (r) => t('kpi.derived', { days: r.agentDays, agents: r.agents }),
    },
  );
  const busy = upload.busy || deriveCmd.busy;
  const error = upload.error;

  const send = async (file: File) => {
    const done = await upload.run(file, source);
    if (done) setResult(done.value);
  };
  const derive = () => deriveCmd.run(month);

  return (
    <Space>
      <Button onClick={() => void derive()} loading={busy}>
        {t('kpi.derive')}
      </Button>
      <Button type="primary" icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="kpi-upload">
        {t('kpi.upload.button')}
      </Button>
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        footer={null}
        width={720}
        title={t('kpi.upload.title')}
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('kpi.upload.columns')}</Typography.Text>
          <Space>
            <span>{t('kpi.upload.source')}</span>
            <Input value={source} onChange={(e) => setSource(e.target.value)} style={{ width: 160 }} />
            <Upload
              accept=".csv,.xlsx,.txt"
              showUploadList={false}
              beforeUpload={(file) => {
                void send(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={busy} data-testid="kpi-upload-pick">
                {t('kpi.upload.pick')}
              </Button>
            </Upload>
          </Space>
          {error ? <Alert type="error" showIcon title={describeError(error, t)} /> : null}
          {result ? (
            <Flex vertical gap={8} data-testid="kpi-upload-result">
              <Alert
                type={result.errors.length ? 'warning' : 'success'}
                showIcon
                title={t('kpi.upload.result', {
                  rows: result.rowsAccepted,
                  days: result.agentDays,
                  months: result.months.join(', ') || t('common.none'),
                })}
                description={
                  result.errors.length ? t('kpi.upload.errors', { count: result.errors.length }) : null
                }
              />
              {result.errors.length ? <FieldErrorsTable errors={result.errors} /> : null}
              {result.skipped.length ? (
                <Table
                  size="small"
                  rowKey="line"
                  pagination={false}
                  title={() => t('kpi.upload.skipped')}
                  dataSource={result.skipped}
                  columns={[
                    { title: t('field.line'), dataIndex: 'line', width: 80 },
                    { title: t('field.message'), dataIndex: 'reason' },
                  ]}
                />
              ) : null}
            </Flex>
          ) : null}
        </Flex>
      </Modal>
    </Space>
  );
}
