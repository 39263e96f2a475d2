import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../src/domain/audit/csv.js';
import { callApp } from '../support/api-harness.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

describe('CSV cells', () => {
  it('neutralise what a spreadsheet would run as a formula, and quote what needs it', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1 (555)')).toBe("'+1 (555)");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(undefined)).toBe('');
    expect(csvText(['a', 'b'], [['1', '=x']])).toBe("a,b\r\n1,'=x\r\n");
  });
});

describe('GET /v1/audit/export', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ now: new Date('2026-11-20T15:30:00Z') });
    // A check at night in Shanghai: denied by the hours rule, and audited.
    const res = await callApp(svc.app, 'POST', '/v1/guard/check', {
      role: 'collector',
      body: {
        accountId: 'ACC-CN-001-1',
        channel: 'sms',
        to: '+8618659581681',
        recipientPersonId: 'CN-001',
        message: '您好，请回电。',
      },
    });
    expect(res.status).toBe(200);
  });
  afterAll(async () => svc.close());

  const exportOf = (query: string, role: 'compliance' | 'collector' = 'compliance') =>
    callApp(svc.app, 'GET', `/v1/audit/export?${query}`, { role });

  it('exports the period as CSV, oldest first, reasons in the language asked for', async () => {
    const res = await exportOf(
      'from=2026-11-20T00:00:00Z&to=2026-11-21T00:00:00Z&lang=zh-CN&tz=Asia/Shanghai',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="audit-2026-11-20-2026-11-21.csv"',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A byte-order mark first, so spreadsheets read the Chinese as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'at,kind,outcome,account_id,debtor_id,channel,contact,recipient_person_id,attempt_id,rules,reasons,policy_version,actor,request_id,record_id',
    );
    const denied = lines.find((l) => l.includes('cn.hours'));
    expect(denied).toMatch(/,check,deny,ACC-CN-001-1,CN-001,sms,'\+8618659581681,CN-001,/);
    expect(denied).toContain('不在对方当地时间');
  });

  it('leaves other periods out, and refuses a period that is not one', async () => {
    const empty = await exportOf('from=2026-10-01T00:00:00Z&to=2026-10-02T00:00:00Z');
    expect((await empty.text()).trimEnd().split('\r\n')).toHaveLength(1);
    const bad = await exportOf('from=yesterday&to=2026-10-02T00:00:00Z');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBeTruthy();
    expect(
      (await exportOf('from=2026-11-20T00:00:00Z&to=2026-11-21T00:00:00Z', 'collector')).status,
    ).toBe(403);
  });
});
