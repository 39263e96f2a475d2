import { seededRandom } from '../../src/demo/seeded-random.js';
import type { Address, PhoneLink } from '../../src/domain/model/index.js';
import {
  DAY_MS,
  DEBTORS_PER_HUB,
  DEFAULT_TODAY,
  emptyBatch,
  type GraphBatch,
  type GraphSpec,
  HOUSEHOLD_SIZE,
} from './graph-spec.js';
import {
  between,
  CITIES,
  daysAgo,
  employerCount,
  flagsFor,
  GIVEN,
  householdLandline,
  hubNumber,
  isDebtorIndex,
  mix,
  OUTCOMES,
  ownMobile,
  PHONE_SOURCES,
  personId,
  pick,
  RELATION_KINDS,
  SURNAMES,
  weighted,
} from './graph-vocabulary.js';

/** Adds person `i` and everything attached to them to the batch. */
export function addPerson(batch: GraphBatch, i: number, spec: GraphSpec, todayMs: number): void {
  const seed = spec.seed ?? 1;
  const rand = seededRandom(mix(i, seed));
  const id = personId(i);
  const debtor = isDebtorIndex(i, spec);
  const household = Math.floor(i / HOUSEHOLD_SIZE);
  const flags = flagsFor(rand, debtor);
  batch.persons.push({
    id,
    name: `${pick(rand, SURNAMES)} ${pick(rand, GIVEN)}`,
    timezone: 'Asia/Shanghai',
    flags: {
      ceaseContact: false,
      disputed: false,
      deceased: false,
      bankrupt: false,
      employerForbidsContact: false,
      optOut: [],
      ...flags,
    },
  });

  // Phones: 2–4; the household landline for most, a hub number for a few debtors.
  const phoneCount = between(rand, 2, 4);
  for (let k = 0; k < phoneCount; k++) {
    let e164 = ownMobile(i, k);
    let type = 'MOBILE';
    if (k === phoneCount - 1 && rand() < 0.6) {
      e164 = householdLandline(household);
      type = 'FIXED_LINE';
    } else if (debtor && k === 1 && rand() < 0.03) {
      e164 = hubNumber(
        Math.floor(rand() * Math.max(1, Math.floor(spec.persons / 3 / DEBTORS_PER_HUB))),
      );
    }
    const statusRoll = rand();
    const status =
      statusRoll < 0.04
        ? 'invalid'
        : statusRoll < 0.06
          ? 'suspended'
          : statusRoll < 0.3
            ? 'active'
            : 'unknown';
    const link: PhoneLink = {
      owner: { kind: 'person', id },
      phone: {
        e164,
        type,
        country: 'CN',
        status,
        ...(status !== 'unknown' ? { statusAt: daysAgo(todayMs, between(rand, 1, 400)) } : {}),
      },
      source: weighted(rand, PHONE_SOURCES),
      lastSeen: daysAgo(todayMs, between(rand, 1, 1500)),
      confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
    };
    batch.phones.push(link);
  }

  if (rand() < 0.6)
    batch.emails.push({
      personId: id,
      address: `p${i}@example.com`,
      source: 'application',
      lastSeen: daysAgo(todayMs, between(rand, 1, 1500)),
    });

  // Addresses: the household's current one, and 0–2 former ones.
  const [city, region, timezone] = pick(rand, CITIES);
  const home: Address = {
    id: `H${household}`,
    line: `${(household % 900) + 1} Garden Road, Block ${household % 37}`,
    city,
    region,
    country: 'CN',
    timezone,
  };
  batch.addresses.push(home);
  batch.residences.push({
    personId: id,
    addressId: home.id,
    source: 'bureau',
    from: daysAgo(todayMs, between(rand, 200, 3000)),
    lastSeen: daysAgo(todayMs, between(rand, 1, 600)),
  });
  const former = between(rand, 0, 2);
  for (let k = 0; k < former; k++) {
    const address: Address = {
      id: `AD${i}_${k}`,
      line: `${k + 1} Old Street ${i % 1000}`,
      city,
      region,
      country: 'CN',
      timezone,
    };
    batch.addresses.push(address);
    const to = between(rand, 200, 3000);
    batch.residences.push({
      personId: id,
      addressId: address.id,
      source: 'application',
      from: daysAgo(todayMs, to + between(rand, 100, 2000)),
      to: daysAgo(todayMs, to),
      lastSeen: daysAgo(todayMs, to),
    });
  }

  // Employment: 70% have one; employer sizes are skewed (a few employ thousands).
  if (rand() < 0.7) {
    const e = Math.floor(rand() ** 3 * employerCount(spec));
    const ended = rand() < 0.25;
    batch.employments.push({
      personId: id,
      employerId: `E${e}`,
      source: 'application',
      from: daysAgo(todayMs, between(rand, 400, 4000)),
      ...(ended ? { to: daysAgo(todayMs, between(rand, 10, 390)) } : {}),
      lastSeen: daysAgo(todayMs, between(rand, 10, 900)),
    });
  }

  // Relations: 3–6; the next household member is the spouse, the others random persons.
  const relationCount = between(rand, 3, 6);
  for (let k = 0; k < relationCount; k++) {
    const mate = household * HOUSEHOLD_SIZE + ((i + 1) % HOUSEHOLD_SIZE);
    const spouse = k === 0 && mate !== i && mate < spec.persons && rand() < 0.5;
    const other = spouse ? mate : Math.floor(rand() * spec.persons);
    if (other === i) continue;
    batch.relations.push({
      from: id,
      to: personId(other),
      kind: spouse ? 'spouse' : weighted(rand, RELATION_KINDS),
      source: weighted(rand, [
        ['application', 0.7],
        ['collector_note', 0.2],
        ['bureau', 0.1],
      ]),
      lastSeen: daysAgo(todayMs, between(rand, 1, 1500)),
    });
  }
  if (flags.deceased) {
    const executor = (i + 7) % spec.persons;
    batch.relations.push({
      from: personId(executor),
      to: id,
      kind: 'executor',
      source: 'collector_note',
      lastSeen: daysAgo(todayMs, between(rand, 1, 90)),
    });
  }

  if (!debtor) return;
  const accounts = rand() < 0.8 ? 1 : 2;
  for (let k = 0; k < accounts; k++) {
    const accountId = `A${i}_${k}`;
    const principal = between(rand, 10, 500) * 100;
    const statusRoll = rand();
    batch.accounts.push({
      id: accountId,
      debtorId: id,
      product: pick(rand, ['cash_loan', 'credit_card', 'consumer_loan']),
      currency: 'CNY',
      principal,
      balance: Math.round(principal * (0.2 + rand() * 0.9)),
      dueDate: daysAgo(todayMs, between(rand, 5, 400)),
      jurisdiction: 'CN',
      status: statusRoll < 0.85 ? 'open' : statusRoll < 0.95 ? 'charged_off' : 'closed',
    });
    if (rand() < 0.15)
      batch.obligations.push({
        personId: personId(Math.floor(rand() * spec.persons)),
        accountId,
        role: rand() < 0.6 ? 'guarantor' : 'co_borrower',
        source: 'contract',
      });
    const attempts = between(rand, 0, 6);
    for (let n = 0; n < attempts; n++) {
      const phone =
        batch.phones[batch.phones.length - phoneCount + between(rand, 0, phoneCount - 1)]!;
      const at = new Date(
        todayMs - between(rand, 1, 90) * DAY_MS - between(rand, 0, 36_000) * 1000,
      ).toISOString();
      batch.attempts.push({
        id: `T${i}_${k}_${n}`,
        accountId,
        at,
        channel: 'call',
        contact: { kind: 'phone', value: phone.phone.e164 },
        personId: id,
        outcome: weighted(rand, OUTCOMES),
        outcomeAt: at,
      });
    }
  }
}

/** The persons [from, to) and everything attached to them. */
export function personBatch(spec: GraphSpec, from: number, to: number): GraphBatch {
  const todayMs = Date.parse(spec.today ?? DEFAULT_TODAY);
  const batch = emptyBatch();
  for (let i = from; i < Math.min(to, spec.persons); i++) addPerson(batch, i, spec, todayMs);
  return batch;
}
