import { describe, expect, it } from 'vitest';
import { learntOf } from '../../web/src/learnt.js';

describe('the facts learnt in a call', () => {
  it('keeps an address only with its street, city and country, upper-casing the country', () => {
    const reading = learntOf({
      learntLine: '建国路 88 号',
      learntCity: '北京',
      learntCountry: 'cn',
    });
    expect(reading).toMatchObject({
      missing: [],
      learnt: { addresses: [{ address: { line: '建国路 88 号', city: '北京', country: 'CN' } }] },
    });
  });

  it('never drops a begun address: it names the fields still to fill in', () => {
    expect(learntOf({ learntLine: '建国路 88 号', learntCountry: 'CN' })).toEqual({
      missing: ['learntCity'],
    });
    expect(learntOf({ learntCity: '北京', learntPhone: '13900001234' })).toEqual({
      missing: ['learntLine', 'learntCountry'],
    });
  });

  it('reads the country alone as the default it is, not as an address', () => {
    expect(learntOf({ learntCountry: 'CN' })).toEqual({ learnt: undefined, missing: [] });
  });

  it('gives the teller to every fact', () => {
    const reading = learntOf({
      learntPhone: '13900001234',
      learntEmployer: '华兴物流',
      learntFrom: 'R1',
    });
    expect(reading).toMatchObject({
      learnt: {
        phones: [{ phone: '13900001234', from: 'R1' }],
        employers: [{ employer: { name: '华兴物流' }, from: 'R1' }],
      },
    });
  });
});
