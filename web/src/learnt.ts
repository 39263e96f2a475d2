/** The facts a collector learnt in the call, as the outcome API takes them (`learnt`). */
export interface Learnt {
  phones?: { phone: string; from?: string }[];
  addresses?: {
    address: { id: string; line: string; city: string; region: string; country: string };
    from?: string;
  }[];
  employers?: { employer: { id: string; name: string }; phone?: string; from?: string }[];
}

/** The fields a learnt address cannot do without (the API's address needs all three). */
export const ADDRESS_FIELDS = ['learntLine', 'learntCity', 'learntCountry'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** What the outcome form's learnt fields hold: the facts, or the address fields still to fill in. */
export type LearntReading =
  | { learnt: Learnt | undefined; missing: [] }
  | { missing: AddressField[] };

/** A new id for a learnt address or employer: the service keys them, the collector should not have to. */
function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;
}

/**
 * The learnt facts the form's (trimmed, non-empty) values hold; `learnt` is undefined when the
 * collector learnt nothing. An address begun (a street or a city typed) but not finished is never
 * left out: its missing fields come back for the collector to fill in. The country alone is the
 * account's default, not an address.
 * @example learntOf({ learntLine: '建国路 88 号', learntCountry: 'CN' }) // { missing: ['learntCity'] }
 */
export function learntOf(v: Readonly<Record<string, string>>): LearntReading {
  if (v.learntLine || v.learntCity) {
    const missing = ADDRESS_FIELDS.filter((f) => !v[f]);
    if (missing.length > 0) return { missing };
  }
  const from = v.learntFrom ? { from: v.learntFrom } : {};
  const learnt: Learnt = {};
  if (v.learntPhone) learnt.phones = [{ phone: v.learntPhone, ...from }];
  if (v.learntLine && v.learntCity && v.learntCountry)
    learnt.addresses = [
      {
        address: {
          id: newId('ADDR'),
          line: v.learntLine,
          city: v.learntCity,
          region: '',
          country: v.learntCountry.toUpperCase(),
        },
        ...from,
      },
    ];
  if (v.learntEmployer)
    learnt.employers = [
      {
        employer: { id: newId('EMP'), name: v.learntEmployer },
        ...(v.learntEmployerPhone ? { phone: v.learntEmployerPhone } : {}),
        ...from,
      },
    ];
  return { learnt: Object.keys(learnt).length > 0 ? learnt : undefined, missing: [] };
}
