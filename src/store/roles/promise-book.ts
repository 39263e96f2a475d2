import type { Payment, PromiseToPay } from '../../domain/model/index.js';

/** Promises to pay taken on attempts, and the payments that keep or break them. */
export interface PromiseBook {
  /** Records a promise; a promise with the same id (the attempt's) is replaced. */
  putPromise(promise: PromiseToPay): Promise<void>;
  /** Removes the promise with this id (an outcome corrected away from promise_to_pay); whether one was there. */
  withdrawPromise(id: string): Promise<boolean>;
  /** The account's promises, by due date. */
  listPromises(accountId: string): Promise<PromiseToPay[]>;
  /** Records payments; an id already stored is left as it is. Returns how many were new. */
  recordPayments(rows: Payment[]): Promise<number>;
  /** The account's payments, oldest first. */
  listPayments(accountId: string): Promise<Payment[]>;
}
