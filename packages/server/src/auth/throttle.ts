/**
 * Login throttling per username and client address: after `limit` failures within `windowMs`,
 * further attempts are refused until the window passes. Kept in memory: a restart clears it,
 * which only ever gives an attacker one more small batch of guesses.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; first: number; blockedUntil: number }>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  private key(username: string, ip: string): string {
    return `${username.toLowerCase()}\u0000${ip}`;
  }

  /** Milliseconds until attempts are allowed again; 0 when allowed now. */
  retryAfter(username: string, ip: string): number {
    const f = this.failures.get(this.key(username, ip));
    if (!f) return 0;
    return Math.max(0, f.blockedUntil - this.now());
  }

  /** Record a failed attempt. */
  fail(username: string, ip: string): void {
    const k = this.key(username, ip);
    const t = this.now();
    let f = this.failures.get(k);
    if (!f || t - f.first > this.windowMs) f = { count: 0, first: t, blockedUntil: 0 };
    f.count++;
    if (f.count >= this.limit) f.blockedUntil = t + this.windowMs;
    this.failures.set(k, f);
    if (this.failures.size > 100_000) this.prune(t);
  }

  /** A success clears the record. */
  succeed(username: string, ip: string): void {
    this.failures.delete(this.key(username, ip));
  }

  private prune(t: number): void {
    for (const [k, f] of this.failures) if (t - f.first > this.windowMs && f.blockedUntil < t) this.failures.delete(k);
  }
}
