/** First start: create `admin` with a random password, shown once. There is no default password. */
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { hashPassword, randomPassword } from '../auth/password';
import { audit } from '../commands/audit';

/** Create the admin account when the database has no users; returns its password, or null. */
export async function ensureAdmin(db: Kysely<DB>): Promise<string | null> {
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const password = randomPassword();
  const password_hash = await hashPassword(password);
  const created = await db.transaction().execute(async (trx) => {
    // Two processes starting on one PostgreSQL database: only one creates the admin.
    const again = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (again) return false;
    const u = await trx
      .insertInto('users')
      .values({ username: 'admin', name: '系统管理员', password_hash, role: 'admin', org_id: null, created_at: new Date().toISOString(), must_change_password: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId: null, action: 'user.create', detail: { id: u.id, username: 'admin', role: 'admin', bootstrap: true } });
    return true;
  });
  return created ? password : null;
}
