import { describe, expect, it } from 'vitest';
import { contactKey, routePathKeys } from '../../web/src/route-paths.js';
import { stageOf } from '../../web/src/stage.js';
import type { Route } from '../../web/src/types.js';

type Hops = Route['paths'];

function route(paths: Hops, personId = 'D1'): Route {
  return {
    rank: 1,
    contact: { kind: 'phone', value: '+8613800138000' },
    recipient: { personId, relation: 'spouse' },
    score: 0.5,
    tier: 'consumer',
    flags: {},
    paths,
    reasons: [],
  } as Route;
}

const hop = (type: string, from: string, to: string) =>
  ({ type, from, to, source: 'application', reliability: 0.9 }) as Hops[number][number];

describe('route paths for the picture', () => {
  it('reads paths as the hops the API sends, without repeating the shared node', () => {
    const hops = [
      hop('KNOWS', 'person:D1', 'person:P2'),
      hop('HAS_PHONE', 'person:P2', 'phone:+8613800138000'),
    ];
    expect(routePathKeys(route([hops]), 'D1')).toEqual([
      ['person:D1', 'person:P2', 'phone:+8613800138000'],
    ]);
  });

  it('falls back to debtor → recipient → contact point when a route has no paths', () => {
    expect(routePathKeys(route([], 'P2'), 'D1')).toEqual([
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
