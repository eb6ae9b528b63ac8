// A day range for pack previews and re-scores: defaults to the last 30 days up to yesterday (today is still
// being ingested), turned into the half-open [from, to) interval the API takes.
import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { dayRangeToQuery, zonedDate } from '../../format/time.ts';

export type DayRange = [Dayjs, Dayjs];

export function defaultRange(now: Date): DayRange {
  const yesterday = dayjs(zonedDate(now)).subtract(1, 'day');
  return [yesterday.subtract(29, 'day'), yesterday];
}

export function rangeToPeriod(range: DayRange): { from: string; to: string } {
  return dayRangeToQuery(range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD'));
}

export function PeriodPicker({
  value,
  onChange,
  label,
  testId,
}: {
  value: DayRange;
  onChange: (r: DayRange) => void;
  label: string;
  testId: string;
}) {
  return (
    <DatePicker.RangePicker
      value={value}
      allowClear={false}
      aria-label={label}
      data-testid={testId}
      onChange={(v) => {
        const [a, b] = v ?? [];
        if (a && b) onChange([a, b]);
      }}
    />
  );
}
