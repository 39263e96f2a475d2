import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApp } from '../support/api-harness.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

interface Row {
  accountId: string;
  debtorId: string;
  code?: string;
}
interface Page {
  items: Row[];
  apart: Row[];
  nextCursor?: string;
}

describe('the worklist right after an import (every entry waiting to be ranked)', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ now: new Date('2026-11-20T02:00:00Z') });
  });
  afterAll(async () => svc.close());

  const get = async <T>(path: string): Promise<T> => {
    const res = await callApp(svc.app, 'GET', path, { role: 'collector' });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };

  it('never calls an account unreachable only because it was not ranked yet, and lists each account once', async () => {
    const seen: Row[] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 30; n++) {
      const page = await get<Page>(
        `/v1/worklist?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      seen.push(...page.items, ...page.apart);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeUndefined();
    const ids = seen.map((r) => r.accountId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('ACC-US-001-1');
    for (const r of seen.filter((x) => /^worklist_(no_route|ceased_contact)/.test(x.code ?? ''))) {
      const routes = await get<{ routes: unknown[] }>(
        `/v1/debtors/${r.debtorId}/routes?accountId=${r.accountId}`,
      );
      expect(routes.routes, r.accountId).toEqual([]);
    }
  });
});
