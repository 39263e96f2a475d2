import type { Payment, PromiseToPay } from '../../domain/model/index.js';
import { epochMs } from '../port-rules.js';
import type { PromiseBook } from '../roles/promise-book.js';
import type { SqlExecutor } from './sql-executor.js';

interface PromiseRow {
  id: string;
  account_id: string;
  amount: number;
  currency: string;
  due_date: string;
  made_at: string;
}

interface PaymentRow {
  id: string;
  account_id: string;
  amount: number;
  currency: string;
  at: string;
}

/** Promises to pay and payments in the embedded store. */
export class SqlitePromiseBook implements PromiseBook {
  constructor(private readonly db: SqlExecutor) {}

  async putPromise(p: PromiseToPay): Promise<void> {
    await this.db.run(
      `INSERT INTO promises (id, account_id, amount, currency, due_date, made_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET account_id = excluded.account_id, amount = excluded.amount,
          currency = excluded.currency, due_date = excluded.due_date, made_at = excluded.made_at`,
      [p.id, p.accountId, p.amount, p.currency, p.dueDate, p.madeAt],
    );
  }

  async withdrawPromise(id: string): Promise<boolean> {
    const { changes } = await this.db.run('DELETE FROM promises WHERE id = ?', [id]);
    return changes > 0;
  }

  async listPromises(accountId: string): Promise<PromiseToPay[]> {
    const rows = await this.db.all<PromiseRow>(
      'SELECT * FROM promises WHERE account_id = ? ORDER BY due_date, made_at, id',
      [accountId],
    );
    return rows.map((r) => ({
      id: r.id,
      accountId: r.account_id,
      amount: r.amount,
      currency: r.currency,
      dueDate: r.due_date,
      madeAt: r.made_at,
    }));
  }

  async recordPayments(rows: Payment[]): Promise<number> {
    let added = 0;
    for (const p of rows) {
      const { changes } = await this.db.run(
        `INSERT INTO payments (id, account_id, amount, currency, at, at_ms) VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT (id) DO NOTHING`,
        [p.id, p.accountId, p.amount, p.currency, p.at, epochMs(p.at, 'payment time')],
      );
      added += changes;
    }
    return added;
  }

  async listPayments(accountId: string): Promise<Payment[]> {
    const rows = await this.db.all<PaymentRow>(
      'SELECT * FROM payments WHERE account_id = ? ORDER BY at_ms, id',
      [accountId],
    );
    return rows.map((r) => ({
      id: r.id,
      accountId: r.account_id,
      amount: r.amount,
      currency: r.currency,
      at: r.at,
    }));
  }
}
