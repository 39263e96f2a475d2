import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Person } from '../../../src/domain/model/index.js';
import { fromBoltValue, toBoltValue } from '../../../src/store/neo4j/bolt-cypher-runner.js';
import { toStoreError } from '../../../src/store/neo4j/neo4j-errors.js';
import {
  personFlagsPatch,
  personFromProps,
  personRow,
} from '../../../src/store/neo4j/neo4j-rows.js';
import { StoreConflictError, StoreUnavailableError } from '../../../src/store/store-errors.js';

describe('person properties', () => {
  it('flattens flags for the upsert and reads them back as written', () => {
    const p = Person.parse({
      id: 'D1',
      name: 'Li Wei',
      locale: 'zh-CN',
      flags: {
        ceaseContact: true,
        optOut: ['sms'],
        attorney: { name: 'Counsel Wu', phone: '+8613500135000' },
      },
    });
    const row = personRow(p);
    expect(row).toMatchObject({
      ceaseContact: true,
      optOut: ['sms'],
      attorneyName: 'Counsel Wu',
      attorneyPhone: '+8613500135000',
      timezone: null,
    });
    const stored = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
    expect(personFromProps(stored)).toEqual(p);
    expect(personFromProps({ id: 'STUB' })).toBeUndefined();
  });

  it('a flag patch names only what changes; an explicit undefined attorney removes it', () => {
    expect(personFlagsPatch({ ceaseContact: true })).toEqual({ ceaseContact: true });
    expect(personFlagsPatch({ attorney: undefined, optOut: ['sms', 'sms'] })).toEqual({
      attorneyName: null,
      attorneyPhone: null,
      optOut: ['sms'],
    });
  });
});

describe('Bolt boundary', () => {
  it('sends whole numbers as Cypher integers and reads integers back as numbers', () => {
    const sent = toBoltValue({
      limit: 26,
      ratio: 0.5,
      rows: [{ atMs: 1_775_000_000_000, name: 'x', gone: undefined }],
    }) as Record<string, unknown>;
    expect(neo4j.isInt(sent.limit)).toBe(true);
    expect(sent.ratio).toBe(0.5);
    const row = (sent.rows as Record<string, unknown>[])[0] ?? {};
    expect(neo4j.isInt(row.atMs)).toBe(true);
    expect('gone' in row).toBe(false);
    expect(
      fromBoltValue({ n: neo4j.int(42), list: [neo4j.int(1)], nested: { seq: neo4j.int(7) } }),
    ).toEqual({ n: 42, list: [1], nested: { seq: 7 } });
  });

  it('maps driver errors: unreachable or transient → unavailable, constraint → conflict without the value', () => {
    const unreachable = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), {
      code: 'ServiceUnavailable',
    });
    expect(toStoreError(unreachable)).toBeInstanceOf(StoreUnavailableError);
    expect(toStoreError(Object.assign(new Error('x'), { code: 'SessionExpired' }))).toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(
      toStoreError(
        Object.assign(new Error('x'), { code: 'Neo.TransientError.Transaction.DeadlockDetected' }),
      ),
    ).toBeInstanceOf(StoreUnavailableError);
    const conflict = toStoreError(
      Object.assign(
        new Error(
          "Node(1) already exists with label `Phone` and property `e164` = '+8613800138000'",
        ),
        { code: 'Neo.ClientError.Schema.ConstraintValidationFailed' },
      ),
    );
    expect(conflict).toBeInstanceOf(StoreConflictError);
    expect((conflict as Error).message).not.toContain('+86');
    const own = new Error('the caller’s own failure');
    expect(toStoreError(own)).toBe(own);
  });
});
