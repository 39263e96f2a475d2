import type { PersonFlags } from '../../domain/model/index.js';

/**
 * The flags a person keeps when an upsert brings `incoming` over `stored`. Stop flags are
 * sticky: an import can raise one but never lift it (a cease-contact request recorded through
 * the API must survive a re-import of last month's file); opt-outs accumulate; an attorney is
 * replaced only by another attorney. Lifting a flag is an explicit act: `setPersonFlags`.
 */
export function mergeStickyFlags(stored: PersonFlags, incoming: PersonFlags): PersonFlags {
  const merged: PersonFlags = {
    ...stored,
    ...incoming,
    ceaseContact: stored.ceaseContact || incoming.ceaseContact,
    disputed: stored.disputed || incoming.disputed,
    deceased: stored.deceased || incoming.deceased,
    bankrupt: stored.bankrupt || incoming.bankrupt,
    employerForbidsContact: stored.employerForbidsContact || incoming.employerForbidsContact,
    optOut: [...new Set([...stored.optOut, ...incoming.optOut])],
  };
  // Consent and the consumer's dated requests accumulate too; withdrawing one is setPersonFlags' job.
  const consent = [...new Set([...(stored.consent ?? []), ...(incoming.consent ?? [])])];
  if (consent.length > 0) merged.consent = consent;
  else delete merged.consent;
  const known = new Set((stored.requests ?? []).map((r) => r.id));
  const requests = [
    ...(stored.requests ?? []),
    ...(incoming.requests ?? []).filter((r) => !known.has(r.id)),
  ];
  if (requests.length > 0) merged.requests = requests;
  else delete merged.requests;
  const attorney = incoming.attorney ?? stored.attorney;
  if (attorney === undefined) delete merged.attorney;
  else merged.attorney = attorney;
  return merged;
}
