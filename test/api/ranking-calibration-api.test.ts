import { beforeEach, describe, expect, it } from 'vitest';
import { rankingModule } from '../../src/api/routes/ranking.js';
import { routesModule } from '../../src/api/routes/routes.js';
import { calibrationOf } from '../../src/app/calibration/calibrate-ranking.js';
import {
  calibrationInForce,
  defaultsInForce,
} from '../../src/app/calibration/calibration-in-force.js';
import { Person } from '../../src/domain/model/index.js';
import { Calibration } from '../../src/domain/ranking/calibration-file.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { apiHarness } from '../support/api-harness.js';
import { testAccount } from '../support/test-account.js';

const APPLICATION = '+8613800138000';
const BUREAU = '+8613900139000';

/** A calibration that found the portfolio's application numbers mostly dead. */
function deadApplications(): Calibration {
  const base = calibrationOf([], 0, new Date('2026-11-30T00:00:00Z'));
  return Calibration.parse({ ...base, source: { ...base.source, application: 0.2 } });
}

describe('the ranking calibration in force', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await store.upsertPersons([
      Person.parse({ id: 'D1', name: '张伟', timezone: 'Asia/Shanghai' }),
    ]);
    await store.upsertAccounts([testAccount({ id: 'A1', debtorId: 'D1' })]);
    await store.upsertPhoneLinks(
      [
        [APPLICATION, 'application'],
        [BUREAU, 'bureau'],
      ].map(([e164, source]) => ({
        owner: { kind: 'person' as const, id: 'D1' },
        phone: { e164: e164!, type: 'MOBILE', country: 'CN', status: 'unknown' as const },
        source: source!,
        lastSeen: '2026-10-01',
      })),
    );
  });

  it('GET /v1/ranking/calibration shows the defaults until a calibration is loaded', async () => {
    const api = apiHarness(store, { app: { modules: [rankingModule(defaultsInForce())] } });
    const res = await api.call('GET', '/v1/ranking/calibration', { role: 'collector' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      inForce: string;
      reliabilities: { source: Record<string, number> };
    };
    expect(body.inForce).toBe('defaults');
    expect(body.reliabilities.source.application).toBe(0.8);
    expect((await api.call('GET', '/v1/ranking/calibration', { role: 'compliance' })).status).toBe(
      403,
    );
  });

  it('ranks with the loaded calibration and shows its id, version and values', async () => {
    const inForce = calibrationInForce(deadApplications(), './data/calibration.json');
    const plain = apiHarness(store, { app: { modules: [routesModule()] } });
    const calibrated = apiHarness(store, {
      app: {
        modules: [routesModule({ reliabilities: inForce.reliabilities }), rankingModule(inForce)],
      },
    });
    const first = async (api: typeof plain) =>
      (
        (await (await api.call('GET', '/v1/debtors/D1/routes?at=2026-11-23T02:00:00Z')).json()) as {
          routes: { contact: { value: string } }[];
        }
      ).routes[0]?.contact.value;
    expect(await first(plain)).toBe(APPLICATION);
    expect(await first(calibrated)).toBe(BUREAU);
    const view = (await (await calibrated.call('GET', '/v1/ranking/calibration')).json()) as {
      inForce: string;
      id: string;
      version: number;
      reliabilities: { source: Record<string, number> };
      defaults: { source: Record<string, number> };
    };
    expect(view).toMatchObject({ inForce: 'calibration', id: 'cal-20261130T000000Z', version: 1 });
    expect(view.reliabilities.source.application).toBe(0.2);
    expect(view.defaults.source.application).toBe(0.8);
  });
});
