import type { OutreachReceipt } from '../../domain/model/index.js';
import type { Receipts } from '../roles/receipts.js';
import { type ReceiptRow, receiptFromRow } from './rows.js';
import type { SqlExecutor } from './sql-executor.js';

/** Outreach idempotency receipts in the embedded store. */
export class SqliteReceipts implements Receipts {
  constructor(private readonly db: SqlExecutor) {}

  async getReceipt(idempotencyKey: string): Promise<OutreachReceipt | undefined> {
    const row = await this.db.first<ReceiptRow>(
      'SELECT * FROM receipts WHERE idempotency_key = ?',
      [idempotencyKey],
    );
    return row === undefined ? undefined : receiptFromRow(row);
  }

  async putReceipt(receipt: OutreachReceipt): Promise<boolean> {
    const { changes } = await this.db.run(
      `INSERT INTO receipts (idempotency_key, request_digest, status, body, created_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (idempotency_key) DO NOTHING`,
      [
        receipt.idempotencyKey,
        receipt.requestDigest,
        receipt.status,
        JSON.stringify(receipt.body ?? null),
        receipt.createdAt,
      ],
    );
    return changes === 1;
  }
}
