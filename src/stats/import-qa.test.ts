import { describe, expect, it } from 'vitest';
import { importQaScores, qaScoresByAgent } from './import-qa.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('importQaScores', () => {
  it('reads agent_id, month, qa_score and groups a month’s scores per agent', async () => {
    const r = await importQaScores(
      enc('agent_id,month,qa_score\nA001,2026-10,92.5\nA001,2026-10,88\nB002,2026/10,90\nA001,2026-09,70\n'),
    );
    expect(r.errors).toEqual([]);
    expect([...qaScoresByAgent(r.rows, '2026-10')]).toEqual([
      ['A001', [92.5, 88]],
      ['B002', [90]],
    ]);
  });

  it('accepts Chinese headers and reports bad rows with line and field', async () => {
    const r = await importQaScores(
      enc('工号,月份,质检得分\nA001,2026年10月,95\nA002,2026-13,90\nA003,2026-10,105\n,2026-10,abc\n'),
    );
    expect(r.rows).toEqual([{ line: 2, agentId: 'A001', month: '2026-10', qaScore: 95 }]);
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'month'],
      [4, 'qa_score'],
      [5, 'agent_id'],
      [5, 'qa_score'],
    ]);
  });
});
