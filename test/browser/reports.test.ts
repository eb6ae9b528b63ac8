// Reports on the real server with the demo data (seed 002 monthly 考核, seed 004 质检报告): the vendor manager opens
// 报表, sees last month's figures with the daily trend and top-rule charts and the trends, downloads the Excel
// report (saved and read back with exceljs: its cells hold the figures the page shows) and opens the printable
// page with its SVG charts. The QA lead records the measured effect of an adopted idea (seed 001 金点子) on the
// adopted board. Screenshots: test-artifacts/screenshots/reports-*.png.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { browserUnavailable, screenshot } from './support/browser.ts';
import { useDemoJourney } from './support/demo-journey.ts';

const unavailable = browserUnavailable();

/** The month before today in Shanghai, `YYYY-MM` (the screen's default). */
function previousMonth(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

describe.skipIf(unavailable !== null)(
  'reports: monthly report, Excel, print and idea effects (Chromium)',
  () => {
    const j = useDemoJourney();
    const { as, api } = j;

    it('the vendor manager reads the monthly report with charts, downloads the Excel and prints it', async () => {
      const month = previousMonth();
      const expected = await api<{ summary: { conversations: number; meanScore: number | null } }>(
        'GET',
        `/api/reports/monthly?month=${month}`,
      );
      expect(expected.summary.conversations).toBeGreaterThan(0);

      const pm = await as('pm01');
      await pm.goto(`${j.server.url}/reports`);
      const summary = pm.getByTestId('reports-summary');
      await expect
        .poll(async () => (await summary.textContent()) ?? '', { timeout: 30_000 })
        .toContain(String(expected.summary.conversations));
      for (const chart of ['每日趋势', '违规规则排行', '质检均分趋势', '规则趋势（每百通命中）'])
        await expect
          .poll(() => pm.locator(`[aria-label="${chart}"] canvas`).count(), { timeout: 30_000 })
          .toBeGreaterThan(0);
      await expect
        .poll(() => pm.getByTestId('reports-agents').locator('tbody tr').count())
        .toBeGreaterThan(1);
      await screenshot(pm, 'reports-monthly');

      const [download] = await Promise.all([
        pm.waitForEvent('download'),
        pm.getByTestId('reports-xlsx').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`qa-report-${month}.xlsx`);
      const path = join(mkdtempSync(join(tmpdir(), 'zhijian-report-')), 'report.xlsx');
      await download.saveAs(path);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const sum = wb.getWorksheet('概要')!;
      const cells = new Map<string, ExcelJS.CellValue>();
      sum.eachRow((r) => cells.set(r.getCell(1).text, r.getCell(2).value));
      expect(cells.get('通话量')).toBe(expected.summary.conversations);
      expect(cells.get('质检均分')).toBe(expected.summary.meanScore);
      expect(wb.getWorksheet('坐席')!.rowCount).toBeGreaterThan(4);

      const print = await pm.context().newPage();
      await print.goto(`${j.server.url}/api/reports/monthly/print?month=${month}`);
      await expect(print.locator('svg.chart').count()).resolves.toBe(2);
      await expect(print.locator('h1').textContent()).resolves.toContain(`${month} 质检月报`);
      await expect(print.locator('.kpi').first().textContent()).resolves.toContain(
        String(expected.summary.conversations),
      );
      await screenshot(print, 'reports-print');
      await print.close();
    });

    it('the QA lead records the effect of an adopted idea on the adopted board', async () => {
      const idea = await api<{ id: string }>('POST', '/api/ideas', {
        source: 'agent',
        agentId: 'A002',
        category: 'service',
        title: '回访前先发短信预告',
        body: '满意度回访前先发短信告知来电号码，减少客户拒接。',
      });
      await api('POST', `/api/ideas/${idea.id}/move`, { to: 'adopted', reason: '试行一个月' });
      const lead = await as('qalead');
      await lead.goto(`${j.server.url}/ideas`);
      await lead.locator('.ant-segmented-item', { hasText: '已采纳' }).last().click();
      const card = lead
        .getByTestId('idea-adopted')
        .getByTestId('idea-card')
        .filter({ hasText: '回访前先发短信预告' });
      await card.getByTestId('idea-effect-open').click();
      const form = lead.getByTestId('idea-effect-form');
      await form.getByTestId('idea-effect-text').fill('回访接通率明显上升');
      await form.getByTestId('idea-effect-metric').fill('回访接通率%');
      await form.getByTestId('idea-effect-before').fill('62');
      await form.getByTestId('idea-effect-after').fill('78.5');
      await lead.getByTestId('idea-effect-ok').click();
      await expect
        .poll(async () => (await card.getByTestId('idea-effect').textContent()) ?? '', { timeout: 20_000 })
        .toContain('回访接通率%: 62 → 78.5');
      await screenshot(lead, 'reports-idea-effect');
      const ideas = await api<{
        items: { id: string; effectRecord: { before: number; after: number } | null }[];
      }>('GET', '/api/ideas');
      expect(ideas.items.find((i) => i.id === idea.id)?.effectRecord).toMatchObject({
        before: 62,
        after: 78.5,
      });
    });

    it('ran without page errors', () => {
      expect(j.pageErrors.flat()).toEqual([]);
    });
  },
);
