// Create a sampling plan: random % of the period, N per agent per period, or targeted (fatal, agent-first hang-up
// — seed 003 挂机规范 —, complaint risk — seed 004 —, named rules), within all / some teams / some vendors.
import { useState } from 'react';
import { App, Button, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Switch } from 'antd';
import { api } from '../../api/client.ts';
import { PERIOD_KINDS } from '../../api/admin-types.ts';
import type { PeriodKind, PlanScope, SamplingPlan, SamplingRule } from '../../api/admin-types.ts';
import type { Org } from '../../api/useOrg.ts';
import { useCommand } from '../../api/queries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePublishedRules, useRuleName } from '../../rules/RulesContext.tsx';

interface Values {
  name: string;
  kind: SamplingRule['kind'];
  percent?: number;
  perAgent?: number;
  targets?: ('fatal' | 'agentHangup' | 'anyHangup' | 'complaintRisk')[];
  rules?: string[];
  scopeKind: PlanScope['kind'];
  teamIds?: string[];
  vendorIds?: string[];
  period: PeriodKind;
  scheduled: boolean;
}

function toRule(v: Values): SamplingRule {
  switch (v.kind) {
    case 'random':
      return { kind: 'random', percent: v.percent ?? 0 };
    case 'per-agent':
      return { kind: 'per-agent', perAgent: v.perAgent ?? 0 };
    case 'targeted': {
      const t = new Set(v.targets ?? []);
      return {
        kind: 'targeted',
        fatal: t.has('fatal'),
        agentHangup: t.has('agentHangup'),
        anyHangup: t.has('anyHangup'),
        complaintRisk: t.has('complaintRisk'),
        rules: v.rules ?? [],
      };
    }
  }
}

function toScope(v: Values): PlanScope {
  switch (v.scopeKind) {
    case 'all':
      return { kind: 'all' };
    case 'team':
      return { kind: 'team', teamIds: v.teamIds ?? [] };
    case 'vendor':
      return { kind: 'vendor', vendorIds: v.vendorIds ?? [] };
  }
}

export function PlanForm({ org }: { org: Org | undefined }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const rules = usePublishedRules();
  const ruleName = useRuleName();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const scopeKind = Form.useWatch('scopeKind', form);
  const required = [{ required: true, message: t('common.required') }];

  const create = useCommand((body: object) => api.post<SamplingPlan>('/api/sampling-plans', body), {
    invalidates: ['sampling-plans'],
    success: t('common.created'),
  });

  const submit = async (v: Values) => {
    const rule = toRule(v);
    if (
      rule.kind === 'targeted' &&
      !rule.fatal &&
      !rule.agentHangup &&
      !rule.anyHangup &&
      !rule.complaintRisk &&
      !rule.rules.length
    ) {
      void message.error(t('sampling.needTarget'));
      return;
    }
    const done = await create.run({
      name: v.name.trim(),
      rule,
      scope: toScope(v),
      period: v.period,
      scheduled: v.scheduled,
    });
    if (!done) return;
    form.resetFields();
    setOpen(false);
  };

  const ruleOptions = (rules.pack?.rules ?? []).map((r) => ({
    value: r.id,
    label: `${ruleName(r.id)} (${r.id})`,
  }));

  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="plan-new">
        {t('sampling.new')}
      </Button>
      <Modal
        open={open}
        title={t('sampling.new')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.busy}
        forceRender
        width={600}
      >
        <Form
          form={form}
          layout="vertical"
          data-testid="plan-form"
          initialValues={{
            kind: 'random',
            percent: 5,
            perAgent: 2,
            scopeKind: 'all',
            period: 'day',
            scheduled: false,
            targets: ['fatal'],
          }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item
            name="name"
            label={t('sampling.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="kind" label={t('sampling.kind')}>
            <Radio.Group
              optionType="button"
              options={(['random', 'per-agent', 'targeted'] as const).map((k) => ({
                value: k,
                label: t(`sampling.kind.${k}`),
              }))}
            />
          </Form.Item>
          {kind === 'random' ? (
            <Form.Item name="percent" label={t('sampling.percent')} rules={required}>
              <InputNumber min={0.1} max={100} step={1} suffix="%" style={{ width: 160 }} />
            </Form.Item>
          ) : null}
          {kind === 'per-agent' ? (
            <Form.Item name="perAgent" label={t('sampling.perAgent')} rules={required}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: 160 }} />
            </Form.Item>
          ) : null}
          {kind === 'targeted' ? (
            <>
              <Form.Item name="targets" label={t('sampling.targets')}>
                <Checkbox.Group
                  options={[
                    { value: 'fatal', label: t('review.reason.fatal') },
                    { value: 'agentHangup', label: t('review.reason.agent-hangup') },
                    { value: 'anyHangup', label: t('telephony.sampling.anyHangup') },
                    { value: 'complaintRisk', label: t('review.reason.complaint-risk') },
                  ]}
                />
              </Form.Item>
              <Form.Item name="rules" label={t('sampling.rules')}>
                <Select
                  mode="multiple"
                  allowClear
                  options={ruleOptions}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              </Form.Item>
            </>
          ) : null}
          <Form.Item name="scopeKind" label={t('sampling.scope')}>
            <Radio.Group
              options={(['all', 'team', 'vendor'] as const).map((k) => ({
                value: k,
                label: t(`sampling.scope.${k}`),
              }))}
            />
          </Form.Item>
          {scopeKind === 'team' ? (
            <Form.Item name="teamIds" label={t('common.team')} rules={required}>
              <Select
                mode="multiple"
                options={(org?.teams ?? []).map((x) => ({ value: x.id, label: x.name }))}
              />
            </Form.Item>
          ) : null}
          {scopeKind === 'vendor' ? (
            <Form.Item name="vendorIds" label={t('common.vendor')} rules={required}>
              <Select
                mode="multiple"
                options={(org?.vendors ?? []).map((x) => ({ value: x.id, label: x.name }))}
              />
            </Form.Item>
          ) : null}
          <Form.Item name="period" label={t('sampling.period')}>
            <Radio.Group
              optionType="button"
              options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`sampling.period.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="scheduled" label={t('sampling.scheduled')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
