import type { IdempotencyRecord } from '../../domain/model/index.js';
import type { Receipts } from '../roles/receipts.js';
import { receiptFromProps } from './neo4j-rows.js';
import { type Neo4jSession, propsOf } from './neo4j-session.js';

/** Outreach idempotency receipts in Neo4j. */
export class Neo4jReceipts implements Receipts {
  constructor(private readonly s: Neo4jSession) {}

  async getReceipt(idempotencyKey: string): Promise<IdempotencyRecord | undefined> {
    const rows = await this.s.readOne('get-receipt', { idempotencyKey });
    const props = propsOf(rows[0], 'receipt');
    return props && receiptFromProps(props);
  }

  async putReceipt(receipt: IdempotencyRecord): Promise<boolean> {
    const rows = await this.s.write((tx) =>
      this.s.run(tx, 'put-receipt', {
        idempotencyKey: receipt.idempotencyKey,
        requestDigest: receipt.requestDigest,
        body: JSON.stringify(receipt.outcome ?? null),
        createdAt: receipt.createdAt,
      }),
    );
    return rows[0]?.created === true;
  }
}
