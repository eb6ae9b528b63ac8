// 数据导入: upload conversation files in any importer format (or paste JSONL), then watch the batch by polling
// GET /api/ingest/:batchId until it is done, with the per-record errors {line, field, message} in a table.
// The batch id stays in the URL (?batch=) so the progress survives a reload and can be shared.
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Input,
  Progress,
  Row,
  Select,
  Statistic,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { UploadFile } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { IMPORT_ENCODINGS, IMPORT_FORMATS } from '../../api/ops-types.ts';
import type { ImportProfile, IngestBatch } from '../../api/ops-types.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { describeError } from '../../components/States.tsx';
import { DISPLAY_ZONE, formatDateTime } from '../../format/time.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FieldErrorsTable } from './FieldErrorsTable.tsx';
import { SaveProfileButton } from './SaveProfileButton.tsx';
import { RecordingUpload } from './RecordingUpload.tsx';

const POLL_MS = 1000;
const STATUS_COLOR = { queued: 'default', running: 'processing', done: 'success', failed: 'error' } as const;

function BatchProgress({ batchId }: { batchId: string }) {
  const { t } = useI18n();
  const batch = useApi(`ingest:${batchId}`, (signal) =>
    api.get<IngestBatch>(`/api/ingest/${encodeURIComponent(batchId)}`, undefined, signal),
  );
  const b = batch.data;
  const finished = b?.status === 'done' || b?.status === 'failed';
  const { reload } = batch;
  useEffect(() => {
    if (finished || batch.state === 'loading') return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [finished, batch.state, reload, b]);

  if (!b) {
    return batch.state === 'error' ? (
      <Alert type="error" showIcon title={describeError(batch.error, t)} />
    ) : (
      <Progress percent={0} status="active" />
    );
  }
  const processed = b.total - b.pending;
  const percent = b.total === 0 ? 100 : Math.round((processed / b.total) * 100);
  return (
    <Card
      size="small"
      data-testid="ingest-batch"
      title={
        <span>
          {t('import.batch', { id: b.batchId })}{' '}
          <Tag color={STATUS_COLOR[b.status]} data-testid="ingest-status">
            {t(`import.status.${b.status}`)}
          </Tag>
        </span>
      }
      extra={<Typography.Text type="secondary">{b.source}</Typography.Text>}
    >
      <Flex vertical gap={12}>
        <Progress
          percent={percent}
          status={
            b.status === 'failed' ? 'exception' : finished ? (b.rejected ? 'normal' : 'success') : 'active'
          }
        />
        {/* Three separate counts: conversations stored, duplicates skipped and rejected records are different
            things (a record is one of them), so none is ever added to another. */}
        <Row gutter={16}>
          <Col span={6}>
            <Statistic title={t('import.received')} value={b.total} />
          </Col>
          <Col span={6}>
            <Statistic
              title={t('import.stored')}
              value={b.stored}
              valueStyle={{ color: '#389e0d' }}
              valueRender={(v) => <span data-testid="ingest-stored">{v}</span>}
            />
          </Col>
          <Col span={6}>
            <Statistic
              title={t('import.duplicates')}
              value={b.duplicates}
              valueRender={(v) => <span data-testid="ingest-duplicates">{v}</span>}
            />
          </Col>
          <Col span={6}>
            <Statistic
              title={t('import.rejectedRecords')}
              value={b.rejected}
              valueStyle={b.rejected ? { color: '#cf1322' } : undefined}
              valueRender={(v) => <span data-testid="ingest-rejected">{v}</span>}
            />
          </Col>
        </Row>
        <Descriptions size="small" column={4}>
          <Descriptions.Item label={t('import.pending')}>{b.pending}</Descriptions.Item>
          <Descriptions.Item label={t('import.inserted')}>{b.inserted}</Descriptions.Item>
          <Descriptions.Item label={t('import.updated')}>{b.updated}</Descriptions.Item>
          <Descriptions.Item label={t('common.date')}>
            {formatDateTime(b.finishedAt ?? b.createdAt)}
          </Descriptions.Item>
        </Descriptions>
        {batch.state === 'error' ? (
          <Alert type="error" showIcon title={describeError(batch.error, t)} />
        ) : null}
        <Typography.Text strong>{t('import.errors', { count: b.errorCount })}</Typography.Text>
        <FieldErrorsTable errors={b.errors} testId="ingest-errors" />
        {b.warningCount > 0 ? (
          <>
            <Typography.Text strong>{t('import.warnings', { count: b.warningCount })}</Typography.Text>
            <FieldErrorsTable errors={b.warnings} testId="ingest-warnings" />
          </>
        ) : null}
      </Flex>
    </Card>
  );
}

export function ImportPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const batchId = params.get('batch');
  const [tab, setTab] = useState<'file' | 'paste'>('file');
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [format, setFormat] = useState<string | undefined>();
  const [timeZone, setTimeZone] = useState(DISPLAY_ZONE);
  const [profile, setProfile] = useState<string | undefined>();
  const [encoding, setEncoding] = useState<string | undefined>();
  const [channel, setChannel] = useState<'voice' | 'chat' | undefined>();
  const profiles = useApi('import-profiles', (signal) =>
    api.get<{ items: ImportProfile[] }>('/api/import-profiles', undefined, signal),
  );
  const [text, setText] = useState('');
  // The error (the server's, or "nothing to import") is shown under the form rather than toasted.
  const ingest = useCommand(
    async (): Promise<{ batchId: string }> => {
      if (tab === 'paste') {
        if (text.trim() === '') throw new Error(t('import.noInput'));
        return api.upload('/api/ingest', text, 'application/x-ndjson');
      }
      const picked = files.flatMap((f) => (f.originFileObj ? [f.originFileObj] : []));
      if (picked.length === 0) throw new Error(t('import.noInput'));
      const form = new FormData();
      if (format) form.append('format', format);
      if (timeZone.trim()) form.append('timeZone', timeZone.trim());
      if (profile) form.append('profile', profile);
      if (encoding) form.append('encoding', encoding);
      if (channel) form.append('channel', channel);
      for (const f of picked) form.append('file', f, f.name);
      return api.upload('/api/ingest', form);
    },
    { invalidates: ['ingest'], quiet: true },
  );
  const busy = ingest.busy;
  const error = ingest.error;

  const submit = async () => {
    const done = await ingest.run();
    if (done) setParams({ batch: done.value.batchId });
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('import.title')}
      </Typography.Title>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k === 'paste' ? 'paste' : 'file')}
          items={[
            {
              key: 'file',
              label: t('import.tab.file'),
              children: (
                <Flex vertical gap={8}>
                  <Flex gap={8} wrap align="center">
                    <span>{t('import.format')}</span>
                    <Select
                      allowClear
                      style={{ width: 140 }}
                      placeholder={t('import.formatAuto')}
                      value={format}
                      onChange={setFormat}
                      options={IMPORT_FORMATS.map((f) => ({ value: f, label: f }))}
                    />
                    <span>{t('import.timeZone')}</span>
                    <Input
                      style={{ width: 180 }}
                      value={timeZone}
                      onChange={(e) => setTimeZone(e.target.value)}
                    />
                    <span>{t('import.encoding')}</span>
                    <Select
                      allowClear
                      style={{ width: 120 }}
                      placeholder={t('import.formatAuto')}
                      value={encoding}
                      onChange={setEncoding}
                      options={IMPORT_ENCODINGS.map((e) => ({ value: e, label: e }))}
                      data-testid="ingest-encoding"
                    />
                    <span>{t('import.channel')}</span>
                    <Select
                      allowClear
                      style={{ width: 110 }}
                      placeholder={t('import.formatAuto')}
                      value={channel}
                      onChange={setChannel}
                      options={[
                        { value: 'voice', label: t('import.channel.voice') },
                        { value: 'chat', label: t('import.channel.chat') },
                      ]}
                    />
                  </Flex>
                  <Flex gap={8} wrap align="center">
                    <span>{t('import.profile')}</span>
                    <Select
                      allowClear
                      style={{ width: 260 }}
                      placeholder={t('import.profileNone')}
                      value={profile}
                      onChange={setProfile}
                      loading={profiles.state === 'loading'}
                      options={(profiles.data?.items ?? []).map((p) => ({
                        value: p.name,
                        label: p.description
                          ? t('punct.nameWithId', { name: p.name, id: p.description })
                          : p.name,
                      }))}
                      data-testid="ingest-profile"
                    />
                    <SaveProfileButton
                      current={{
                        ...(format ? { format } : {}),
                        ...(timeZone.trim() ? { timeZone: timeZone.trim() } : {}),
                        ...(encoding ? { encoding } : {}),
                        ...(channel ? { channel } : {}),
                      }}
                      onSaved={(name) => setProfile(name)}
                    />
                  </Flex>
                  <Upload.Dragger
                    multiple
                    fileList={files}
                    beforeUpload={() => false}
                    onChange={(info) => setFiles(info.fileList)}
                    style={{ padding: 8 }}
                  >
                    <p className="ant-upload-drag-icon">
                      <InboxOutlined />
                    </p>
                    <p className="ant-upload-text">{t('import.pick')}</p>
                    <p className="ant-upload-hint">{IMPORT_FORMATS.join(' · ')}</p>
                  </Upload.Dragger>
                </Flex>
              ),
            },
            {
              key: 'paste',
              label: t('import.tab.paste'),
              children: (
                <Input.TextArea
                  rows={8}
                  placeholder={t('import.pasteHint')}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  style={{ fontFamily: 'monospace' }}
                  data-testid="ingest-paste"
                />
              ),
            },
          ]}
        />
        <Flex gap={8} align="center" style={{ marginTop: 12 }}>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="ingest-submit">
            {t('import.submit')}
          </Button>
          {error ? <Alert type="error" showIcon title={describeError(error, t)} /> : null}
        </Flex>
      </Card>
      {batchId ? <BatchProgress key={batchId} batchId={batchId} /> : null}
      <RecordingUpload />
    </Flex>
  );
}
