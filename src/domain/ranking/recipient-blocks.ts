import { channelsFor, nodeKey, type Person } from '../model/index.js';
import type { PathCandidate } from './evidence-paths.js';
import type { GraphIndex } from './graph-index.js';
import { ATTORNEY_FLAG_RELIABILITY } from './ranking-parameters.js';
import type { Reason } from './route.js';

/** Why a recipient may not be contacted: a stable code and the words. */
export interface RecipientBlock {
  code: string;
  reason: string;
}

/** The attorney named on the debtor's flags, as a one-hop path to the attorney's phone. */
function attorneyFlagPath(
  debtorId: string,
  attorney: { name: string; phone: string },
): PathCandidate {
  const contactKey = nodeKey('phone', attorney.phone);
  return {
    contact: { kind: 'phone', value: attorney.phone },
    contactKey,
    recipient: { personId: debtorId, relation: 'attorney', name: attorney.name },
    hops: [
      {
        type: 'REPRESENTED_BY',
        from: nodeKey('person', debtorId),
        to: contactKey,
        source: 'person_flags',
        reliability: ATTORNEY_FLAG_RELIABILITY,
      },
    ],
    probability: ATTORNEY_FLAG_RELIABILITY,
  };
}

/** Narrows the paths to what the debtor's stop flags allow, noting why. */
export function applyDebtorFlags(
  debtor: Person,
  paths: PathCandidate[],
  notes: Reason[],
): PathCandidate[] {
  const flags = debtor.flags;
  if (flags.deceased) {
    notes.push({ code: 'note_deceased', params: {} });
    const executor = paths.filter((p) => p.recipient.relation === 'executor');
    if (executor.length === 0) notes.push({ code: 'note_no_executor', params: {} });
    return executor;
  }
  if (flags.attorney) {
    notes.push({ code: 'note_attorney', params: { name: flags.attorney.name } });
    return [
      attorneyFlagPath(debtor.id, flags.attorney),
      ...paths.filter((p) => p.recipient.relation === 'attorney'),
    ];
  }
  if (flags.disputed) notes.push({ code: 'note_disputed', params: {} });
  if (flags.bankrupt) notes.push({ code: 'note_bankrupt', params: {} });
  return paths;
}

/** Why a path's recipient may not be contacted at this point, or undefined when it may. */
export function recipientBlock(
  index: GraphIndex,
  debtor: Person,
  path: PathCandidate,
): RecipientBlock | undefined {
  if (path.recipient.relation === 'employer') {
    return debtor.flags.employerForbidsContact
      ? {
          code: 'employer_forbids_contact',
          reason: "the debtor's employer forbids contact at work",
        }
      : undefined;
  }
  const node = index.node(nodeKey('person', path.recipient.personId));
  const person = node?.kind === 'person' ? node.data : undefined;
  if (!person) return undefined;
  if (person.id !== debtor.id && person.flags.deceased)
    return { code: 'recipient_deceased', reason: 'the person expected to answer is deceased' };
  if (person.id !== debtor.id && person.flags.ceaseContact)
    return {
      code: 'recipient_ceased_contact',
      reason: 'the person expected to answer asked to stop contact',
    };
  const channels = channelsFor(path.contact.kind);
  if (channels.every((c) => person.flags.optOut.includes(c)))
    return {
      code: 'recipient_opted_out',
      reason: `the person expected to answer opted out of ${channels.join(' and ')}`,
    };
  return undefined;
}
