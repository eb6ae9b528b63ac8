// Tools every list carries next to its filters: saved views (a named filter set, private or shared with the
// user's team; GET/POST/DELETE /api/views) and export of the filtered list to CSV or Excel
// (GET <list>/export, which the server builds from the list itself, masked the same way).
import { useState } from 'react';
import { Button, Checkbox, Dropdown, Flex, Input, Popover, Select, Tag } from 'antd';
import { DeleteOutlined, DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { api, buildUrl } from '../api/client.ts';
import { useCommand } from '../api/queries.ts';
import { useApi } from '../api/useApi.ts';
import { useI18n } from '../i18n/i18n.tsx';

export type ViewList = 'conversations' | 'review-tasks' | 'appeals' | 'complaints' | 'discipline' | 'audit';

/** A list's filters as saved-view parameters: the ones set, as strings. */
export function definedOnly(filters: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

interface SavedView {
  id: string;
  name: string;
  filters: Record<string, string>;
  shared: boolean;
  mine: boolean;
}

interface ViewsProps {
  list: ViewList;
  /** The list's current filters as query parameters (paging is dropped by the server). */
  current: Record<string, string>;
  onApply: (filters: Record<string, string>) => void;
}

export function SavedViews({ list, current, onApply }: ViewsProps) {
  const { t } = useI18n();
  const views = useApi(`views:${list}`, (signal) =>
    api.get<{ items: SavedView[] }>('/api/views', { list }, signal),
  );
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const items = views.data?.items ?? [];

  const saveCmd = useCommand(
    (body: { list: ViewList; name: string; filters: Record<string, string>; shared: boolean }) =>
      api.post('/api/views', body),
    { invalidates: ['views'], success: t('lists.views.saved') },
  );
  const removeCmd = useCommand((id: string) => api.delete(`/api/views/${encodeURIComponent(id)}`), {
    invalidates: ['views'],
    success: t('lists.views.deleted'),
  });
  const save = async () => {
    if (!(await saveCmd.run({ list, name: name.trim(), filters: current, shared }))) return;
    setOpen(false);
    setName('');
  };
  const remove = (id: string) => removeCmd.run(id);

  return (
    <Flex gap={4} align="center">
      <Select
        style={{ width: 170 }}
        placeholder={t('lists.views.placeholder')}
        value={null}
        data-testid="saved-views"
        options={items.map((v) => ({
          value: v.id,
          label: (
            <Flex justify="space-between" align="center" gap={4}>
              <span data-testid={`saved-view-${v.name}`}>{v.name}</span>
              <span>
                {v.shared ? <Tag style={{ marginInlineEnd: 4 }}>{t('lists.views.sharedTag')}</Tag> : null}
                {v.mine ? (
                  <DeleteOutlined
                    aria-label={t('lists.views.delete')}
                    onClick={(e) => {
                      e.stopPropagation();
                      void remove(v.id);
                    }}
                  />
                ) : null}
              </span>
            </Flex>
          ),
        }))}
        onChange={(id: string) => {
          const v = items.find((x) => x.id === id);
          if (v) onApply(v.filters);
        }}
      />
      <Popover
        open={open}
        onOpenChange={setOpen}
        trigger="click"
        title={t('lists.views.save')}
        content={
          <Flex vertical gap={8} style={{ width: 220 }}>
            <Input
              placeholder={t('lists.views.name')}
              value={name}
              maxLength={80}
              onChange={(e) => setName(e.target.value)}
              onPressEnter={() => void save()}
              data-testid="view-name"
            />
            <Checkbox checked={shared} onChange={(e) => setShared(e.target.checked)}>
              {t('lists.views.shared')}
            </Checkbox>
            <Button
              type="primary"
              loading={saveCmd.busy}
              disabled={name.trim() === ''}
              onClick={() => void save()}
              data-testid="view-save-confirm"
            >
              {t('common.save')}
            </Button>
          </Flex>
        }
      >
        <Button icon={<SaveOutlined />} data-testid="view-save">
          {t('lists.views.save')}
        </Button>
      </Popover>
    </Flex>
  );
}

interface ExportProps {
  /** The list's API path, e.g. `/api/conversations`. */
  path: string;
  /** The list's current query (any shape its page keeps): strings and numbers are passed on, paging is not. */
  query: object;
}

/** Export of the filtered list: plain links, so the browser downloads with the session it has. */
export function ExportButton({ path, query }: ExportProps) {
  const { t } = useI18n();
  const filters: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(query))
    if ((typeof v === 'string' || typeof v === 'number') && k !== 'page' && k !== 'pageSize') filters[k] = v;
  const href = (format: 'csv' | 'xlsx') => buildUrl(`${path}/export`, { ...filters, format });
  return (
    <Dropdown
      menu={{
        items: [
          {
            key: 'xlsx',
            label: (
              <a href={href('xlsx')} download data-testid="export-xlsx">
                {t('lists.export.xlsx')}
              </a>
            ),
          },
          {
            key: 'csv',
            label: (
              <a href={href('csv')} download data-testid="export-csv">
                {t('lists.export.csv')}
              </a>
            ),
          },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} data-testid="export">
        {t('lists.export')}
      </Button>
    </Dropdown>
  );
}
