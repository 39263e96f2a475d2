import type { PersonFlags, PhoneStatus } from '../../domain/model/index.js';

/** What an outcome teaches about whom may be contacted: a phone's status, a person's stop flags. */
export interface ContactStatus {
  setPhoneStatus(e164: string, status: PhoneStatus, at: string): Promise<void>;
  setPersonFlags(id: string, patch: Partial<PersonFlags>): Promise<void>;
}
