import { z } from 'zod';
import { Channel, ContactPoint } from './channel.js';
import { ClockTime } from './clock-time.js';
import { IsoDate } from './evidence.js';

/** How the collector learnt of the request. */
export const RequestSource = z.enum(['inbound_reply', 'outcome', 'note', 'api', 'import']);
export type RequestSource = z.infer<typeof RequestSource>;

/**
 * A limit the consumer set on being contacted, kept on the person with its date, and enforced by
 * the guard like any rule (12 CFR 1006.6(b)(1): a time the consumer says is inconvenient;
 * 1006.6(b)(3): an inconvenient place; 1006.14(h): a medium or a single address or number barred).
 */
const ConsumerRequestFields = z.strictObject({
  id: z.string().min(1).max(128),
  kind: z.enum(['opt_out', 'inconvenient_time', 'inconvenient_place']),
  /** opt_out: the channel barred (with `contact`: only on that contact point). */
  channel: Channel.optional(),
  /** opt_out: the phone, email or address barred (with `channel`: only that channel there). */
  contact: ContactPoint.optional(),
  /** inconvenient_time: local days (default every day) and hours [from, to). */
  days: z
    .array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']))
    .min(1)
    .optional(),
  from: ClockTime.optional(),
  to: ClockTime.optional(),
  /** inconvenient_place: the workplace, or one address (by id). */
  place: z
    .union([z.literal('workplace'), z.strictObject({ addressId: z.string().min(1) })])
    .optional(),
  /** When the consumer made the request. */
  requestedAt: IsoDate,
  source: RequestSource,
  /** The consumer's words or the collector's note (personal data: never logged). */
  note: z.string().max(500).optional(),
});

/** The fields each kind of request may carry; any other is a mistake, not a limit to drop silently. */
const FIELDS_OF_KIND = {
  opt_out: ['channel', 'contact'],
  inconvenient_time: ['days', 'from', 'to'],
  inconvenient_place: ['place'],
} as const;

type RequestShape = Pick<
  z.infer<typeof ConsumerRequestFields>,
  'kind' | 'channel' | 'contact' | 'days' | 'from' | 'to' | 'place'
>;

/** The checks that need more than one field: what each kind of request must say, and may not. */
function checkRequest(r: RequestShape, ctx: z.RefinementCtx): void {
  // Each check names its catalogue code (issue_*) so the message can be worded in any language.
  const need = (ok: boolean, message: string, code: string, field = 'kind', kind?: string) => {
    if (!ok)
      ctx.addIssue({ code: 'custom', message, path: [field], params: { code, field, kind } });
  };
  for (const [kind, fields] of Object.entries(FIELDS_OF_KIND))
    if (kind !== r.kind)
      for (const field of fields)
        need(
          r[field] === undefined,
          `"${field}" belongs to an ${kind} request only`,
          'issue_field_of_kind',
          field,
          kind,
        );
  if (r.kind === 'opt_out')
    need(
      r.channel !== undefined || r.contact !== undefined,
      'an opt-out names a channel, a contact point or both',
      'issue_opt_out_names',
    );
  if (r.kind === 'inconvenient_time') {
    need(r.from !== undefined, 'an inconvenient time needs "from"', 'issue_time_needs', 'from');
    need(r.to !== undefined, 'an inconvenient time needs "to"', 'issue_time_needs', 'to');
    if (r.from !== undefined && r.to !== undefined)
      need(
        r.from < r.to,
        'an inconvenient time needs "from" earlier than "to"',
        'issue_time_order',
        'to',
      );
  }
  if (r.kind === 'inconvenient_place')
    need(
      r.place !== undefined,
      'an inconvenient place needs "place"',
      'issue_place_needs',
      'place',
    );
}

export const ConsumerRequest = ConsumerRequestFields.superRefine(checkRequest);
export type ConsumerRequest = z.infer<typeof ConsumerRequest>;

/**
 * A request as a collector or an API client states it: the service gives it its id and source;
 * `requestedAt` defaults to when it is recorded.
 */
export const ConsumerRequestInput = ConsumerRequestFields.omit({
  id: true,
  source: true,
  requestedAt: true,
})
  .extend({ requestedAt: IsoDate.optional() })
  .superRefine(checkRequest);
export type ConsumerRequestInput = z.infer<typeof ConsumerRequestInput>;

/** A short description of a request for denials: "opt-out of sms at +1…55 (inbound reply, 2026-03-02)". */
export function describeRequest(r: ConsumerRequest): string {
  const when = `${r.source.replace('_', ' ')}, ${r.requestedAt.slice(0, 10)}`;
  switch (r.kind) {
    case 'opt_out': {
      const what = r.channel ?? 'every channel';
      const where = r.contact ? ` at ${r.contact.kind} ${r.contact.value}` : '';
      return `opt-out of ${what}${where} (${when})`;
    }
    case 'inconvenient_time':
      return `${r.from}–${r.to}${r.days ? ` on ${r.days.join('/')}` : ''} is inconvenient (${when})`;
    case 'inconvenient_place':
      return `no contact at ${r.place === 'workplace' ? 'work' : `address ${r.place?.addressId}`} (${when})`;
  }
}
