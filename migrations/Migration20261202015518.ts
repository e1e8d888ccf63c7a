import { Migration } from '@mikro-orm/migrations';
import { seal, sealingKey, SEALED_PREFIX } from '../server/db/secret-box.js';

/**
 * TOTP secrets are stored sealed (server/db/secret-box.ts): the column is renamed, and every secret still in the
 * clear is sealed with this installation's key (SECRETS_KEY, or DATA_DIR/secrets.key), in this migration's
 * transaction. The key is read only when there is a secret to seal.
 */
export class Migration20261202015518 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table "user_totp" rename column "totp_secret" to "sealed_secret";`);
    const rows = (await this.execute(
      `select organization_id, user_id, sealed_secret from "user_totp" where sealed_secret not like ?`,
      [`${SEALED_PREFIX}%`],
    )) as { organization_id: string; user_id: string; sealed_secret: string }[];
    if (!rows.length) return;
    const key = sealingKey({ SECRETS_KEY: process.env.SECRETS_KEY, DATA_DIR: process.env.DATA_DIR ?? '.data' });
    for (const row of rows) {
      await this.execute(`update "user_totp" set sealed_secret = ? where organization_id = ? and user_id = ?`, [
        seal(key, row.sealed_secret, row.user_id),
        row.organization_id,
        row.user_id,
      ]);
    }
  }

  override async down(): Promise<void> {
    // Sealed secrets are not opened again: going back leaves the second factor to be enrolled anew.
    this.addSql(`delete from "user_totp";`);
    this.addSql(`alter table "user_totp" rename column "sealed_secret" to "totp_secret";`);
  }
}
