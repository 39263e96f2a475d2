import { beforeEach, describe, expect, it } from 'vitest';
import { Obligation, Relation } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import {
  loadFixture,
  P_EMPLOYER,
  P_FRIEND,
  P_GUARANTOR,
  P_OWN,
  P_REF,
  P_SHARED,
  phoneLink,
} from './contract-fixture.js';

/**
 * The SharingReads part of the store contract: who holds a shared contact point, and which debtors
 * can reach a phone, over the fixture graph. `current` gives the fresh store of the running test.
 */
export function sharingReadsContract(current: () => GraphStore): void {
  describe('shared identifiers', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    it('a shared phone: every holder, debtor or not, with source and last seen, and the phone itself', async () => {
      await loadFixture(store);
      await store.setPhoneStatus(P_SHARED, 'suspended', '2026-03-01T00:00:00Z');
      const s = await store.sharedIdentifiers({ kind: 'phone', value: P_SHARED });
      expect(s.contact).toEqual({ kind: 'phone', value: P_SHARED });
      expect(s.phone).toMatchObject({ e164: P_SHARED, status: 'suspended' });
      const holders = [...s.holders].sort((a, b) => a.id.localeCompare(b.id));
      expect(holders).toEqual([
        {
          kind: 'person',
          id: 'D1',
          name: 'Li Wei',
          isDebtor: true,
          accountRoles: ['debtor'],
          source: 'application',
          lastSeen: '2025-06-01',
        },
        {
          kind: 'person',
          id: 'X1',
          name: 'Sun Li',
          isDebtor: true,
          accountRoles: ['debtor'],
          source: 'bureau',
          lastSeen: '2026-01-10',
        },
      ]);
    });

    it('an employer phone: the employer and a person who answered it', async () => {
      await loadFixture(store);
      const s = await store.sharedIdentifiers({ kind: 'phone', value: P_EMPLOYER });
      const holders = [...s.holders].sort((a, b) => a.id.localeCompare(b.id));
      expect(
        holders.map((h) => [h.kind, h.id, h.name, h.isDebtor, h.accountRoles, h.source]),
      ).toEqual([
        ['person', 'C1', 'Zhao Lei', false, [], 'collector_note'],
        ['employer', 'E1', 'Acme Trading', false, [], 'application'],
      ]);
    });

    it('a shared email and a shared address; a guarantor counts as owing, named as guarantor', async () => {
      await loadFixture(store);
      const email = await store.sharedIdentifiers({ kind: 'email', value: 'family@example.com' });
      expect(email.phone).toBeUndefined();
      expect(email.holders.map((h) => [h.id, h.isDebtor]).sort()).toEqual([
        ['D1', true],
        ['S1', false],
      ]);
      const address = await store.sharedIdentifiers({ kind: 'address', value: 'ADDR1' });
      expect(address.holders.map((h) => [h.id, h.isDebtor, h.source]).sort()).toEqual([
        ['D1', true, 'application'],
        ['G1', true, 'bureau'],
        ['S1', false, 'reference'],
      ]);
      expect(address.holders.map((h) => [h.id, h.accountRoles]).sort()).toEqual([
        ['D1', ['debtor']],
        ['G1', ['guarantor']],
        ['S1', []],
      ]);
      const other = await store.sharedIdentifiers({ kind: 'address', value: 'ADDR2' });
      expect(other.holders.map((h) => [h.id, h.isDebtor, h.accountRoles])).toEqual([
        ['CB1', true, ['co_borrower']],
      ]);
    });

    it("a holder party to accounts in two ways has both roles, once each, the debtor's first", async () => {
      await loadFixture(store);
      // D1 owes A1 and also guarantees A2, attested by two sources.
      const guarantees = { personId: 'D1', accountId: 'A2', role: 'guarantor' } as const;
      await store.upsertObligations(
        [guarantees, { ...guarantees, source: 'bureau' }].map((o) => Obligation.parse(o)),
      );
      const s = await store.sharedIdentifiers({ kind: 'phone', value: P_SHARED });
      expect(s.holders.map((h) => [h.id, h.isDebtor, h.accountRoles]).sort()).toEqual([
        ['D1', true, ['debtor', 'guarantor']],
        ['X1', true, ['debtor']],
      ]);
    });

    it('debtorsHolding, where an adapter offers it, agrees with the owing persons of sharedIdentifiers', async () => {
      if (store.debtorsHolding === undefined) return;
      await loadFixture(store);
      const contacts = [
        { kind: 'phone' as const, value: P_SHARED },
        { kind: 'phone' as const, value: P_EMPLOYER },
        { kind: 'email' as const, value: 'family@example.com' },
        { kind: 'address' as const, value: 'ADDR1' },
        { kind: 'address' as const, value: 'ADDR2' },
        { kind: 'phone' as const, value: '+8613000000000' },
      ];
      const batch = await store.debtorsHolding(contacts);
      expect(batch.map((b) => b.contact)).toEqual(contacts);
      for (const [i, contact] of contacts.entries()) {
        const shared = await store.sharedIdentifiers(contact);
        const owing = shared.holders
          .filter((h) => h.kind === 'person' && h.isDebtor)
          .map((h) => h.id)
          .sort();
        expect([...(batch[i]?.debtorIds ?? [])].sort(), `${contact.kind} ${contact.value}`).toEqual(
          owing,
        );
      }
      expect(batch[0]?.debtorIds.slice().sort()).toEqual(['D1', 'X1']);
      expect(batch[3]?.debtorIds.slice().sort()).toEqual(['D1', 'G1']);
      expect(batch[4]?.debtorIds).toEqual(['CB1']);
      expect(await store.debtorsHolding([])).toEqual([]);
    });

    it('sharedIdentifiersOf, where an adapter offers it, answers each point as sharedIdentifiers does, in order', async () => {
      if (store.sharedIdentifiersOf === undefined) return;
      await loadFixture(store);
      const contacts = [
        { kind: 'phone' as const, value: P_SHARED },
        { kind: 'phone' as const, value: P_EMPLOYER },
        { kind: 'email' as const, value: 'Family@Example.com' },
        { kind: 'address' as const, value: 'ADDR1' },
        { kind: 'phone' as const, value: '+8613000000000' },
        { kind: 'phone' as const, value: P_SHARED },
      ];
      const batch = await store.sharedIdentifiersOf(contacts);
      expect(batch).toHaveLength(contacts.length);
      for (const [i, contact] of contacts.entries())
        expect(batch[i], `${contact.kind} ${contact.value}`).toEqual(
          await store.sharedIdentifiers(contact),
        );
      expect(batch[0]?.holders.map((h) => h.id).sort()).toEqual(['D1', 'X1']);
      expect(await store.sharedIdentifiersOf([])).toEqual([]);
    });

    it('a contact point nobody holds has no holders', async () => {
      await loadFixture(store);
      const s = await store.sharedIdentifiers({ kind: 'phone', value: '+8613000000000' });
      expect(s.holders).toEqual([]);
      expect(s.phone).toBeUndefined();
    });
  });

  describe('debtorsReachingPhone', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    it('the owing persons whose routes end at the phone: holders, relations, employees, co-obligors', async () => {
      await loadFixture(store);
      // F1 also knows X1 (X1 is the far end), and CB1, A2's co-borrower, gets a phone of their own.
      await store.upsertRelations([
        Relation.parse({ from: 'F1', to: 'X1', kind: 'friend', source: 'collector_note' }),
      ]);
      await store.upsertPhoneLinks([phoneLink('person', 'CB1', '+8613100131000')]);
      const reaching = (e164: string, limit = 100) => store.debtorsReachingPhone(e164, limit);
      expect(await reaching(P_OWN)).toEqual(['D1']);
      expect(await reaching(P_SHARED)).toEqual(['D1', 'X1']);
      // The switchboard: D1 works at E1; C1, who holds it too, owes nothing.
      expect(await reaching(P_EMPLOYER)).toEqual(['D1']);
      // D1's reference holds it; R1's friend F1 is not a debtor, so R1's own relations add no one.
      expect(await reaching(P_REF)).toEqual(['D1']);
      // F1 holds it: X1 knows F1 (either direction counts); D1 is two relations away, no route.
      expect(await reaching(P_FRIEND)).toEqual(['X1']);
      // G1 guarantees A1: G1 holds it, and A1's debtor reaches it through the guarantor.
      expect(await reaching(P_GUARANTOR)).toEqual(['D1', 'G1']);
      expect(await reaching('+8613100131000')).toEqual(['CB1', 'X1']);
      expect(await reaching('+8613000000000')).toEqual([]);
      const cut = await reaching(P_GUARANTOR, 1);
      expect(cut).toHaveLength(1);
      expect(['D1', 'G1']).toContain(cut[0]);
    });
  });
}
