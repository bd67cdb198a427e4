/**
 * Attempt throttling kept in the database. Each attempt is counted by one atomic upsert before the
 * password is checked, so concurrent attempts cannot all slip past a check made before any failure
 * was recorded, and every server process on the same database shares the counts. A success gives
 * its counts back, so what the limits bound is failures plus attempts still in flight.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { fail } from '../errors';

/** At most `max` attempts per `windowMs`; the window starts at the first attempt. */
export interface Limit {
  max: number;
  windowMs: number;
}

export interface Limits {
  /** One username from one address: the fast lock. */
  pair: Limit;
  /** One address, any username: password spraying. */
  address: Limit;
  /** One username from browsers it never logged in from, any address: slower, so a distributed guess is slow too. */
  user: Limit;
  /** One username from a browser it logged in from before (device cookie): the owner's way in during an attack. */
  device: Limit;
  /** Everything: bounds the hashing work an attacker can make the server do. */
  global: Limit;
  /** Wrong current password on a password change, per user. */
  password: Limit;
}

const MIN = 60_000;

export const DEFAULT_LIMITS: Limits = {
  pair: { max: 5, windowMs: 15 * MIN },
  address: { max: 50, windowMs: 15 * MIN },
  user: { max: 20, windowMs: 60 * MIN },
  device: { max: 10, windowMs: 15 * MIN },
  global: { max: 600, windowMs: MIN },
  password: { max: 5, windowMs: 15 * MIN },
};

export type Charge = [key: string, limit: Limit];

/** Counters over the `throttle` table. */
export class LoginThrottle {
  readonly limits: Limits;

  constructor(
    limits: Partial<Limits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /**
   * Count one attempt on every key, in order; when a key is over its limit, give back what this
   * attempt took and throw 429 with Retry-After. Returns the charges to pass to `refund` after a success.
   */
  async take(db: Kysely<DB>, charges: Charge[]): Promise<Charge[]> {
    const t = this.now();
    const taken: Charge[] = [];
    for (const charge of charges) {
      const [key, limit] = charge;
      const fresh = t + limit.windowMs;
      const row = await db
        .insertInto('throttle')
        .values({ key, count: 1, reset_at: fresh })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql<number>`case when throttle.reset_at <= ${t} then 1 else throttle.count + 1 end`,
            reset_at: sql<number>`case when throttle.reset_at <= ${t} then ${fresh} else throttle.reset_at end`,
          }),
        )
        .returning(['count', 'reset_at'])
        .executeTakeFirstOrThrow();
      taken.push(charge);
      if (Number(row.count) > limit.max) {
        // A refused attempt checks no password: it must not use up the other keys' budgets either.
        await this.refund(db, taken);
        const wait = Number(row.reset_at) - t;
        throw fail('throttled', { headers: { 'Retry-After': String(Math.max(1, Math.ceil(wait / 1000))) } });
      }
    }
    if (Math.random() < 0.01) await this.sweep(db, t);
    return taken;
  }

  /** Give back attempts that succeeded; `clear` keys are reset outright (the pair after a login). */
  async refund(db: Kysely<DB>, charges: Charge[], clear: string[] = []): Promise<void> {
    for (const [key] of charges) {
      if (clear.includes(key)) await db.deleteFrom('throttle').where('key', '=', key).execute();
      else await db.updateTable('throttle').set({ count: sql<number>`count - 1` }).where('key', '=', key).where('count', '>', 0).execute();
    }
  }

  /** Drop windows that have ended, so the table holds only live counters. */
  private async sweep(db: Kysely<DB>, t: number): Promise<void> {
    await db.deleteFrom('throttle').where('reset_at', '<=', t).execute();
  }
}
