import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutreachGuard } from '../../src/app/guard/check-guard.js';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import { recordOutcome } from '../../src/app/routes/record-outcome.js';
import { Person, Phone } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { NOW, type OutreachHarness, outreachHarness, seedAccount } from './outreach-app.js';

const POLICIES = fileURLToPath(new URL('./fixtures/policies', import.meta.url));
const REFERENCE_PHONE = '+8613900139000';
const SHARED_PHONE = '+8613700137000';

const link = (personId: string, e164: string) => ({
  owner: { kind: 'person' as const, id: personId },
  phone: Phone.parse({ e164 }),
  source: 'application',
});

describe('POST /v1/outreach: whom the attempt is made to', () => {
  let store: GraphStore;
  let registry: PolicyRegistry;
  let h: OutreachHarness;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await seedAccount(store);
    await store.upsertPersons([
      Person.parse({ id: 'R1', name: '李建华', timezone: 'Asia/Shanghai' }),
      Person.parse({ id: 'R2', name: '王芳', timezone: 'Asia/Shanghai' }),
    ]);
    await store.upsertRelations([
      { from: 'P1', to: 'R1', kind: 'reference', source: 'application' },
      { from: 'P1', to: 'R2', kind: 'friend', source: 'application' },
    ]);
    await store.upsertPhoneLinks([
      link('R1', REFERENCE_PHONE),
      link('P1', SHARED_PHONE),
      link('R2', SHARED_PHONE),
    ]);
    registry = await PolicyRegistry.open(POLICIES, { watch: false });
    h = outreachHarness({ store, guard: createOutreachGuard(registry) });
  });
  afterEach(async () => {
    registry.close();
    await store.close();
  });

  it('an unnamed call to a reference’s own number is the reference’s: their cease flags them, not the debtor', async () => {
    const sent = await h.post({
      accountId: 'A1',
      channel: 'call',
      to: REFERENCE_PHONE,
      idempotencyKey: 'reference-1',
    });
    expect(sent.status).toBe(201);
    const { attemptId } = (await sent.json()) as { attemptId: string };
    expect((await store.getAttempt(attemptId))?.personId).toBe('R1');

    const recorded = await recordOutcome({ store }, attemptId, { outcome: 'cease_request' }, NOW);
    expect(recorded.effects.ceaseContactPersonId).toBe('R1');
    expect((await store.getPerson('R1'))?.flags.ceaseContact).toBe(true);
    expect((await store.getPerson('P1'))?.flags.ceaseContact).toBeFalsy();
  });

  it('an unnamed call to a number two people hold names nobody; a named one names its recipient', async () => {
    const unnamed = await h.post({
      accountId: 'A1',
      channel: 'call',
      to: SHARED_PHONE,
      idempotencyKey: 'shared-call-1',
    });
    const named = await h.post({
      accountId: 'A1',
      channel: 'call',
      to: SHARED_PHONE,
      recipientPersonId: 'P1',
      idempotencyKey: 'shared-call-2',
    });
    expect([unnamed.status, named.status]).toEqual([201, 201]);
    const ids = [
      (await unnamed.json()) as { attemptId: string },
      (await named.json()) as { attemptId: string },
    ];
    expect((await store.getAttempt(ids[0]!.attemptId))?.personId).toBeUndefined();
    expect((await store.getAttempt(ids[1]!.attemptId))?.personId).toBe('P1');
  });

  it('a recipient the graph does not hold is refused with 404, and nothing is recorded', async () => {
    const res = await h.post({
      accountId: 'A1',
      channel: 'call',
      to: REFERENCE_PHONE,
      recipientPersonId: 'GHOST-999',
      idempotencyKey: 'ghost-call-1',
    });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('recipient_not_found');
    expect(body.error.message).toContain('GHOST-999');
    expect(await store.listAttempts({ accountId: 'A1' })).toEqual([]);
    expect(await store.listAudit({ accountId: 'A1' })).toEqual([]);
  });
});
