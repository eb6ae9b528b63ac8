import { describe, expect, it } from 'vitest';
import { ASSIGNABLE_ROLES, passwordIssues, scopeIssues } from './user-scope.ts';

const none = { agentId: null, teamId: null, vendorId: null };

describe('user scope ids', () => {
  it('requires exactly the one scope id a scoped role uses', () => {
    expect(scopeIssues('agent', { ...none, agentId: 'A001' })).toEqual([]);
    expect(scopeIssues('agent', none)).toEqual([{ field: 'agentId', message: 'role agent needs agentId' }]);
    expect(scopeIssues('team_leader', { ...none, teamId: 'T1', vendorId: 'V1' })).toEqual([
      { field: 'vendorId', message: 'role team_leader takes no vendorId' },
    ]);
    expect(scopeIssues('vendor_manager', { ...none, vendorId: 'V1' })).toEqual([]);
  });

  it('gives unscoped roles no scope id', () => {
    expect(scopeIssues('qa_inspector', none)).toEqual([]);
    expect(scopeIssues('admin', { ...none, agentId: 'A001' })).toHaveLength(1);
  });

  it('lets a vendor manager hand out only front-line roles', () => {
    expect(ASSIGNABLE_ROLES.vendor_manager).toEqual(['agent', 'team_leader']);
    expect(ASSIGNABLE_ROLES.admin).toContain('admin');
    expect(ASSIGNABLE_ROLES.qa_lead).toEqual([]);
  });
});

describe('password rule', () => {
  it('wants length, not the username, not one repeated character', () => {
    expect(passwordIssues('p', 'correct horse', 'zhang')).toEqual([]);
    expect(passwordIssues('p', 'short', 'zhang').map((i) => i.message)).toEqual(['at least 10 characters']);
    expect(passwordIssues('p', 'zhangsan01', 'ZhangSan01')).toHaveLength(1);
    expect(passwordIssues('p', 'aaaaaaaaaaaa', 'x')).toEqual([
      { field: 'p', message: 'must not repeat one character' },
    ]);
    // Chinese passphrases count characters, not bytes.
    expect(passwordIssues('p', '春眠不觉晓处处闻啼鸟', 'x')).toEqual([]);
  });
});
