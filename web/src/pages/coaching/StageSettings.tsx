// Editing the stage thresholds (seed 004 上线初期、中期及后期): pre-line training days and the on-line days that end the
// early and the middle stage. Shown to the QA lead and the admin (the stage analysis' `actions.editSettings`); the
// server validates (middle after early) and audits the change, and the analysis re-reads with the new stages.
import { useState } from 'react';
import { Button, Form, InputNumber, Modal } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useCommand } from '../../api/queries.ts';
import { call } from '../../api/typed.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { StagesAnswer } from './types.ts';

type Settings = StagesAnswer['settings'];

export function StageSettingsButton({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Settings>();
  // new thresholds move agents between stages: the analysis (and the plans' suggestions from it) re-read
  const saveSettings = useCommand(
    (v: Settings) => call('put', '/api/coaching/settings', { body: { stages: v } }),
    { invalidates: ['coaching'], success: t('coaching.stage.settingsSaved') },
  );
  const save = async (v: Settings) => {
    if (await saveSettings.run(v)) setOpen(false);
  };
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="stage-settings-open">
        {t('coaching.stage.editSettings')}
      </Button>
      <Modal
        open={open}
        title={t('coaching.stage.editSettings')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: saveSettings.busy, 'data-testid': 'stage-settings-ok' }}
        destroyOnHidden
      >
        <Form<Settings>
          form={form}
          layout="vertical"
          initialValues={settings}
          onFinish={(v) => void save(v)}
          data-testid="stage-settings-form"
        >
          <Form.Item
            name="trainingDays"
            label={t('coaching.stage.trainingDays')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={365} precision={0} />
          </Form.Item>
          <Form.Item
            name="earlyUntilDays"
            label={t('coaching.stage.earlyUntil')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={3650} precision={0} data-testid="stage-early-until" />
          </Form.Item>
          <Form.Item
            name="middleUntilDays"
            label={t('coaching.stage.middleUntil')}
            dependencies={['earlyUntilDays']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_r, v: number | undefined) =>
                  v === undefined || v > (getFieldValue('earlyUntilDays') as number)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('coaching.stage.middleAfterEarly'))),
              }),
            ]}
          >
            <InputNumber min={2} max={3650} precision={0} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
