import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

describe('the full service over the demo data', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness();
  });
  afterAll(async () => svc.close());

  it('ingests NDJSON over HTTP, reporting each bad line and keeping the rest', async () => {
    const body = [
      '{"type":"person","id":"H-1","name":"Wang Fang","timezone":"Asia/Shanghai"}',
      '{"type":"phone","personId":"H-1","number":"not a number","region":"CN","source":"application"}',
      '{broken json',
      '{"type":"phone","personId":"H-1","number":"138 1234 5679","region":"CN","source":"application"}',
    ].join('\n');
    const res = await svc.call('POST', '/v1/ingest', {
      role: 'investigator',
      raw: body,
      contentType: 'application/x-ndjson',
    });
    expect(res.status).toBe(200);
    const summary = (await res.json()) as {
      complete: boolean;
      accepted: number;
      rejected: { line: number; code: string }[];
    };
    expect(summary).toMatchObject({ complete: false, accepted: 2 });
    expect(summary.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(summary.rejected[1]?.code).toBe('invalid_json');
    const links = (await (await svc.call('GET', '/v1/phones/%2B8613812345679/links')).json()) as {
      holders: { id: string }[];
    };
    expect(links.holders.map((h) => h.id)).toEqual(['H-1']);
  });

  it('a CSV import without a type is a 400, not a 500', async () => {
    const res = await svc.call('POST', '/v1/ingest?format=csv', {
      role: 'investigator',
      raw: 'id,name\nP,Q\n',
      contentType: 'text/csv',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('type_required');
  });

  it('guard check: denied at night, allowed in the day, both audited', async () => {
    const base = {
      accountId: 'ACC-CN-001-1',
      channel: 'sms',
      to: '+8613812345679',
      message: '您好，我是安信客服，请回电。',
    };
    const night = await svc.call('POST', '/v1/guard/check', {
      role: 'collector',
      body: { ...base, recipientPersonId: 'CN-001', at: '2026-11-20T23:30:00+08:00' },
    });
    const nightBody = (await night.json()) as {
      decision: { outcome: string; rules: { id: string; nextAllowedAt?: string }[] };
    };
    expect(nightBody.decision.outcome).toBe('deny');
    expect(nightBody.decision.rules.map((r) => r.id)).toContain('cn.hours');
    expect(nightBody.decision.rules.find((r) => r.id === 'cn.hours')?.nextAllowedAt).toBe(
      '2026-11-21T00:00:00.000Z',
    );

    const audit = (await (
      await svc.call('GET', '/v1/audit?accountId=ACC-CN-001-1', { role: 'compliance' })
    ).json()) as { records: { outcome: string; kind: string }[] };
    expect(audit.records.length).toBeGreaterThanOrEqual(1);
    expect(audit.records[0]).toMatchObject({ outcome: 'deny', kind: 'check' });
  });

  it("every route carries the guard's preview: denied at night with the next allowed time, allowed in the day", async () => {
    type R = {
      routes: { guard?: { outcome: string; rules: { id: string }[]; nextAllowedAt?: string } }[];
    };
    const night = (await (
      await svc.call('GET', '/v1/debtors/CN-001/routes?at=2026-11-20T23:30:00%2B08:00&limit=3', {
        role: 'collector',
      })
    ).json()) as R;
    expect(night.routes.length).toBeGreaterThan(0);
    for (const r of night.routes) {
      expect(r.guard?.outcome).toBe('deny');
      expect(r.guard?.rules.map((x) => x.id)).toContain('cn.hours');
      expect(r.guard?.nextAllowedAt).toBe('2026-11-21T00:00:00.000Z');
    }
    const day = (await (
      await svc.call('GET', '/v1/debtors/CN-001/routes?at=2026-11-21T10:00:00%2B08:00&limit=3', {
        role: 'collector',
      })
    ).json()) as R;
    expect(day.routes[0]?.guard?.outcome).toBe('allow');
  });

  it('lists the reference policies with version hashes', async () => {
    const res = await svc.call('GET', '/v1/policies', { role: 'compliance' });
    const body = (await res.json()) as {
      policies: { id: string; version: string }[];
      errors: unknown[];
    };
    expect(body.policies.map((p) => p.id).sort()).toEqual([
      'au-accc-asic',
      'cn-collection',
      'ie-consumer-credit',
      'us-ma',
      'us-ny-nyc',
      'us-reg-f',
      'us-wa',
    ]);
    expect(body.policies.every((p) => /^[0-9a-f]{8,}$/.test(p.version))).toBe(true);
    expect(body.errors).toEqual([]);
  });

  it('validates a policy text and names the line of each problem', async () => {
    const yaml =
      'id: bad\nname: Bad\nappliesTo: { jurisdictions: [CN] }\nrules:\n  - id: x\n    type: time_window\n    from: "25:00"\n';
    const res = await svc.call('POST', '/v1/policies/validate', {
      role: 'compliance',
      raw: yaml,
      contentType: 'application/yaml',
    });
    const body = (await res.json()) as {
      valid: boolean;
      problems: { line?: number; path: string }[];
    };
    expect(body.valid).toBe(false);
    expect(body.problems.some((p) => typeof p.line === 'number' && p.line >= 5)).toBe(true);
  });
});
