// 录音转写: upload one call recording (WAV) for speech-to-text, then follow its transcription by polling until the
// transcript is stored and scored as a conversation (docs/stt.md).
import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, Progress, Select, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { AudioOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useCommand } from '../../api/queries.ts';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useApi } from '../../api/useApi.ts';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Recording = ResponseOf<'/api/recordings/{id}', 'get'>;
const FINAL = new Set(['done', 'failed']);

function RecordingProgress({ initial }: { initial: Recording }) {
  const { t } = useI18n();
  // polled every second until the transcription is done or failed
  const [polling, setPolling] = useState(!FINAL.has(initial.status));
  const polled = useApi(
    `recordings:${initial.id}`,
    (signal) => call('get', '/api/recordings/{id}', { params: { id: initial.id }, signal }),
    { refetchInterval: polling ? 1000 : false },
  );
  const rec = polled.data ?? initial;
  // a final answer stops the polling (state adjusted while rendering, as React's docs advise over an effect)
  if (polling && FINAL.has(rec.status)) setPolling(false);
  return (
    <Flex vertical gap={4} data-testid="recording-progress" data-status={rec.status}>
      <Flex gap={8} align="center">
        <Tag color={rec.status === 'done' ? 'green' : rec.status === 'failed' ? 'red' : 'blue'}>
          {t(`recording.status.${rec.status}`)}
        </Tag>
        <Typography.Text>{rec.fileName}</Typography.Text>
        {rec.status === 'done' ? (
          <Link to={`/conversations/${encodeURIComponent(rec.conversationId)}`} data-testid="recording-open">
            {t('recording.upload.open')}
          </Link>
        ) : null}
      </Flex>
      <Progress
        percent={rec.progress}
        status={rec.status === 'failed' ? 'exception' : undefined}
        size="small"
      />
      {rec.error ? <Alert type="error" showIcon title={rec.error} /> : null}
    </Flex>
  );
}

export function RecordingUpload() {
  const { t } = useI18n();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [agentId, setAgentId] = useState('');
  const [conversationId, setConversationId] = useState('');
  const [agentChannel, setAgentChannel] = useState<'0' | '1'>('0');
  const [uploaded, setUploaded] = useState<Recording | null>(null);
  // the error is shown on the card, beside the file
  const upload = useCommand(
    (file: File) => {
      const form = new FormData();
      if (agentId.trim()) form.append('agentId', agentId.trim());
      if (conversationId.trim()) form.append('conversationId', conversationId.trim());
      form.append('agentChannel', agentChannel);
      form.append('file', file, file.name);
      return api.upload<Recording>('/api/recordings', form);
    },
    { invalidates: ['recordings'], quiet: true },
  );
  const busy = upload.busy;
  const error = upload.error;

  const submit = async () => {
    const file = files[0]?.originFileObj;
    if (!file) return;
    const done = await upload.run(file);
    if (!done) return;
    setUploaded(done.value);
    setFiles([]);
  };

  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <AudioOutlined />
          {t('recording.upload.title')}
        </Flex>
      }
      data-testid="recording-upload"
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('recording.upload.hint')}</Typography.Text>
        <Flex gap={8} wrap align="center">
          <span>{t('recording.upload.agentId')}</span>
          <Input
            style={{ width: 140 }}
            value={agentId}
            onChange={(e) => setAgentId(e.target.value)}
            data-testid="recording-agent"
          />
          <span>{t('recording.upload.conversationId')}</span>
          <Input
            style={{ width: 200 }}
            value={conversationId}
            onChange={(e) => setConversationId(e.target.value)}
            data-testid="recording-conversation"
          />
          <span>{t('recording.upload.agentChannel')}</span>
          <Select
            style={{ width: 110 }}
            value={agentChannel}
            onChange={setAgentChannel}
            options={[
              { value: '0', label: t('recording.upload.left') },
              { value: '1', label: t('recording.upload.right') },
            ]}
          />
        </Flex>
        <Upload.Dragger
          accept=".wav,audio/wav"
          maxCount={1}
          fileList={files}
          beforeUpload={() => false}
          onChange={(info) => setFiles(info.fileList.slice(-1))}
          style={{ padding: 8 }}
        >
          <p className="ant-upload-drag-icon">
            <AudioOutlined />
          </p>
          <p className="ant-upload-text">{t('recording.upload.pick')}</p>
        </Upload.Dragger>
        <Flex gap={8} align="center">
          <Button
            type="primary"
            loading={busy}
            disabled={files.length === 0}
            onClick={() => void submit()}
            data-testid="recording-submit"
          >
            {t('recording.upload.submit')}
          </Button>
          {error ? <Alert type="error" showIcon title={describeError(error, t)} /> : null}
        </Flex>
        {uploaded ? <RecordingProgress key={uploaded.id} initial={uploaded} /> : null}
      </Flex>
    </Card>
  );
}
