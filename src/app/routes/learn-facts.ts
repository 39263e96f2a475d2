import type { LearntFacts } from '../../domain/model/index.js';
import { learntSource } from '../../domain/model/index.js';
import { normalisePhone } from '../../domain/phone/normalise-phone.js';
import type { GraphIngest, GraphReads } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';

/** What the learnt facts added to the graph, counted by kind. */
export interface LearntEffects {
  phones: number;
  addresses: number;
  employers: number;
}

/** Who the facts are about and who told them by default, the region for national numbers, and when. */
export interface LearntScope {
  debtorId: string;
  /** The person the attempt reached (the default teller); undefined for an attempt to no known person. */
  reachedId?: string;
  region?: string;
  at: string;
}

function phoneOrThrow(raw: string, region: string | undefined, path: string) {
  const result = normalisePhone(raw, region);
  if (!result.ok)
    throw new AppError('invalid', 'invalid_learnt_phone', `${path}: ${result.message}`, {
      // The phone's own problem is a message of its own, worded in place.
      params: { path, problem: [{ code: result.code, params: result.params }] },
    });
  return result.phone;
}

/**
 * Writes what a call revealed about the debtor as evidence, through the same upserts the ingest
 * uses, inside the caller's transaction: each fact's source names its teller
 * (`reference:R1`, `right_party_contact:D1`) and its date is `seenAt` (default: now).
 * @throws AppError invalid_learnt_phone / learnt_teller_unknown / learnt_teller_missing (invalid)
 */
export async function writeLearntFacts(
  tx: GraphIngest & GraphReads,
  facts: LearntFacts,
  scope: LearntScope,
): Promise<LearntEffects> {
  const tellers = new Set<string>();
  const teller = (from: string | undefined, path: string): string => {
    const id = from ?? scope.reachedId;
    if (id === undefined)
      throw new AppError(
        'invalid',
        'learnt_teller_missing',
        `${path}.from: the attempt reached no known person, so say who told it`,
        { params: { path: `${path}.from` } },
      );
    tellers.add(id);
    return id;
  };
  const phones = (facts.phones ?? []).map((f, i) => ({
    fact: f,
    teller: teller(f.from, `learnt.phones[${i}]`),
    phone: phoneOrThrow(f.phone, scope.region, `learnt.phones[${i}].phone`),
  }));
  const addresses = (facts.addresses ?? []).map((f, i) => ({
    fact: f,
    teller: teller(f.from, `learnt.addresses[${i}]`),
  }));
  const employers = (facts.employers ?? []).map((f, i) => ({
    fact: f,
    teller: teller(f.from, `learnt.employers[${i}]`),
    phone:
      f.phone === undefined
        ? undefined
        : phoneOrThrow(f.phone, scope.region, `learnt.employers[${i}].phone`),
  }));
  for (const id of tellers)
    if (!(await tx.getPerson(id)))
      throw new AppError('invalid', 'learnt_teller_unknown', `no person with id ${id} told this`, {
        params: { id },
      });

  const evidence = (tellerId: string, seenAt: string | undefined) => {
    const when = seenAt ?? scope.at;
    return { source: learntSource(tellerId, scope.debtorId), firstSeen: when, lastSeen: when };
  };
  if (phones.length > 0)
    await tx.upsertPhoneLinks(
      phones.map(({ fact, teller: t, phone }) => ({
        owner: { kind: 'person' as const, id: scope.debtorId },
        phone: { e164: phone.e164, type: phone.type, status: 'unknown' as const },
        ...evidence(t, fact.seenAt),
      })),
    );
  if (addresses.length > 0) {
    await tx.upsertAddresses(addresses.map(({ fact }) => fact.address));
    await tx.upsertResidences(
      addresses.map(({ fact, teller: t }) => ({
        personId: scope.debtorId,
        addressId: fact.address.id,
        from: fact.seenAt ?? scope.at,
        ...evidence(t, fact.seenAt),
      })),
    );
  }
  if (employers.length > 0) {
    await tx.upsertEmployers(employers.map(({ fact }) => fact.employer));
    await tx.upsertEmployments(
      employers.map(({ fact, teller: t }) => ({
        personId: scope.debtorId,
        employerId: fact.employer.id,
        from: fact.seenAt ?? scope.at,
        ...evidence(t, fact.seenAt),
      })),
    );
    const lines = employers.filter((e) => e.phone !== undefined);
    if (lines.length > 0)
      await tx.upsertPhoneLinks(
        lines.map(({ fact, teller: t, phone }) => ({
          owner: { kind: 'employer' as const, id: fact.employer.id },
          phone: { e164: phone!.e164, type: phone!.type, status: 'unknown' as const },
          ...evidence(t, fact.seenAt),
        })),
      );
  }
  return { phones: phones.length, addresses: addresses.length, employers: employers.length };
}
