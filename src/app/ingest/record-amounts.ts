import { minorUnitExplanation } from '../../domain/model/index.js';
import type { IngestProblem } from './ingest-problem.js';
import type { InterchangeRecord } from './record-schemas.js';

/** The money amounts of a record, by field, with their currency. */
function amounts(record: InterchangeRecord): [path: string, amount: number, currency: string][] {
  switch (record.type) {
    case 'account':
      return [
        ['principal', record.principal, record.currency],
        ['balance', record.balance, record.currency],
      ];
    case 'payment':
      return [['amount', record.amount, record.currency]];
    default:
      return [];
  }
}

/**
 * The first amount of the record finer than its currency's minor unit (0.001 CNY, 10.5 JPY), as an
 * `amount_finer_than_minor_unit` problem; undefined when every amount can be paid.
 * @example minorUnitProblem({ type: 'payment', id: 'PAY-1', accountId: 'A1', amount: 10.5, currency: 'JPY', at: '2026-11-01' })
 */
export function minorUnitProblem(
  record: InterchangeRecord,
): Omit<IngestProblem, 'line'> | undefined {
  for (const [field, amount, currency] of amounts(record)) {
    const finer = minorUnitExplanation(`${record.type}.${field}`, amount, currency);
    if (finer !== undefined) return { code: 'amount_finer_than_minor_unit', ...finer };
  }
  return undefined;
}
