// Upload a rule pack version: paste its YAML or pick a .yaml file, POST /api/packs as text/yaml. A rejected pack
// answers 400 with every issue {file, line, column, path, message}; they are listed line by line so the author
// can fix them all in one go.
import { useState } from 'react';
import { Alert, Button, Flex, Input, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { api, ApiError } from '../../api/client.ts';
import type { PackIssue, UploadedPack } from '../../api/pack-types.ts';
import { useCommand } from '../../api/queries.ts';
import { describeError } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'done'; pack: UploadedPack }
  | { kind: 'rejected'; issues: PackIssue[] }
  | { kind: 'failed'; error: unknown }
  // the upload failed: its error is the command's
  | { kind: 'refused' };

function issuesOf(e: unknown): PackIssue[] {
  if (!(e instanceof ApiError) || e.status !== 400) return [];
  const details = e.details as { issues?: PackIssue[] } | undefined;
  return Array.isArray(details?.issues) ? details.issues : [];
}

export function UploadPack() {
  const { t } = useI18n();
  const [source, setSource] = useState('');
  const [state, setOutcome] = useState<Outcome>({ kind: 'idle' });
  // a rejected pack's issues are listed here rather than toasted
  const upload = useCommand((yaml: string) => api.upload<UploadedPack>('/api/packs', yaml, 'text/yaml'), {
    invalidates: ['packs'],
    quiet: true,
  });
  const issues = state.kind === 'refused' ? issuesOf(upload.error) : [];
  // the command's error reaches this component a moment after `run` answers null: until then nothing is shown
  const outcome: Outcome =
    state.kind !== 'refused'
      ? state
      : !upload.error
        ? { kind: 'idle' }
        : issues.length > 0
          ? { kind: 'rejected', issues }
          : { kind: 'failed', error: upload.error };

  const submit = async () => {
    if (!source.trim()) {
      setOutcome({ kind: 'failed', error: new Error(t('packs.needSource')) });
      return;
    }
    const done = await upload.run(source);
    if (!done) {
      setOutcome({ kind: 'refused' });
      return;
    }
    const pack = done.value;
    setOutcome({ kind: 'done', pack });
    // stored: clear the editor so the next upload starts clean (the alert names what was stored)
    if (pack.created) setSource('');
  };

  return (
    <Flex vertical gap={8} data-testid="pack-upload">
      <Typography.Text type="secondary">{t('packs.uploadHint')}</Typography.Text>
      <Input.TextArea
        value={source}
        onChange={(e) => setSource(e.target.value)}
        placeholder={t('packs.uploadPlaceholder')}
        aria-label={t('packs.upload')}
        autoSize={{ minRows: 6, maxRows: 16 }}
        spellCheck={false}
        style={{ fontFamily: 'monospace' }}
        data-testid="pack-source"
      />
      <Flex gap={8}>
        <Upload
          accept=".yaml,.yml"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((text) => {
              setSource(text);
              setOutcome({ kind: 'idle' });
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('packs.pickFile')}</Button>
        </Upload>
        <Button type="primary" loading={upload.busy} onClick={() => void submit()} data-testid="pack-submit">
          {t('packs.submitUpload')}
        </Button>
      </Flex>
      {outcome.kind === 'done' ? (
        <Alert
          type={outcome.pack.created ? 'success' : 'info'}
          showIcon
          data-testid="pack-uploaded"
          title={t(outcome.pack.created ? 'packs.uploaded' : 'packs.unchanged', {
            id: outcome.pack.id,
            label: outcome.pack.label,
          })}
        />
      ) : null}
      {outcome.kind === 'rejected' ? (
        <Alert
          type="error"
          showIcon
          data-testid="pack-issues"
          title={t('packs.rejected', { n: outcome.issues.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {outcome.issues.map((i, n) => (
                <li key={n}>
                  {t('packs.issue', {
                    line: i.line,
                    column: i.column,
                    path: i.path,
                    message: i.message,
                  })}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {outcome.kind === 'failed' ? (
        <Alert type="error" showIcon title={describeError(outcome.error, t)} />
      ) : null}
    </Flex>
  );
}
