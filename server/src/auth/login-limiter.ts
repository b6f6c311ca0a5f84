// Slows down password guessing: after 5 failed sign-ins for one email (or 20 from one address)
// within 15 minutes, further attempts wait until the window has passed. Kept in memory: one
// server process; behind several processes, put a shared limiter in front.
export interface LoginLimiter {
  /** Milliseconds to wait before another attempt is allowed (0: go ahead). */
  check(email: string, address: string): number;
  fail(email: string, address: string): void;
  succeed(email: string, address: string): void;
}

interface Window {
  count: number;
  resetAt: number;
}

export function createLoginLimiter(
  options: { perEmail?: number; perAddress?: number; windowMs?: number; now?: () => number } = {},
): LoginLimiter {
  const perEmail = options.perEmail ?? 5;
  const perAddress = options.perAddress ?? 20;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const windows = new Map<string, Window>();
  const current = (key: string): Window | undefined => {
    const w = windows.get(key);
    if (w && w.resetAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return w;
  };
  const bump = (key: string): void => {
    const w = current(key) ?? { count: 0, resetAt: now() + windowMs };
    w.count += 1;
    windows.set(key, w);
  };
  return {
    check(email, address) {
      const e = current(`e:${email}`);
      const a = current(`a:${address}`);
      const waits = [
        e && e.count >= perEmail ? e.resetAt - now() : 0,
        a && a.count >= perAddress ? a.resetAt - now() : 0,
      ];
      return Math.max(...waits);
    },
    fail(email, address) {
      bump(`e:${email}`);
      bump(`a:${address}`);
    },
    succeed(email) {
      windows.delete(`e:${email}`);
    },
  };
}
