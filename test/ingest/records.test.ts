import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../src/app/ingest/csv-record.js';
import { type MappedRecord, mapRecord } from '../../src/app/ingest/map-record.js';
import { parseNdjsonLine, parseRecord } from '../../src/app/ingest/parse-record.js';
import {
  AccountRecord,
  type InterchangeRecord,
  PersonRecord,
  PhoneRecord,
} from '../../src/app/ingest/record-schemas.js';

function record(value: unknown): InterchangeRecord {
  const parsed = parseRecord(value);
  if (!parsed.ok) throw new Error(`${parsed.problem.code}: ${parsed.problem.message}`);
  return parsed.record;
}

function mapped(value: unknown, region?: string): Extract<MappedRecord, { ok: true }> {
  const m = mapRecord(record(value), region);
  if (!m.ok) throw new Error(`${m.code}: ${m.message}`);
  return m;
}

describe('parseNdjsonLine', () => {
  it('rejects malformed JSON without echoing the line', () => {
    const r = parseNdjsonLine('{"type":"phone","number":"13800138000" oops}');
    expect(r).toEqual({
      ok: false,
      problem: {
        code: 'invalid_json',
        message: expect.stringMatching(/^malformed JSON/),
        params: {},
      },
    });
    if (!r.ok) expect(r.problem.message).not.toContain('13800138000');
    const snippet = parseNdjsonLine('call 13800138000 "after 6pm"');
    expect(snippet).toMatchObject({ ok: false, problem: { code: 'invalid_json' } });
    if (!snippet.ok) expect(snippet.problem.message).not.toMatch(/138001|after/);
  });

  it('names a missing, unknown or non-object record', () => {
    expect(parseNdjsonLine('{"id":"P1"}')).toMatchObject({
      ok: false,
      problem: { code: 'missing_type' },
    });
    expect(parseNdjsonLine('{"type":"debtor","id":"P1"}')).toMatchObject({
      ok: false,
      problem: { code: 'unknown_type', message: expect.stringContaining('"debtor"') },
    });
    expect(parseNdjsonLine('[1,2]')).toMatchObject({
      ok: false,
      problem: { code: 'not_an_object' },
    });
  });

  it('reports schema errors with their field paths', () => {
    const r = parseNdjsonLine(
      '{"type":"account","id":"A1","debtorId":"P1","product":"loan","currency":"usd","principal":"1000","balance":10,"dueDate":"2026-01-01","jurisdiction":"US-CA"}',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe('invalid_record');
      expect(r.problem.message).toMatch(/^account: /);
      expect(r.problem.message).toContain('currency:');
      expect(r.problem.message).toContain('principal:');
    }
  });

  it('rejects a misspelt stop flag rather than dropping it', () => {
    const r = parseNdjsonLine(
      '{"type":"person","id":"P1","name":"Ann","flags":{"ceaseContcat":true}}',
    );
    expect(r).toMatchObject({
      ok: false,
      problem: { code: 'invalid_record', message: expect.stringContaining('ceaseContcat') },
    });
  });

  it('takes unquoted whole-number ids and phone numbers as text', () => {
    expect(
      parseRecord({ type: 'phone', personId: 1042, number: 13800138000, source: 'x' }),
    ).toMatchObject({ ok: true, record: { personId: '1042', number: '13800138000' } });
    expect(parseRecord({ type: 'person', id: 1.5, name: 'A' }).ok).toBe(false);
  });

  it('ignores unknown top-level fields', () => {
    expect(
      parseNdjsonLine('{"type":"person","id":"P1","name":"Ann","segment":"gold"}'),
    ).toMatchObject({ ok: true, record: { id: 'P1' } });
  });

  it('requires an offset on date-times and a real time zone', () => {
    const attempt = {
      type: 'attempt',
      id: 'T1',
      accountId: 'A1',
      channel: 'call',
      to: '+8613800138000',
    };
    expect(parseRecord({ ...attempt, at: '2026-11-01T10:00:00' }).ok).toBe(false);
    expect(parseRecord({ ...attempt, at: '2026-11-01T10:00:00+08:00' }).ok).toBe(true);
    expect(parseRecord({ type: 'person', id: 'P1', name: 'A', timezone: 'Mars/Olympus' }).ok).toBe(
      false,
    );
    expect(parseRecord({ type: 'person', id: 'P1', name: 'A', timezone: 'Asia/Shanghai' }).ok).toBe(
      true,
    );
  });

  it('wants exactly one owner on a phone', () => {
    expect(parseRecord({ type: 'phone', number: '+8613800138000', source: 'x' }).ok).toBe(false);
    expect(
      parseRecord({
        type: 'phone',
        personId: 'P1',
        employerId: 'E1',
        number: '+8613800138000',
        source: 'x',
      }).ok,
    ).toBe(false);
  });
});

describe('mapRecord', () => {
  it('normalises a phone with the record region, else the default region', () => {
    const own = mapped(
      {
        type: 'phone',
        personId: 'P1',
        number: '(415) 555-2671',
        region: 'us',
        source: 'application',
        status: 'suspended',
      },
      'CN',
    );
    expect(own.rows).toEqual([
      {
        kind: 'phoneLink',
        row: {
          owner: { kind: 'person', id: 'P1' },
          phone: {
            e164: '+14155552671',
            type: 'FIXED_LINE_OR_MOBILE',
            country: 'US',
            status: 'suspended',
          },
          source: 'application',
        },
      },
    ]);
    const byDefault = mapped(
      {
        type: 'phone',
        employerId: 'E1',
        number: '138 0013 8000',
        source: 'bureau',
        confidence: 0.8,
      },
      'CN',
    );
    expect(byDefault.rows[0]).toMatchObject({
      row: {
        owner: { kind: 'employer', id: 'E1' },
        phone: { e164: '+8613800138000', type: 'MOBILE', status: 'unknown' },
        confidence: 0.8,
      },
    });
  });

  it('refuses an invalid number with the normaliser code and a masked message', () => {
    const m = mapRecord(
      record({ type: 'phone', personId: 'P1', number: '138 0013 80', source: 'x' }),
      'CN',
    );
    expect(m).toMatchObject({ ok: false, code: 'phone_invalid' });
    if (!m.ok) expect(m.message).not.toContain('1380013');
    expect(
      mapRecord(record({ type: 'phone', personId: 'P1', number: '13800138000', source: 'x' })),
    ).toMatchObject({ ok: false, code: 'phone_unparseable' });
  });

  it('makes an employment into its employer and the WORKS_AT row', () => {
    expect(
      mapped({
        type: 'employment',
        personId: 'P1',
        employerId: 'E1',
        employerName: 'Acme',
        from: '2020-01-01',
        source: 'application',
      }).rows,
    ).toEqual([
      { kind: 'employer', row: { id: 'E1', name: 'Acme' } },
      {
        kind: 'employment',
        row: {
          personId: 'P1',
          employerId: 'E1',
          from: '2020-01-01',
          to: undefined,
          source: 'application',
        },
      },
    ]);
  });

  it('makes an address into the node and, with a resident, the LIVED_AT row', () => {
    const m = mapped({
      type: 'address',
      personId: 'P1',
      id: 'AD1',
      line: '1 Main St',
      city: 'Austin',
      region: 'TX',
      country: 'us',
      to: '2025-01-01',
      source: 'bureau',
    });
    expect(m.rows.map((r) => r.kind)).toEqual(['address', 'residence']);
    expect(m.rows[0]?.row).toMatchObject({ id: 'AD1', country: 'US' });
    expect(m.rows[1]?.row).toMatchObject({ personId: 'P1', addressId: 'AD1', to: '2025-01-01' });
  });

  it('keeps the attorney phone in E.164 and refuses an invalid one', () => {
    const m = mapped({
      type: 'person',
      id: 'P1',
      name: 'Ann',
      region: 'US',
      flags: { deceased: true, attorney: { name: 'Bob Law', phone: '212-555-0199' } },
    });
    expect(m.rows[0]).toMatchObject({
      kind: 'person',
      row: {
        flags: {
          deceased: true,
          ceaseContact: false,
          attorney: { name: 'Bob Law', phone: '+12125550199' },
        },
      },
    });
    expect(
      mapRecord(
        record({
          type: 'person',
          id: 'P1',
          name: 'Ann',
          flags: { attorney: { name: 'X', phone: '12' } },
        }),
        'US',
      ),
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^flags\.attorney\.phone/),
    });
  });

  it("takes an attempt's contact point from its channel", () => {
    const base = { type: 'attempt', id: 'T1', accountId: 'A1', at: '2026-11-01T10:00:00+08:00' };
    expect(
      mapped({ ...base, channel: 'sms', to: '139 1234 5678' }, 'CN').rows[0]?.row,
    ).toMatchObject({ contact: { kind: 'phone', value: '+8613912345678' } });
    expect(mapped({ ...base, channel: 'email', to: 'Ann@Example.com' }).rows[0]?.row).toMatchObject(
      { contact: { kind: 'email', value: 'ann@example.com' } },
    );
    expect(mapped({ ...base, channel: 'visit', to: '100234' }).rows[0]?.row).toMatchObject({
      contact: { kind: 'address', value: '100234' },
    });
    expect(mapRecord(record({ ...base, channel: 'email', to: 'AD1' }))).toMatchObject({
      ok: false,
      code: 'email_invalid',
      params: { path: 'attempt.to', reason: 'shape' },
    });
    expect(mapRecord(record({ ...base, channel: 'call', to: '12' }), 'CN')).toMatchObject({
      ok: false,
      code: expect.stringMatching(/^phone_/),
    });
  });

  it('refuses a relation of a person to themself and lists references', () => {
    expect(
      mapRecord(record({ type: 'relation', from: 'P1', to: 'P1', kind: 'spouse', source: 'x' })),
    ).toMatchObject({ ok: false, code: 'invalid_record' });
    expect(
      mapped({ type: 'obligation', personId: 'P2', accountId: 'A1', role: 'guarantor' }).refers,
    ).toEqual({ persons: ['P2'], accounts: ['A1'] });
  });
});

describe('csvRecord', () => {
  it('nests dotted headers and coerces cells by the schema', () => {
    const r = csvRecord(
      [
        'id',
        'name',
        'flags.ceaseContact',
        'flags.attorney.name',
        'flags.attorney.phone',
        'flags.optOut',
        'extra',
      ],
      ['P1', 'Ann', 'YES', 'Bob', '+12125550199', 'sms; email', 'x'],
      PersonRecord,
    );
    expect(r).toEqual({
      id: 'P1',
      name: 'Ann',
      flags: {
        ceaseContact: true,
        attorney: { name: 'Bob', phone: '+12125550199' },
        optOut: ['sms', 'email'],
      },
      extra: 'x',
    });
  });

  it('keeps phone numbers as text and numbers as numbers, leaving empty cells out', () => {
    expect(
      csvRecord(
        ['personId', 'number', 'confidence', 'region'],
        ['P1', '13800138000', '0.9', ''],
        PhoneRecord,
      ),
    ).toEqual({ personId: 'P1', number: '13800138000', confidence: 0.9 });
    expect(csvRecord(['principal', 'balance'], ['1000', 'lots'], AccountRecord)).toEqual({
      principal: 1000,
      balance: 'lots',
    });
  });
});
