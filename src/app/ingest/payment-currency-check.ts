import type { GraphReads } from '../../store/graph-store.js';
import type { IngestProblem } from './ingest-problem.js';

/** Account currencies remembered up to this many, then forgotten (memory stays flat). */
const KNOWN_CAP = 100_000;
/**
 * Payments on an account not yet seen, held until the end of the import so an account line
 * further down can still check them; a few hundred bytes each, so this bounds memory to tens of MB.
 * Past it, such a payment is written unchecked, as one on an account in no file is.
 */
const DEFERRED_CAP = 100_000;

/** What a payment line's currency says against its account: its problem, or that the account is unknown so far. */
export type CurrencyVerdict =
  | { kind: 'ok' }
  | { kind: 'unknown' }
  | { kind: 'mismatch'; problem: Omit<IngestProblem, 'line'> };

/**
 * Refuses a payment line in another currency than its account's. The account is looked up in the
 * lines of this import not yet written, then in the store. A payment on an account found in
 * neither is held back (`defer`) and checked again once the whole import is read, so the account
 * may come on a later line; one on an account found nowhere is left to the reference check.
 */
export class PaymentCurrencyCheck<Held> {
  private batch = new Map<string, string>();
  private known = new Map<string, string>();
  private held: Held[] = [];

  /** Notes an accepted account line's currency (it is not in the store until its batch is written). */
  noteAccount(id: string, currency: string): void {
    this.batch.set(id, currency);
  }

  /** After a batch is written: its accounts are in the store, and remembered. */
  batchWritten(): void {
    for (const [id, currency] of this.batch) this.remember(id, currency);
    this.batch.clear();
  }

  /** How a payment line's currency stands against its account's. */
  async check(
    store: GraphReads,
    payment: { accountId: string; currency: string },
  ): Promise<CurrencyVerdict> {
    const accountCurrency = await this.currencyOf(store, payment.accountId);
    if (accountCurrency === undefined) return { kind: 'unknown' };
    if (accountCurrency === payment.currency) return { kind: 'ok' };
    return {
      kind: 'mismatch',
      problem: {
        code: 'payment_currency_mismatch',
        message: `payment.currency: the payment is in ${payment.currency}, but account ${payment.accountId} is kept in ${accountCurrency}`,
        params: {
          path: 'payment.currency',
          paymentCurrency: payment.currency,
          accountCurrency,
        },
      },
    };
  }

  /** Holds a payment on an unknown account until the import is read; false when the hold is full. */
  defer(payment: Held): boolean {
    if (this.held.length >= DEFERRED_CAP) return false;
    this.held.push(payment);
    return true;
  }

  /** The payments held back, in line order (the hold is emptied). */
  takeDeferred(): Held[] {
    const held = this.held;
    this.held = [];
    return held;
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
