import { describe, expect, it } from 'vitest';
import { PersonFlags } from '../../src/domain/model/index.js';
import { mergeStickyFlags } from '../../src/store/sqlite/sticky-flags.js';

const flags = (input: Record<string, unknown> = {}): PersonFlags => PersonFlags.parse(input);

describe('mergeStickyFlags', () => {
  it('raises a flag the incoming row sets', () => {
    expect(mergeStickyFlags(flags(), flags({ disputed: true })).disputed).toBe(true);
  });

  it('never lifts a stored flag', () => {
    const stored = flags({
      ceaseContact: true,
      deceased: true,
      bankrupt: true,
      employerForbidsContact: true,
      disputed: true,
    });
    expect(mergeStickyFlags(stored, flags())).toEqual(stored);
  });

  it('accumulates opt-outs without duplicates', () => {
    expect(
      mergeStickyFlags(flags({ optOut: ['sms', 'call'] }), flags({ optOut: ['call', 'email'] }))
        .optOut,
    ).toEqual(['sms', 'call', 'email']);
  });

  it('keeps the attorney unless the row names another', () => {
    const wu = { name: 'Counsel Wu', phone: '+8613500135000' };
    const lee = { name: 'Counsel Lee', phone: '+12025550111' };
    expect(mergeStickyFlags(flags({ attorney: wu }), flags()).attorney).toEqual(wu);
    expect(mergeStickyFlags(flags({ attorney: wu }), flags({ attorney: lee })).attorney).toEqual(
      lee,
    );
    expect('attorney' in mergeStickyFlags(flags(), flags())).toBe(false);
  });
});
