import type { IdempotencyRecord } from '../../domain/model/index.js';
import type { Receipts } from '../roles/receipts.js';
import { type ReceiptRow, receiptFromRow } from './rows.js';
import type { SqlExecutor } from './sql-executor.js';

/** Outreach idempotency receipts in the embedded store. */
export class SqliteReceipts implements Receipts {
  constructor(private readonly db: SqlExecutor) {}

  async getReceipt(idempotencyKey: string): Promise<IdempotencyRecord | undefined> {
    const row = await this.db.first<ReceiptRow>(
      'SELECT * FROM receipts WHERE idempotency_key = ?',
      [idempotencyKey],
    );
    return row === undefined ? undefined : receiptFromRow(row);
  }

  async putReceipt(receipt: IdempotencyRecord): Promise<boolean> {
    const { changes } = await this.db.run(
      // `status` held the HTTP status when receipts kept the answer body; the outcome in `body`
      // says it all now, and nothing reads the column (0 for rows written since).
      `INSERT INTO receipts (idempotency_key, request_digest, status, body, created_at) VALUES (?, ?, 0, ?, ?)
        ON CONFLICT (idempotency_key) DO NOTHING`,
      [
        receipt.idempotencyKey,
        receipt.requestDigest,
        JSON.stringify(receipt.outcome ?? null),
        receipt.createdAt,
      ],
    );
    return changes === 1;
  }
}
