import { describe, expect, it } from 'vitest';
import { radialPlaces } from '../../web/src/graph-layout.js';

const edges = [
  { source: 'person:D', target: 'person:SPOUSE' },
  { source: 'person:D', target: 'person:PARENT' },
  { source: 'person:D', target: 'account:A' },
  { source: 'person:D', target: 'address:HOME' },
  { source: 'person:D', target: 'phone:1' },
  { source: 'person:SPOUSE', target: 'account:A' },
  { source: 'person:SPOUSE', target: 'address:HOME' },
  { source: 'person:SPOUSE', target: 'phone:2' },
  { source: 'person:PARENT', target: 'phone:3' },
];
const ids = [
  'person:D',
  'phone:1',
  'address:HOME',
  'account:A',
  'person:PARENT',
  'person:SPOUSE',
  'phone:2',
  'phone:3',
];

/** The first ring clockwise from the top, by angle. */
function firstRing(places: ReturnType<typeof radialPlaces>): string[] {
  return [...places]
    .filter(([, p]) => p.ring === 1)
    .sort(([, a], [, b]) => a.angle - b.angle)
    .map(([id]) => id);
}

describe('radialPlaces', () => {
  it('puts the debtor at the centre and the rest on rings by hops, hanging from their branch', () => {
    const places = radialPlaces(ids, edges, 'person:D');
    expect(places.get('person:D')?.ring).toBe(0);
    expect(places.get('person:SPOUSE')?.ring).toBe(1);
    expect(places.get('phone:2')).toMatchObject({ ring: 2, branch: 'person:SPOUSE' });
    expect(places.get('phone:3')).toMatchObject({ ring: 2, branch: 'person:PARENT' });
  });

  it('sets a spouse between the account and the address they share with the debtor', () => {
    const ring = firstRing(radialPlaces(ids, edges, 'person:D'));
    const at = ring.indexOf('person:SPOUSE');
    const beside = [ring[(at + ring.length - 1) % ring.length], ring[(at + 1) % ring.length]];
    expect(beside.sort()).toEqual(['account:A', 'address:HOME']);
  });

  it('gives a node with wider needs a wider wedge, and the same graph the same places', () => {
    const wide = (id: string): number => (id === 'phone:1' ? 5 : 1);
    const gap = (places: ReturnType<typeof radialPlaces>): number => {
      const ring = firstRing(places);
      const at = ring.indexOf('phone:1');
      const angle = (id: string | undefined): number => places.get(id ?? '')?.angle ?? 0;
      const before = ring[(at + ring.length - 1) % ring.length];
      return angle('phone:1') - angle(before) + (at === 0 ? 2 * Math.PI : 0);
    };
    expect(gap(radialPlaces(ids, edges, 'person:D', wide))).toBeGreaterThan(
      gap(radialPlaces(ids, edges, 'person:D')),
    );
    expect(radialPlaces(ids, edges, 'person:D', wide)).toEqual(
      radialPlaces(ids, edges, 'person:D', wide),
    );
  });

  it('joins a node not linked to the centre to the first ring', () => {
    const places = radialPlaces([...ids, 'phone:LOOSE'], edges, 'person:D');
    expect(places.get('phone:LOOSE')?.ring).toBe(1);
  });
});
