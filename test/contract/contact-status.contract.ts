import { beforeEach, describe, expect, it } from 'vitest';
import { PhoneLink } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { loadFixture, P_OWN, P_SHARED, person, persons, phoneLink } from './contract-fixture.js';

/**
 * The ContactStatus part of the store contract: phone status and stop flags kept, set, sticky across re-imports, lifted only on purpose.
 * `current` gives the fresh store of the running test.
 */
export function contactStatusContract(current: () => GraphStore): void {
  describe('phone status', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    it('keeps a stored status when an upsert carries none (unknown)', async () => {
      await loadFixture(store);
      await store.setPhoneStatus(P_SHARED, 'invalid', '2026-04-02T10:00:00Z');
      await store.upsertPhoneLinks([
        phoneLink('person', 'D1', P_SHARED, { lastSeen: '2026-04-03' }),
      ]);
      expect(await store.getPhone(P_SHARED)).toMatchObject({
        status: 'invalid',
        statusAt: '2026-04-02T10:00:00Z',
        type: 'MOBILE',
      });
    });

    it('takes a status the row sets explicitly', async () => {
      await loadFixture(store);
      await store.setPhoneStatus(P_OWN, 'suspended', '2026-04-02T10:00:00Z');
      await store.upsertPhoneLinks([
        PhoneLink.parse({
          owner: { kind: 'person', id: 'D1' },
          phone: {
            e164: P_OWN,
            type: 'MOBILE',
            status: 'active',
            statusAt: '2026-04-05T00:00:00Z',
          },
          source: 'bureau',
        }),
      ]);
      expect(await store.getPhone(P_OWN)).toMatchObject({
        status: 'active',
        statusAt: '2026-04-05T00:00:00Z',
      });
    });
  });

  describe('person flags', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    it('patches flags and leaves the others alone', async () => {
      await loadFixture(store);
      await store.setPersonFlags('D1', { ceaseContact: true, optOut: ['sms'] });
      const p = await store.getPerson('D1');
      expect(p?.flags).toMatchObject({
        ceaseContact: true,
        optOut: ['sms'],
        disputed: false,
        deceased: false,
      });
      expect(p?.name).toBe('Li Wei');
      await store.setPersonFlags('D1', {
        attorney: { name: 'Counsel Wu', phone: '+8613500135000' },
      });
      expect((await store.getPerson('D1'))?.flags).toMatchObject({
        ceaseContact: true,
        attorney: { name: 'Counsel Wu', phone: '+8613500135000' },
      });
    });

    it('lifts a flag only through setPersonFlags, never through a re-import', async () => {
      await loadFixture(store);
      await store.setPersonFlags('D1', { ceaseContact: true, optOut: ['call'] });
      await store.upsertPersons([persons[0]!]);
      expect((await store.getPerson('D1'))?.flags).toMatchObject({
        ceaseContact: true,
        optOut: ['call'],
      });
      await store.upsertPersons([
        person('D1', 'Li Wei', { flags: { disputed: true, optOut: ['email'] } }),
      ]);
      const flags = (await store.getPerson('D1'))?.flags;
      expect(flags).toMatchObject({ ceaseContact: true, disputed: true });
      expect([...(flags?.optOut ?? [])].sort()).toEqual(['call', 'email']);
      await store.setPersonFlags('D1', { ceaseContact: false });
      expect((await store.getPerson('D1'))?.flags.ceaseContact).toBe(false);
    });

    it('ignores a patch for an unknown person', async () => {
      await store.setPersonFlags('ghost', { ceaseContact: true });
      expect(await store.getPerson('ghost')).toBeUndefined();
    });
  });
}
