// Login rate limiting as a pure sliding window: `now` comes in, so tests pin time.
// After `maxFailures` failures for the same key inside `windowMs`, further attempts are refused
// until the oldest failure leaves the window. A success clears the key.
export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000 };

export type ThrottleState = ReadonlyMap<string, readonly number[]>;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

function recent(state: ThrottleState, key: string, now: number, policy: ThrottlePolicy): number[] {
  return (state.get(key) ?? []).filter((t) => now - t < policy.windowMs);
}

export function checkThrottle(
  state: ThrottleState,
  key: string,
  now: number,
  policy: ThrottlePolicy = DEFAULT_LOGIN_THROTTLE,
): ThrottleDecision {
  const failures = recent(state, key, now, policy);
  if (failures.length < policy.maxFailures) return { allowed: true };
  const oldest = failures[0] ?? now;
  return { allowed: false, retryAfterMs: Math.max(0, oldest + policy.windowMs - now) };
}

export function recordFailure(
  state: ThrottleState,
  key: string,
  now: number,
  policy: ThrottlePolicy = DEFAULT_LOGIN_THROTTLE,
): ThrottleState {
  const next = new Map(state);
  next.set(key, [...recent(state, key, now, policy), now]);
  return next;
}

export function recordSuccess(state: ThrottleState, key: string): ThrottleState {
  const next = new Map(state);
  next.delete(key);
  return next;
}
