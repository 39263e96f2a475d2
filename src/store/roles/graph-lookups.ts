import type { Account, AccountRole, Person, Phone } from '../../domain/model/index.js';

/** Look-ups in the contact graph by id or text: persons, accounts, phones and who is party to what. */
export interface GraphLookups {
  getPerson(id: string): Promise<Person | undefined>;
  getAccount(id: string): Promise<Account | undefined>;
  getPhone(e164: string): Promise<Phone | undefined>;
  /** Accounts the person owes, guarantees or co-borrows. */
  accountsOf(personId: string): Promise<{ account: Account; role: AccountRole }[]>;
  /**
   * For each person, in the order given, the roles they hold on the accounts `accountsOf` gives
   * them, once each in AccountRole's order; one read for all (a search page marks every hit).
   * A person who is party to no account, or is not stored, gets an empty list.
   */
  accountRolesOf(personIds: string[]): Promise<AccountRole[][]>;
  /** Persons whose id or name contains the text, or who hold the phone; at most `limit`. */
  findPersons(query: { text?: string; phone?: string; limit?: number }): Promise<Person[]>;
}
