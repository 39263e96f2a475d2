import type { GraphReads } from '../../store/graph-store.js';
import type { IngestProblem } from './ingest-problem.js';

/** Account currencies remembered up to this many, then forgotten (memory stays flat). */
const KNOWN_CAP = 100_000;

/**
 * Refuses a payment line in another currency than its account's. The account is looked up in the
 * lines of this import not yet written, then in the store; a payment on an account found in
 * neither is left to the reference check (it is kept and warned about as a dangling link).
 */
export class PaymentCurrencyCheck {
  private batch = new Map<string, string>();
  private known = new Map<string, string>();

  /** Notes an accepted account line's currency (it is not in the store until its batch is written). */
  noteAccount(id: string, currency: string): void {
    this.batch.set(id, currency);
  }

  /** After a batch is written: its accounts are in the store, and remembered. */
  batchWritten(): void {
    for (const [id, currency] of this.batch) this.remember(id, currency);
    this.batch.clear();
  }

  /** The `payment_currency_mismatch` problem of a payment line, or undefined when its currency is the account's (or the account is unknown). */
  async check(
    store: GraphReads,
    payment: { accountId: string; currency: string },
  ): Promise<Omit<IngestProblem, 'line'> | undefined> {
    const accountCurrency = await this.currencyOf(store, payment.accountId);
    if (accountCurrency === undefined || accountCurrency === payment.currency) return undefined;
    return {
      code: 'payment_currency_mismatch',
      message: `payment.currency: the payment is in ${payment.currency}, but account ${payment.accountId} is kept in ${accountCurrency}`,
      params: {
        path: 'payment.currency',
        paymentCurrency: payment.currency,
        accountCurrency,
      },
    };
  }

  private async currencyOf(store: GraphReads, accountId: string): Promise<string | undefined> {
    const pending = this.batch.get(accountId) ?? this.known.get(accountId);
    if (pending !== undefined) return pending;
    const account = await store.getAccount(accountId);
    if (account !== undefined) this.remember(accountId, account.currency);
    return account?.currency;
  }

  private remember(id: string, currency: string): void {
    if (this.known.size >= KNOWN_CAP) this.known.clear();
    this.known.set(id, currency);
  }
}
