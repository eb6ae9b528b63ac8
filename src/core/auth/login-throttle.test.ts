import { describe, expect, it } from 'vitest';
import { checkThrottle, recordFailure, recordSuccess, type ThrottleState } from './login-throttle.ts';

const policy = { maxFailures: 3, windowMs: 60_000 };

describe('login throttle', () => {
  it('refuses after maxFailures inside the window and tells when to retry', () => {
    let s: ThrottleState = new Map();
    for (const t of [0, 1000, 2000]) s = recordFailure(s, 'admin', t, policy);
    expect(checkThrottle(s, 'admin', 3000, policy)).toEqual({ allowed: false, retryAfterMs: 57_000 });
    expect(checkThrottle(s, 'other', 3000, policy)).toEqual({ allowed: true });
  });

  it('forgets failures that left the window', () => {
    let s: ThrottleState = new Map();
    for (const t of [0, 1000, 2000]) s = recordFailure(s, 'admin', t, policy);
    expect(checkThrottle(s, 'admin', 60_001, policy)).toEqual({ allowed: true });
  });

  it('clears on success', () => {
    let s: ThrottleState = new Map();
    for (const t of [0, 1, 2]) s = recordFailure(s, 'admin', t, policy);
    s = recordSuccess(s, 'admin');
    expect(checkThrottle(s, 'admin', 3, policy)).toEqual({ allowed: true });
  });
});
