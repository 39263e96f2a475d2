import type { ApiClient } from './api.js';
import type { Role } from './types.js';

/** What every page gets: the API client, the caller's role, and a way to move between pages. */
export interface PageContext {
  api: ApiClient;
  role: Role;
  /** The region national phone numbers are read in (the API's `region`), e.g. CN. */
  region: string;
  /**
   * Goes to a hash route such as `#/debtors/CN-001`; `replace` takes the place of the current
   * entry, so Back skips a page that only led on (a search with one hit).
   */
  go(hash: string, options?: { replace?: boolean }): void;
}

/** Whether the role may use a feature, mirroring the service's role grants (the service still enforces them). */
export function can(role: Role, feature: 'debtors' | 'send' | 'links' | 'compliance'): boolean {
  if (role === 'admin') return true;
  switch (feature) {
    case 'debtors':
      return role === 'collector' || role === 'investigator';
    case 'send':
      return role === 'collector';
    case 'links':
      return role === 'investigator';
    case 'compliance':
      return role === 'compliance';
  }
}
