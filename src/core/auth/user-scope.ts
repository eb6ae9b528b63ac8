// User accounts: the scope id each role needs, the roles a manager may hand out, and the password rule. Pure.
import { USER_ROLES, type UserRole } from './roles.ts';

export interface ScopeIds {
  agentId: string | null;
  teamId: string | null;
  vendorId: string | null;
}

export interface FieldIssue {
  field: string;
  message: string;
}

/** The one scope column each scoped role carries (roles.ts dataScope reads exactly this column). */
export function scopeFieldOf(role: UserRole): keyof ScopeIds | null {
  switch (role) {
    case 'agent':
      return 'agentId';
    case 'team_leader':
      return 'teamId';
    case 'vendor_manager':
      return 'vendorId';
    case 'admin':
    case 'qa_lead':
    case 'qa_inspector':
    case 'complaint_desk':
    case 'expert_seat':
    case 'back_office': // scoped by branchId, checked by branchIssues
      return null;
  }
}

/**
 * An agent account needs its agent code, a team leader their team, a vendor manager their vendor; every other
 * scope column must stay empty, so that no account carries a scope its role does not use (a stale team id on a
 * QA inspector would silently narrow nothing today and something tomorrow).
 */
export function scopeIssues(role: UserRole, ids: ScopeIds): FieldIssue[] {
  const needed = scopeFieldOf(role);
  const issues: FieldIssue[] = [];
  for (const field of ['agentId', 'teamId', 'vendorId'] as const) {
    if (field === needed && ids[field] === null) {
      issues.push({ field, message: `role ${role} needs ${field}` });
    } else if (field !== needed && ids[field] !== null) {
      issues.push({ field, message: `role ${role} takes no ${field}` });
    }
  }
  return issues;
}

/**
 * A back-office account works the orders of one branch or department (seed 004 工单 派发到分部): it needs that
 * branch, and no other role carries one.
 */
export function branchIssues(role: UserRole, branchId: string | null): FieldIssue[] {
  if (role === 'back_office' && branchId === null) {
    return [{ field: 'branchId', message: 'role back_office needs branchId' }];
  }
  if (role !== 'back_office' && branchId !== null) {
    return [{ field: 'branchId', message: `role ${role} takes no branchId` }];
  }
  return [];
}

/**
 * The roles an account manager may give: the admin any; a vendor manager the vendor's own front line (agents and
 * team leaders), never a role that sees more than they do.
 */
export const ASSIGNABLE_ROLES: { readonly [R in UserRole]: readonly UserRole[] } = {
  admin: USER_ROLES,
  vendor_manager: ['agent', 'team_leader'],
  qa_lead: [],
  qa_inspector: [],
  team_leader: [],
  agent: [],
  complaint_desk: [],
  back_office: [],
  expert_seat: [],
};

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Length over composition rules (NIST SP 800-63B §5.1.1.2), and not the username itself. */
export function passwordIssues(field: string, password: string, username: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    issues.push({ field, message: `at least ${PASSWORD_MIN_LENGTH} characters` });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    issues.push({ field, message: `at most ${PASSWORD_MAX_LENGTH} characters` });
  }
  if (password.toLowerCase() === username.toLowerCase()) {
    issues.push({ field, message: 'must differ from the username' });
  }
  if (password.length > 0 && new Set(password).size === 1) {
    issues.push({ field, message: 'must not repeat one character' });
  } else if (isGuessable(password)) {
    issues.push({
      field,
      message:
        'too easy to guess (a run like 1234567890 or qwerty, a common password, or 3 characters or fewer)',
    });
  }
  return issues;
}

/** Keyboard rows and the digit/letter sequences every guessing list starts with. */
const RUNS = [
  '01234567890',
  'abcdefghijklmnopqrstuvwxyz',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx3edc',
];
const COMMON = new Set([
  'password',
  'password1',
  'password123',
  'passw0rd',
  'iloveyou',
  'admin123',
  'admin1234',
  'administrator',
  'welcome1',
  'letmein1',
  'qwerty123',
  'abc12345',
  'a1b2c3d4',
  'zhijian123',
  '5201314520',
  'woaini1314',
]);

/**
 * A password a guesser tries first: a common one, very few distinct characters, or a piece of a keyboard row or
 * an alphabetic/numeric run in either direction (`1234567890`, `87654321`, `qwertyui`).
 */
function isGuessable(password: string): boolean {
  const p = password.toLowerCase();
  if (COMMON.has(p) || new Set(p).size <= 3) return true;
  return RUNS.some((run) => run.includes(p) || [...run].reverse().join('').includes(p));
}
