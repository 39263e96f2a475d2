/**
 * Generates src/demo/demo.ndjson: about 50 debtors in China and the US with their families,
 * references, employers, address history, guarantors, a fraud-ring phone and 30 days of
 * attempt history. Seeded and relative to a fixed reference date, so every run writes the
 * same file: `npx tsx src/demo/gen-demo.ts` (add `--check` to verify the committed file).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cnMobile, cnName, e164, usName, usNumber } from './demo-contacts.js';
import { cnDebtor, SHARED_PHONE_HOLDERS, usDebtor } from './demo-debtors.js';
import { US_STATES, type UsState } from './demo-places.js';
import { chance, int, pick, random } from './demo-random.js';
import {
  attempt,
  type Debtor,
  out,
  person,
  phone,
  type Rec,
  relatedId,
  relation,
} from './demo-records.js';

export { DEMO_REFERENCE_DATE } from './demo-random.js';

const CN_DEBTORS = 30;
const US_DEBTORS = 20;
const debtors: Debtor[] = [];

for (let n = 1; n <= CN_DEBTORS; n++) debtors.push(cnDebtor(n));
for (let n = 1; n <= US_DEBTORS; n++) debtors.push(usDebtor(n));

// Family, references, guarantors and co-borrowers.
for (const d of debtors) {
  const cn = d.country === 'CN';
  const debtorName = out.person.find((p) => p.id === d.id)?.name as string;
  const surname = cn ? debtorName.slice(0, 1) : debtorName.split(' ').slice(-1)[0];
  const region = d.country;
  const mobile = (): string =>
    cn
      ? cnMobile()
      : usNumber(
          pick(
            (US_STATES.find((s) => s.zone === d.zone) ?? (US_STATES[0] as UsState)).cities[0]
              ?.areaCodes ?? ['212'],
          ),
        );
  const rich = d.id === 'CN-001';

  const addRelated = (kind: string, name: string, source: string): string => {
    const rid = relatedId(d.country);
    person(rid, name, d.country, d.zone);
    const display = mobile();
    phone(rid, display, region, source === 'application' ? 'application' : source, {
      confidence: 0.8,
    });
    relation(d.id, rid, kind, source);
    d.contacts.push({ personId: rid, phone: e164(display, region) });
    return rid;
  };

  if (rich || chance(0.45)) {
    const spouse = addRelated('spouse', cn ? cnName() : usName(surname), 'application');
    // Spouses share the home address: one address node, two residents.
    out.address.push({
      ...(out.address.find((a) => a.id === d.addressId) as Rec),
      personId: spouse,
      source: 'application',
    });
    if (d.accounts.length > 0 && chance(0.35))
      out.obligation.push({
        type: 'obligation',
        personId: spouse,
        accountId: d.accounts[0],
        role: 'co_borrower',
        source: 'contract',
      });
  }
  if (rich || chance(0.3)) {
    const parent = addRelated('parent', cn ? cnName(surname) : usName(surname), 'application');
    if (chance(0.4))
      out.obligation.push({
        type: 'obligation',
        personId: parent,
        accountId: d.accounts[0],
        role: 'guarantor',
        source: 'contract',
      });
  }
  if (rich || chance(0.25))
    addRelated('sibling', cn ? cnName(surname) : usName(surname), 'collector_note');
  const references = rich ? 2 : int(1, 2);
  for (let i = 0; i < references; i++) {
    const ref = addRelated('reference', cn ? cnName() : usName(), 'application');
    if (i === 0 && chance(0.12))
      out.obligation.push({
        type: 'obligation',
        personId: ref,
        accountId: d.accounts[0],
        role: 'guarantor',
        source: 'contract',
      });
  }
  if (!cn && chance(0.3)) addRelated('friend', usName(), 'inbound_call');
}

// Guarantee coverage: make sure the demo always has both kinds of co-obligor on a CN and a US account.
for (const [debtorId, role] of [
  ['CN-001', 'guarantor'],
  ['US-001', 'co_borrower'],
  ['CN-004', 'co_borrower'],
  ['US-002', 'guarantor'],
] as const) {
  const d = debtors.find((x) => x.id === debtorId) as Debtor;
  const contact = d.contacts[0];
  const accountId = d.accounts[0];
  if (
    contact &&
    !out.obligation.some((o) => o.personId === contact.personId && o.accountId === accountId)
  ) {
    out.obligation.push({
      type: 'obligation',
      personId: contact.personId,
      accountId,
      role,
      source: 'contract',
    });
  }
}

// The deceased debtor's estate: the executor (an adult child).
const deceased = debtors.find((d) => d.id === 'CN-005') as Debtor;
const executorId = relatedId('CN');
person(
  executorId,
  cnName(
    out.person
      .find((p) => p.id === 'CN-005')
      ?.name?.toString()
      .slice(0, 1),
  ),
  'CN',
  'Asia/Shanghai',
);
const executorPhone = cnMobile();
phone(executorId, executorPhone, 'CN', 'collector_note', { confidence: 0.9, status: 'active' });
relation(deceased.id, executorId, 'executor', 'collector_note');
relation(deceased.id, executorId, 'child', 'application');

// The debtor represented by an attorney: the flag (with the attorney's office line) and the attorney as a person.
const represented = debtors.find((d) => d.id === 'US-003') as Debtor;
const attorneyId = relatedId('US');
const attorneyName = usName();
const attorneyLine = usNumber('212');
person(attorneyId, attorneyName, 'US', 'America/New_York');
phone(attorneyId, attorneyLine, 'US', 'inbound_call', { confidence: 1, status: 'active' });
relation(represented.id, attorneyId, 'attorney', 'inbound_call');
const representedRecord = out.person.find((p) => p.id === represented.id) as Rec;
representedRecord.region = 'US';
representedRecord.flags = { attorney: { name: attorneyName, phone: attorneyLine } };

// The fraud-ring number: one prepaid mobile on five unrelated debtors' applications.
const ringPhone = cnMobile();
for (const id of SHARED_PHONE_HOLDERS) {
  phone(
    id,
    ringPhone,
    'CN',
    id === SHARED_PHONE_HOLDERS[0] ? 'application' : pick(['application', 'bureau']),
    { confidence: 0.5 },
  );
  (debtors.find((d) => d.id === id) as Debtor).phones.push({ display: ringPhone });
}

// These always have history (the workflows show them); of the rest, about two in three do.
const WITH_HISTORY = new Set([
  'CN-001',
  'CN-002',
  'CN-003',
  'CN-011',
  'US-005',
  'US-006',
  'US-007',
]);
for (const d of debtors) {
  if (!WITH_HISTORY.has(d.id) && chance(0.35)) continue;
  const accountId = d.accounts[0] as string;
  const count = d.id === 'CN-001' ? 8 : int(2, 6);
  const days = Array.from({ length: count }, () => int(1, 30)).sort((a, b) => b - a);
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the early returns only skip a day; changing them would reorder the seeded demo data
  days.forEach((daysAgo, i) => {
    const ph = d.phones[i % d.phones.length] ?? d.phones[0];
    if (!ph) return;
    const to = e164(ph.display, d.country);
    if (ph.status === 'invalid')
      return attempt(d, accountId, 'call', to, daysAgo, 'invalid_number');
    if (ph.status === 'suspended') return attempt(d, accountId, 'call', to, daysAgo, 'suspended');
    const roll = random();
    if (d.id === 'US-006' && i === days.length - 1)
      return attempt(d, accountId, 'call', to, daysAgo, 'cease_request', d.id);
    if (roll < 0.12 && d.email) return attempt(d, accountId, 'email', d.email, daysAgo);
    if (roll < 0.2) return attempt(d, accountId, 'sms', to, daysAgo);
    if (roll < 0.28 && d.contacts[0])
      return attempt(
        d,
        accountId,
        'call',
        d.contacts[0].phone,
        daysAgo,
        pick(['third_party', 'no_answer']),
        d.contacts[0].personId,
      );
    if (roll < 0.32) return attempt(d, accountId, 'letter', d.addressId, daysAgo);
    const outcome = pick([
      'no_answer',
      'no_answer',
      'no_answer',
      'busy',
      'right_party',
      'right_party',
      'promise_to_pay',
      'wrong_party',
      'refused',
    ]);
    attempt(
      d,
      accountId,
      'call',
      to,
      daysAgo,
      outcome,
      ['right_party', 'promise_to_pay', 'refused'].includes(outcome) ? d.id : undefined,
    );
  });
}

/** The dataset as NDJSON text, nodes before the relationships that name them. */
export function demoNdjsonText(): string {
  const order: (keyof typeof out)[] = [
    'person',
    'account',
    'obligation',
    'phone',
    'email',
    'address',
    'employment',
    'relation',
    'attempt',
  ];
  return `${order.flatMap((t) => out[t].map((r) => JSON.stringify(r))).join('\n')}\n`;
}

const target = fileURLToPath(new URL('./demo.ndjson', import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = demoNdjsonText();
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === text;
    process.stdout.write(
      same
        ? 'demo.ndjson is up to date\n'
        : 'demo.ndjson differs from the generator output: run npx tsx src/demo/gen-demo.ts\n',
    );
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(target, text);
    const counts = Object.entries(out)
      .map(([t, rs]) => `${t} ${rs.length}`)
      .join(', ');
    process.stdout.write(`wrote ${target}: ${counts}\n`);
  }
}
