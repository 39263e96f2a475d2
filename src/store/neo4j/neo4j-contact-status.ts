import type { PersonFlags, PhoneStatus } from '../../domain/model/index.js';
import type { ContactStatus } from '../roles/contact-status.js';
import { personFlagsPatch } from './neo4j-rows.js';
import type { Neo4jSession } from './neo4j-session.js';

/** Phone status and stop flags in Neo4j. */
export class Neo4jContactStatus implements ContactStatus {
  constructor(private readonly s: Neo4jSession) {}

  /** Sets a phone's status; a number not yet stored is created (line type unknown), so the status is never lost. */
  async setPhoneStatus(e164: string, status: PhoneStatus, at: string): Promise<void> {
    await this.s.write((tx) => this.s.run(tx, 'set-phone-status', { e164, status, at }));
  }

  /** Applies the patch to the person's flags (here a flag can be lifted); an unknown person is left alone. */
  async setPersonFlags(id: string, patch: Partial<PersonFlags>): Promise<void> {
    const props = personFlagsPatch(patch);
    if (Object.keys(props).length === 0) return;
    await this.s.write((tx) => this.s.run(tx, 'set-person-flags', { id, patch: props }));
  }
}
