// 在线试检: paste or upload one conversation and see what the published pack finds in it, with the same
// transcript, hit list and score panel as a stored conversation. POST /api/check stores nothing.
import { useState } from 'react';
import { Alert, Button, Card, Col, Empty, Flex, Input, Row, Typography, Upload } from 'antd';
import { ExperimentOutlined, UploadOutlined } from '@ant-design/icons';
import { api, ApiError } from '../../api/client.ts';
import type { LiveCheck } from '../../api/types.ts';
import { useCommand } from '../../api/queries.ts';
import { describeError } from '../../components/States.tsx';
import { useRuleName } from '../../rules/RulesContext.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { IndexedHit } from '../conversation/HitDetails.tsx';
import { HitList } from '../conversation/HitList.tsx';
import { ScorePanel, type ScoreView } from '../conversation/ScorePanel.tsx';
import { Transcript } from '../conversation/Transcript.tsx';
import { parsePasted } from './paste.ts';

// An invented call with a few things to find: a refusal, an impatient phrase, no closing.
const EXAMPLE = [
  '坐席：您好，很高兴为您服务，请问有什么可以帮您？',
  '客户：我家从早上就停电了，一直没人来修',
  '坐席：这个我不知道，你听我说，抢修要排队的',
  '客户：那要等到什么时候？',
  '坐席：不清楚，你再等等吧',
].join('\n');

interface FieldErrorBody {
  errors?: { line: number; field: string; message: string }[];
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | {
      kind: 'done';
      check: LiveCheck;
      turns: { role: 'agent' | 'customer' | 'ivr' | 'system'; text: string }[];
    }
  | { kind: 'failed'; messages: string[] }
  // the server refused the conversation: the command's error says why
  | { kind: 'refused' };

export function TryPanel({ allowed }: { allowed: boolean }) {
  const { t } = useI18n();
  const ruleName = useRuleName();
  const [text, setText] = useState('');
  const [state, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [activeHit, setActiveHit] = useState<number | null>(null);
  // POST /api/check stores nothing, so nothing is invalidated; its field errors are listed, not toasted
  const checkCmd = useCommand((body: unknown) => api.post<LiveCheck>('/api/check', body), { quiet: true });
  const refused = (e: unknown): Outcome => {
    const details = e instanceof ApiError ? (e.details as FieldErrorBody | undefined) : undefined;
    const fieldErrors = (details?.errors ?? []).map((f) =>
      t('rules.try.fieldError', { line: f.line, field: f.field, message: f.message }),
    );
    return { kind: 'failed', messages: fieldErrors.length > 0 ? fieldErrors : [describeError(e, t)] };
  };
  // the command's error reaches this component a moment after `run` answers null: until then it is still checking
  const outcome: Outcome =
    state.kind !== 'refused' ? state : checkCmd.error ? refused(checkCmd.error) : { kind: 'checking' };

  const check = async () => {
    const pasted = parsePasted(text);
    if (pasted.kind === 'error') {
      const msg =
        pasted.message === 'speaker'
          ? t('rules.try.fieldError', { line: pasted.line, field: '', message: t('rules.try.help') })
          : t('rules.try.invalid');
      setOutcome({ kind: 'failed', messages: [msg] });
      return;
    }
    setOutcome({ kind: 'checking' });
    setActiveHit(null);
    const body = pasted.value;
    const done = await checkCmd.run(body);
    if (!done) {
      setOutcome({ kind: 'refused' });
      return;
    }
    const turns =
      pasted.kind === 'dialogue'
        ? pasted.value.turns
        : ((body as { turns?: { role: 'agent' | 'customer'; text: string }[] }).turns ?? []);
    setOutcome({ kind: 'done', check: done.value, turns });
  };

  if (!allowed) return <Alert type="info" showIcon title={t('rules.try.forbidden')} />;

  const result: ScoreView | null =
    outcome.kind === 'done'
      ? {
          packId: outcome.check.pack.id,
          packVersion: outcome.check.pack.version,
          machineScore: outcome.check.machine.total,
          score: outcome.check.score,
          fatal: outcome.check.fatal,
          hits: outcome.check.hits,
        }
      : null;
  const hits: IndexedHit[] = (result?.hits ?? []).map((h, index) => ({ ...h, index }));

  return (
    <Row gutter={16}>
      <Col xs={24} lg={10}>
        <Card
          size="small"
          title={t('rules.try.input')}
          extra={
            <Flex gap={8}>
              <Button size="small" onClick={() => setText(EXAMPLE)}>
                {t('rules.try.sample')}
              </Button>
              <Upload
                accept=".json,.txt,application/json,text/plain"
                showUploadList={false}
                beforeUpload={(file) => {
                  void file.text().then(setText);
                  return false; // read in the browser, nothing is uploaded as a file
                }}
              >
                <Button size="small" icon={<UploadOutlined />}>
                  {t('rules.try.upload')}
                </Button>
              </Upload>
            </Flex>
          }
        >
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('rules.try.help')}
          </Typography.Paragraph>
          <Input.TextArea
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 12, maxRows: 22 }}
            spellCheck={false}
            style={{ fontFamily: 'inherit' }}
            data-testid="try-input"
          />
          <Button
            type="primary"
            icon={<ExperimentOutlined />}
            style={{ marginTop: 12 }}
            loading={outcome.kind === 'checking'}
            disabled={text.trim() === ''}
            onClick={() => void check()}
            data-testid="try-check"
          >
            {t('rules.try.check')}
          </Button>
          {outcome.kind === 'failed' ? (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 12 }}
              title={t('rules.try.invalid')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {outcome.messages.map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              }
              data-testid="try-error"
            />
          ) : null}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        {outcome.kind === 'done' && result ? (
          <Flex vertical gap={12} data-testid="try-result">
            <Row gutter={12}>
              <Col xs={24} xl={10}>
                <ScorePanel result={result} />
              </Col>
              <Col xs={24} xl={14}>
                <HitList hits={hits} turns={outcome.turns} activeHit={activeHit} onPick={setActiveHit} />
              </Col>
            </Row>
            {outcome.check.notApplicable.length > 0 || outcome.check.pending.length > 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {outcome.check.notApplicable.length > 0
                  ? t('rules.try.notApplicable', {
                      rules: outcome.check.notApplicable
                        .map((r) => ruleName(r))
                        .join(t('punct.listSeparator')),
                    })
                  : null}{' '}
                {outcome.check.pending.length > 0
                  ? t('rules.try.pending', { n: outcome.check.pending.length })
                  : null}
              </Typography.Text>
            ) : null}
            <Transcript
              turns={outcome.turns}
              events={[]}
              hits={hits}
              activeHit={activeHit}
              focusedTurn={null}
              onPickHit={setActiveHit}
            />
          </Flex>
        ) : (
          <Card size="small">
            <Empty description={t('rules.try.empty')} style={{ padding: 48 }} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
