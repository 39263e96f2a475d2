import type { AccountRole, ContactPoint, Phone } from '../../domain/model/index.js';

/** Who holds a shared contact point, and by what evidence. */
export interface Holder {
  kind: 'person' | 'employer';
  id: string;
  name: string;
  /** True when the person owes, guarantees or co-borrows at least one account (accountRoles is not empty). */
  isDebtor: boolean;
  /** The person's roles on accounts, once each in AccountRole's order; empty for an employer. */
  accountRoles: AccountRole[];
  source: string;
  lastSeen?: string;
}

/** Everyone linked to one phone, email or address. */
export interface SharedIdentifier {
  contact: ContactPoint;
  /** The phone node itself (status, line type) when the contact is a phone. */
  phone?: Phone;
  holders: Holder[];
}

/**
 * Who shares a contact point: its holders, the debtors among them, and the debtors whose routes
 * reach it through someone else (see GraphReads, which extends it).
 */
export interface SharingReads {
  /** Who else holds this phone, email or address. */
  sharedIdentifiers(contact: ContactPoint): Promise<SharedIdentifier>;
  /**
   * Optional batch of `sharedIdentifiers`: the same answer for each point, in the order given,
   * in fewer round-trips (a routes answer previews ten routes, each reading its point's holders).
   */
  sharedIdentifiersOf?(contacts: ContactPoint[]): Promise<SharedIdentifier[]>;
  /**
   * Optional batch look-up for route ranking: for each contact point, the ids of the persons
   * holding it who owe, guarantee or co-borrow an account (one round-trip for many points).
   * Use cases fall back to `sharedIdentifiers` per point when an adapter lacks it.
   */
  debtorsHolding?(
    contacts: ContactPoint[],
  ): Promise<{ contact: ContactPoint; debtorIds: string[] }[]>;
  /**
   * The persons owing, guaranteeing or co-borrowing an account whose routes can reach the phone:
   * its holders, and whoever knows a person holding it (either direction), works at an employer
   * holding it, or owes an account a holder guarantees or co-borrows. At most `limit` ids
   * (sorted), in one read; a hub's answer is cut at `limit`, whichever ids it reached first.
   */
  debtorsReachingPhone(e164: string, limit: number): Promise<string[]>;
}
