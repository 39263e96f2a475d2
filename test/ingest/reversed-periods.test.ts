import { describe, expect, it, onTestFinished } from 'vitest';
import { importHarness, importOverApi } from '../support/import-over-api.js';

const address = (id: string, from: string, to: string) => ({
  type: 'address',
  personId: 'P1',
  id,
  line: '朝阳区建国路 88 号',
  city: '北京',
  country: 'CN',
  from,
  to,
  source: 'bureau',
});

describe('a period must not end before it starts', () => {
  it('rejects an address lived at "to" before "from", a job and evidence the same, by line', async () => {
    const h = await importHarness();
    onTestFinished(() => h.close());
    const records = [
      { type: 'person', id: 'P1', name: '张伟' },
      address('AD-OK', '2024-01-01', '2024-01-01'),
      address('AD-BAD', '2024-05-01', '2023-01-01'),
      {
        type: 'employment',
        personId: 'P1',
        employerId: 'E1',
        employerName: '华兴物流',
        from: '2023-03-01T09:00:00+08:00',
        to: '2023-02-28',
        source: 'application',
      },
      {
        type: 'relation',
        from: 'P1',
        to: 'P2',
        kind: 'friend',
        source: 'application',
        firstSeen: '2026-02-01',
        lastSeen: '2026-01-01',
      },
    ];
    const en = await importOverApi(h, records, 'en');
    expect(en.status).toBe(200);
    expect(en.accepted).toBe(2);
    expect(en.rejected.map((r) => [r.line, r.code, r.message])).toEqual([
      [3, 'invalid_record', 'address: to: must not be before from'],
      [4, 'invalid_record', 'employment: to: must not be before from'],
      [5, 'invalid_record', 'relation: lastSeen: must not be before firstSeen'],
    ]);
    const zh = await importOverApi(h, records, 'zh-CN');
    expect(zh.rejected[0]?.message).toBe('address 记录的字段不符合要求：to：不能早于 from。');
    const graph = await h.store.neighbourhood('P1', 1);
    const addresses = graph.nodes.filter((n) => n.kind === 'address').map((n) => n.key);
    expect(addresses).toEqual(['address:AD-OK']);
  });
});
