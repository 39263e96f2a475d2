import { describe, expect, it } from 'vitest';
import {
  candidateZones,
  zonesOfAreaCode,
  zonesOfCountry,
  zonesOfRegion,
} from '../../../src/domain/guard/candidate-zones.js';
import { isKnownZone } from '../../../src/domain/guard/local-time.js';
import { NANP_REGIONS } from '../../../src/domain/guard/nanp-regions.js';

describe('candidate zones', () => {
  it('maps North American area codes to their zones, split codes to every zone they cover', () => {
    expect(zonesOfAreaCode('415')).toEqual(['America/Los_Angeles']);
    expect(zonesOfAreaCode('212')).toEqual(['America/New_York']);
    expect(zonesOfAreaCode('850')).toEqual(['America/New_York', 'America/Chicago']);
    expect(zonesOfAreaCode('306')).toEqual(['America/Regina']);
    expect(zonesOfAreaCode('800')).toEqual([]);
  });

  it('covers every US and Canadian geographic area code with zones the runtime knows', () => {
    const codes = new Set<string>();
    for (const r of NANP_REGIONS) {
      for (const code of [
        ...r.areaCodes.split(' ').filter(Boolean),
        ...Object.keys(r.split ?? {}),
      ]) {
        expect(codes.has(code), `area code ${code} listed twice`).toBe(false);
        codes.add(code);
        expect(code).toMatch(/^[2-9]\d\d$/);
        for (const z of zonesOfAreaCode(code)) expect(isKnownZone(z), z).toBe(true);
        expect(zonesOfAreaCode(code).length).toBeGreaterThan(0);
      }
    }
    expect(codes.size).toBeGreaterThan(380);
    const states = new Set(
      NANP_REGIONS.filter((r) => r.region.startsWith('US-')).map((r) => r.region),
    );
    expect(states.size).toBeGreaterThanOrEqual(51 + 5);
  });

  it('derives zones from a state or province, by code or name', () => {
    expect(zonesOfRegion('US', 'CA')).toEqual(['America/Los_Angeles']);
    expect(zonesOfRegion('US', 'New York')).toEqual(['America/New_York']);
    expect(zonesOfRegion('CA', 'ON')).toEqual(['America/Toronto', 'America/Winnipeg']);
    expect(zonesOfRegion('US', 'TX')).toEqual(['America/Chicago', 'America/Denver']);
  });

  it('China has one legal time; multi-zone countries list all of theirs', () => {
    expect(zonesOfCountry('CN')).toEqual(['Asia/Shanghai']);
    expect(zonesOfCountry('GB')).toEqual(['Europe/London']);
    expect(zonesOfCountry('AU').length).toBeGreaterThan(3);
    expect(zonesOfCountry('ZZ')).toEqual([]);
  });

  it('combines the address and the phone; an explicit timezone decides alone', () => {
    expect(
      candidateZones({ address: { country: 'US', region: 'NY' }, phone: { e164: '+14155550100' } })
        .zones,
    ).toEqual(['America/New_York', 'America/Los_Angeles']);
    expect(
      candidateZones({ personTimezone: 'Europe/Paris', phone: { e164: '+14155550100' } }).zones,
    ).toEqual(['Europe/Paris']);
    expect(
      candidateZones({ personTimezone: 'Not/AZone', phone: { e164: '+14155550100' } }).zones,
    ).toEqual(['America/Los_Angeles']);
    expect(candidateZones({ phone: { e164: '+8613800138000', country: 'CN' } }).zones).toEqual([
      'Asia/Shanghai',
    ]);
    expect(
      candidateZones({ address: { country: 'US', region: '', timezone: 'America/Denver' } }).zones,
    ).toEqual(['America/Denver']);
    expect(candidateZones({}).zones).toEqual([]);
  });
});
