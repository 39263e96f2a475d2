import type { PersonFlags, PhoneStatus } from '../../domain/model/index.js';
import type { ContactStatus } from '../roles/contact-status.js';
import { parseFlags } from './rows.js';
import type { SqlExecutor } from './sql-executor.js';

/** Phone status and stop flags in the embedded store. */
export class SqliteContactStatus implements ContactStatus {
  constructor(private readonly db: SqlExecutor) {}

  /** Sets a phone's status; a number not yet stored is created (line type unknown), so the status is never lost. */
  async setPhoneStatus(e164: string, status: PhoneStatus, at: string): Promise<void> {
    await this.db.run(
      `INSERT INTO phones (e164, status, status_at) VALUES (?, ?, ?)
        ON CONFLICT (e164) DO UPDATE SET status = excluded.status, status_at = excluded.status_at`,
      [e164, status, at],
    );
  }

  /** Applies the patch to the person's flags (here a flag can be lifted); an unknown person is left alone. */
  async setPersonFlags(id: string, patch: Partial<PersonFlags>): Promise<void> {
    await this.db.transaction(async (tx) => {
      const row = await tx.first<{ flags: string }>('SELECT flags FROM persons WHERE id = ?', [id]);
      if (row === undefined) return;
      const flags: PersonFlags = { ...parseFlags(row.flags), ...patch };
      if (flags.attorney === undefined) delete flags.attorney;
      await tx.run('UPDATE persons SET flags = ? WHERE id = ?', [JSON.stringify(flags), id]);
    });
  }
}
