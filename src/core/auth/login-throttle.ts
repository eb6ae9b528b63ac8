// Login rate limiting as a pure sliding window: `now` comes in, so tests pin time. Keys and their policies come
// from loginThrottleKeys.
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

/** Keys kept at most: a spray of made-up names from many addresses must not grow the map without bound. */
export const MAX_THROTTLE_KEYS = 10_000;

/**
 * Record a failure. Keys whose failures all left the window are dropped on the way (the map is pruned on every
 * failure, not only when a key is read again), and beyond MAX_THROTTLE_KEYS the oldest keys go first.
 */
export function recordFailure(
  state: ThrottleState,
  key: string,
  now: number,
  policy: ThrottlePolicy = DEFAULT_LOGIN_THROTTLE,
): ThrottleState {
  const next = new Map<string, readonly number[]>();
  for (const [k, times] of state) {
    const last = times[times.length - 1];
    if (k !== key && last !== undefined && now - last < policy.windowMs) next.set(k, times);
  }
  next.set(key, [...recent(state, key, now, policy), now]);
  for (const k of next.keys()) {
    if (next.size <= MAX_THROTTLE_KEYS) break;
    if (k !== key) next.delete(k);
  }
  return next;
}

/**
 * The throttle keys of one login attempt. A guesser is stopped per address and account (`maxFailures`) and per
 * address across accounts (a spray; `addressFactor` × more); there is no key of the account alone, so a stranger
 * failing from elsewhere cannot lock its owner out.
 */
export function loginThrottleKeys(ip: string, username: string): { key: string; policy: ThrottlePolicy }[] {
  return [
    { key: `ip-user:${ip}\n${username.toLowerCase()}`, policy: DEFAULT_LOGIN_THROTTLE },
    { key: `ip:${ip}`, policy: ADDRESS_LOGIN_THROTTLE },
  ];
}

/** Failures from one address across all accounts before it must wait (a shared office NAT stays usable). */
export const ADDRESS_LOGIN_THROTTLE: ThrottlePolicy = { maxFailures: 50, windowMs: 15 * 60_000 };

export function recordSuccess(state: ThrottleState, key: string): ThrottleState {
  const next = new Map(state);
  next.delete(key);
  return next;
}
