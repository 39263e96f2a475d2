import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { dailyCapGuard } from './daily-cap-guard.js';
import { outreachHarness } from './outreach-app.js';

describe('outreach routes in /openapi.json', () => {
  it('declares each route with its security, request body and responses', async () => {
    const h = outreachHarness({
      store: await openSqliteStore(':memory:'),
      guard: dailyCapGuard(1),
    });
    const res = await h.app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      paths: Record<
        string,
        Record<
          string,
          { security?: unknown; requestBody?: unknown; responses: Record<string, unknown> }
        >
      >;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    const send = doc.paths['/v1/outreach']?.post;
    expect(send?.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(send?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '409', '503']),
    );
    expect(doc.components.schemas.OutreachRequest?.required).toEqual(
      expect.arrayContaining(['accountId', 'channel', 'to', 'idempotencyKey']),
    );
    expect(doc.components.schemas.OutreachAccepted).toBeDefined();
    expect(doc.paths['/v1/outbox']?.get?.responses['200']).toBeDefined();
    expect(doc.paths['/v1/outbox/{id}/retry']?.post?.responses['200']).toBeDefined();
  });
});
