// Per-record errors {line, field, message} of an import, as a table (texts are the server's, shown as text).
import { Table } from 'antd';
import type { FieldError } from '../../api/ops-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export function FieldErrorsTable({ errors, testId }: { errors: FieldError[]; testId?: string }) {
  const { t } = useI18n();
  const withFile = errors.some((e) => e.file);
  return (
    <Table<FieldError & { key: number }>
      data-testid={testId ?? 'field-errors'}
      size="small"
      rowKey="key"
      dataSource={errors.map((e, key) => ({ ...e, key }))}
      pagination={errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
      locale={{ emptyText: t('import.noErrors') }}
      columns={[
        ...(withFile ? [{ title: t('import.file'), dataIndex: 'file', width: 160, ellipsis: true }] : []),
        { title: t('field.line'), dataIndex: 'line', width: 70 },
        { title: t('field.field'), dataIndex: 'field', width: 180, ellipsis: true },
        { title: t('field.message'), dataIndex: 'message' },
      ]}
    />
  );
}
