import { describe, expect, it } from 'vitest';
import { contactKey, routePathKeys } from '../../web/src/route-paths.js';
import { stageOf } from '../../web/src/stage.js';
import type { Route } from '../../web/src/types.js';

function route(paths: unknown[][], personId = 'D1'): Route {
  return {
    rank: 1,
    contact: { kind: 'phone', value: '+8613800138000' },
    recipient: { personId, relation: 'spouse' },
    score: 0.5,
    paths,
    reasons: [],
  };
}

describe('route paths for the picture', () => {
  it('reads paths given as node keys', () => {
    expect(
      routePathKeys(route([['person:D1', 'person:P2', 'phone:+8613800138000']]), 'D1'),
    ).toEqual([['person:D1', 'person:P2', 'phone:+8613800138000']]);
  });

  it('reads paths given as edges, without repeating the shared node', () => {
    const hops = [
      { type: 'KNOWS', from: 'person:D1', to: 'person:P2' },
      { type: 'HAS_PHONE', from: 'person:P2', to: 'phone:+8613800138000' },
    ];
    expect(routePathKeys(route([hops]), 'D1')).toEqual([
      ['person:D1', 'person:P2', 'phone:+8613800138000'],
    ]);
  });

  it('falls back to debtor → recipient → contact point when a path names no nodes', () => {
    expect(routePathKeys(route([[{ weight: 1 }]], 'P2'), 'D1')).toEqual([
      ['person:D1', 'person:P2', 'phone:+8613800138000'],
    ]);
    expect(routePathKeys(route([], 'D1'), 'D1')).toEqual([['person:D1', 'phone:+8613800138000']]);
  });

  it('names the contact point by its node key', () => {
    expect(contactKey(route([]))).toBe('phone:+8613800138000');
  });
});

describe('collection stage', () => {
  it('buckets days past due', () => {
    expect([0, 1, 30, 31, 90, 91, 180, 181].map(stageOf)).toEqual([
      'current',
      'early',
      'early',
      'mid',
      'mid',
      'late',
      'late',
      'writeoff',
    ]);
  });
});
