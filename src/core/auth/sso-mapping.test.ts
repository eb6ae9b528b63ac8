import { describe, expect, it } from 'vitest';
import { claimValues, parseRoleMap, ssoAccountChanges, ssoAccountOf } from './sso-mapping.ts';

describe('the SSO role map', () => {
  it('reads the JSON form in order, with scopes, and the short form', () => {
    expect(parseRoleMap('{"qa-admins":"admin","t1":{"role":"team_leader","teamId":"T1"}}')).toEqual([
      { value: 'qa-admins', role: 'admin', teamId: null, vendorId: null, branchId: null },
      { value: 't1', role: 'team_leader', teamId: 'T1', vendorId: null, branchId: null },
    ]);
    expect(parseRoleMap(' qa=qa_inspector , leads=qa_lead ').map((e) => [e.value, e.role])).toEqual([
      ['qa', 'qa_inspector'],
      ['leads', 'qa_lead'],
    ]);
  });

  it('names what is wrong: an unknown role, a scope the role needs or does not take, bad JSON', () => {
    expect(() => parseRoleMap('a=boss')).toThrow(/roles: admin/);
    expect(() => parseRoleMap('{"t":"team_leader"}')).toThrow(/"t": teamId role team_leader needs teamId/);
    expect(() => parseRoleMap('{"q":{"role":"qa_lead","vendorId":"V1"}}')).toThrow(/takes no vendorId/);
    expect(() => parseRoleMap('{"q":')).toThrow(/not valid JSON/);
    expect(() => parseRoleMap('justaword')).toThrow(/not value=role/);
  });
});

describe('SSO claims to an account', () => {
  const cfg = {
    usernameClaim: 'preferred_username',
    nameClaim: 'name',
    rolesClaim: 'realm_access.roles',
    agentIdClaim: 'employee_id',
    roleMap: parseRoleMap('{"lead":"qa_lead","agents":"agent","admins":"admin"}'),
  };

  it('reads nested and single-valued claims', () => {
    expect(claimValues({ realm_access: { roles: ['a', 1, 'b'] } }, 'realm_access.roles')).toEqual(['a', 'b']);
    expect(claimValues({ groups: 'g' }, 'groups')).toEqual(['g']);
    expect(claimValues({}, 'a.b')).toEqual([]);
  });

  it('takes the first map entry the person holds, in the map’s order', () => {
    const r = ssoAccountOf({ preferred_username: 'wang', realm_access: { roles: ['admins', 'lead'] } }, cfg);
    expect(r).toMatchObject({
      ok: true,
      account: { username: 'wang', displayName: 'wang', role: 'qa_lead', matched: 'lead' },
    });
  });

  it('refuses without a username, a mapped role, or an agent code for an agent', () => {
    expect(ssoAccountOf({ realm_access: { roles: ['lead'] } }, cfg)).toMatchObject({
      ok: false,
      reason: 'no_username',
    });
    expect(ssoAccountOf({ preferred_username: 'x', realm_access: { roles: ['staff'] } }, cfg)).toMatchObject({
      ok: false,
      reason: 'no_role',
    });
    expect(ssoAccountOf({ preferred_username: 'x', realm_access: { roles: ['agents'] } }, cfg)).toMatchObject(
      {
        ok: false,
        reason: 'no_agent_id',
      },
    );
    expect(
      ssoAccountOf({ preferred_username: 'x', employee_id: 'A9', realm_access: { roles: ['agents'] } }, cfg),
    ).toMatchObject({ ok: true, account: { role: 'agent', agentId: 'A9' } });
  });

  it('lists only the fields the directory changed', () => {
    const before = {
      displayName: 'x',
      role: 'qa_lead' as const,
      agentId: null,
      teamId: null,
      vendorId: null,
      branchId: null,
    };
    expect(ssoAccountChanges(before, { ...before, username: 'x', matched: 'm' })).toEqual({});
    expect(
      ssoAccountChanges(before, {
        ...before,
        role: 'team_leader',
        teamId: 'T1',
        username: 'x',
        matched: 'm',
      }),
    ).toEqual({
      role: 'team_leader',
      teamId: 'T1',
    });
  });
});
