// 工作日历: public holidays and 调休 make-up working days per year, seeded from chinese-days at start
// (src/ops/holidays.ts) and edited here. Appeal deadlines, SLA timers and report due dates count working days on it;
// the State Council publishes next year's days in Q4, so a missing next year is a warning.
import { useState } from 'react';
import { Alert, Button, DatePicker, Flex, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../api/client.ts';
import { call, type ResponseOf } from '../../api/typed.ts';
import { useCommand } from '../../api/queries.ts';
import { useApi } from '../../api/useApi.ts';
import { useMay } from '../../auth/auth.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Day = ResponseOf<'/api/review/calendar', 'get'>['days'][number];

export function CalendarPage() {
  const { t } = useI18n();
  const canEdit = useMay()('calendar.manage');
  const cal = useApi('review:calendar', (signal) => call('get', '/api/review/calendar', { signal }));
  const [year, setYear] = useState<number | undefined>();
  const [day, setDay] = useState<Dayjs | null>(null);
  const [kind, setKind] = useState<Day['kind']>('holiday');
  const [name, setName] = useState('');
  const c = cal.data;
  const shown = year ?? c?.thisYear ?? new Date().getFullYear();
  const days = (c?.days ?? []).filter((d) => d.day.startsWith(`${shown}-`));

  // the calendar lives under /api/review; the complaint form's callback due date is counted on it too (deadlines
  // already set on appeals and work orders are snapshots and do not move)
  const put = useCommand(
    (from: string, to: string, next: Day[]) => api.put('/api/review/calendar', { from, to, days: next }),
    { invalidates: ['review', 'complaints'], success: t('common.saved') },
  );
  const save = async (next: Day[]) => (await put.run(`${shown}-01-01`, `${shown}-12-31`, next)) !== null;
  const years = [
    ...new Set([...(c?.years ?? []).map((y) => y.year), c?.thisYear ?? shown, c?.nextYear ?? shown + 1]),
  ].sort();

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={16} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('calendar.title')}
        </Typography.Title>
        <Select
          style={{ width: 120 }}
          value={shown}
          onChange={setYear}
          data-testid="calendar-year"
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
      </Flex>
      {c?.thisYearMissing ? (
        <Alert type="error" showIcon title={t('calendar.missing', { year: c.thisYear })} />
      ) : null}
      {c?.nextYearMissing ? (
        <Alert
          type="warning"
          showIcon
          data-testid="calendar-next-missing"
          title={t('calendar.missing', { year: c.nextYear })}
        />
      ) : null}
      <Flex gap={8} wrap>
        {(c?.years ?? []).map((y) => (
          <Tag key={y.year}>{t('calendar.yearCount', { ...y })}</Tag>
        ))}
      </Flex>
      {canEdit ? (
        <Flex gap={8} wrap>
          <DatePicker value={day} onChange={setDay} />
          <Select
            style={{ width: 140 }}
            value={kind}
            onChange={setKind}
            options={[
              { value: 'holiday', label: t('calendar.holiday') },
              { value: 'workday', label: t('calendar.workday') },
            ]}
          />
          <Input
            style={{ width: 200 }}
            value={name}
            placeholder={t('calendar.name')}
            onChange={(e) => setName(e.target.value)}
          />
          <Button
            type="primary"
            loading={put.busy}
            disabled={!day || !day.format('YYYY').startsWith(String(shown))}
            onClick={() => {
              const d = day!.format('YYYY-MM-DD');
              void save([...days.filter((x) => x.day !== d), { day: d, kind, name: name.trim() }]).then(
                (ok) => {
                  if (ok) {
                    setDay(null);
                    setName('');
                  }
                },
              );
            }}
          >
            {t('calendar.add')}
          </Button>
        </Flex>
      ) : null}
      <Table<Day>
        size="small"
        rowKey="day"
        pagination={false}
        dataSource={days}
        loading={cal.state === 'loading'}
        locale={{ emptyText: t('common.noData') }}
        columns={[
          { title: t('common.date'), dataIndex: 'day', width: 130 },
          {
            title: t('calendar.kind'),
            dataIndex: 'kind',
            width: 140,
            render: (k: Day['kind']) => (
              <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t(`calendar.${k}`)}</Tag>
            ),
          },
          { title: t('calendar.name'), dataIndex: 'name' },
          ...(canEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'x',
                  width: 90,
                  render: (_: unknown, r: Day) => (
                    <Popconfirm
                      title={t('settle.clearAsk')}
                      onConfirm={() => save(days.filter((x) => x.day !== r.day))}
                    >
                      <Button size="small" danger>
                        {t('settle.clear')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
