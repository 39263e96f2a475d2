import type {
  Account,
  Address,
  Attempt,
  EmailLink,
  Employment,
  Obligation,
  Person,
  PhoneLink,
  Relation,
  Residence,
} from '../../src/domain/model/index.js';

/** What to generate. */
export interface GraphSpec {
  persons: number;
  /** Seed mixed into every person's generator (default 1). */
  seed?: number;
  /** The day the graph is "as of": evidence dates and attempts lie before it (default 2026-11-23). */
  today?: string;
}

/** The rows of one batch of persons, shaped as the store port takes them. */
export interface GraphBatch {
  persons: Person[];
  accounts: Account[];
  addresses: Address[];
  residences: Residence[];
  phones: PhoneLink[];
  emails: EmailLink[];
  employments: Employment[];
  relations: Relation[];
  obligations: Obligation[];
  attempts: Attempt[];
}

/** Bumped whenever the generated graph changes, so cached benchmark graphs are rebuilt. */
export const GENERATOR_VERSION = 1;

export const DAY_MS = 86_400_000;
export const DEFAULT_TODAY = '2026-11-23';
export const HOUSEHOLD_SIZE = 3;
export const PERSONS_PER_EMPLOYER = 50;
export const DEBTORS_PER_HUB = 30;

/** A batch with no rows yet. */
export function emptyBatch(): GraphBatch {
  return {
    persons: [],
    accounts: [],
    addresses: [],
    residences: [],
    phones: [],
    emails: [],
    employments: [],
    relations: [],
    obligations: [],
    attempts: [],
  };
}
