// Download a list as XLSX or CSV: the server writes the file in the caller's row scope (src/reports/list-export.ts);
// the button is a plain link per format, so the browser's own download keeps the server's file name.
import { Button, Dropdown } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/i18n.tsx';

export function ExportButton({ url, testId }: { url: string; testId?: string }) {
  const { t } = useI18n();
  return (
    <Dropdown
      menu={{
        items: [
          {
            key: 'xlsx',
            label: (
              <a href={`${url}?format=xlsx`} data-testid={testId ? `${testId}-xlsx` : undefined}>
                {t('reports.export.xlsx')}
              </a>
            ),
          },
          {
            key: 'csv',
            label: (
              <a href={`${url}?format=csv`} data-testid={testId ? `${testId}-csv` : undefined}>
                {t('reports.export.csv')}
              </a>
            ),
          },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} data-testid={testId}>
        {t('reports.export')}
      </Button>
    </Dropdown>
  );
}
