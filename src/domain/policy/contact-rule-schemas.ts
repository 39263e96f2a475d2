/** Rule schemas about what a message must carry and whom and how a contact may reach (split from policy-schema.ts). */
import { z } from 'zod';
import { Channel } from '../model/channel.js';
import { Source } from '../model/evidence.js';
import { base, StableId, Term } from './policy-fields.js';

export const RequiredContentRule = z.strictObject({
  ...base,
  type: z
    .literal('required_content')
    .describe(
      'Messages on these channels must carry every listed element (each: any one of its wordings).',
    ),
  channels: z.array(Channel).min(1).describe('Channels whose messages are checked.'),
  recipients: z
    .enum(['consumer', 'third_party', 'all'])
    .default('consumer')
    .describe('Whose messages are checked: the consumer (default), third parties, or everyone.'),
  firstContactOnly: z
    .boolean()
    .default(false)
    .describe(
      'Check only the first contact with this recipient on the account (no earlier outbound attempt reached them).',
    ),
  missingMessage: z
    .enum(['deny', 'allow'])
    .default('deny')
    .describe(
      'Without a message text (e.g. a call placed with no script): deny (default, fail closed) or let it pass.',
    ),
  elements: z
    .array(
      z.strictObject({
        id: StableId.describe('Element named in a denial, e.g. opt_out_notice.'),
        description: z.string().max(500).optional(),
        anyOf: z
          .array(Term)
          .min(1)
          .describe('Wordings that satisfy the element (matched like banned language).'),
      }),
    )
    .min(1),
});

export const ConsentRequiredRule = z.strictObject({
  ...base,
  type: z
    .literal('consent_required')
    .describe('These channels only with the recipient’s recorded consent (flags.consent).'),
  channels: z.array(Channel).min(1).describe('Channels that need the recipient’s consent.'),
});

export const ConsumerRequestsRule = z.strictObject({
  ...base,
  type: z
    .literal('consumer_requests')
    .describe(
      'The limits the consumer set, recorded on the person with their dates: opt-outs of a channel or a contact point, inconvenient times and places.',
    ),
  kinds: z
    .array(z.enum(['opt_out', 'inconvenient_time', 'inconvenient_place']))
    .min(1)
    .default(['opt_out', 'inconvenient_time', 'inconvenient_place'])
    .describe('Which kinds of request are enforced (default: all).'),
});

export const ContactSourcesRule = z.strictObject({
  ...base,
  type: z
    .literal('contact_sources')
    .describe(
      'Pre-agreed contacts only: third parties whose link to the debtor comes from an allowed source, never from a forbidden one.',
    ),
  allowed: z
    .array(Source)
    .default([])
    .describe(
      'Sources a third party’s link to the debtor must come from (e.g. application, contract); empty: any.',
    ),
  forbidden: z
    .array(Source)
    .default([])
    .describe('Sources that bar a third party or a contact point outright (e.g. address_book).'),
});

export const VisitRequirementsRule = z.strictObject({
  ...base,
  type: z
    .literal('visit_requirements')
    .describe('On-site visits name their collectors and whether they are recorded.'),
  minCollectors: z.number().int().min(1).max(10).default(1),
  recording: z.boolean().default(false).describe('The visit must be recorded.'),
});
export type RequiredContentRule = z.infer<typeof RequiredContentRule>;
export type ConsentRequiredRule = z.infer<typeof ConsentRequiredRule>;
export type ConsumerRequestsRule = z.infer<typeof ConsumerRequestsRule>;
export type ContactSourcesRule = z.infer<typeof ContactSourcesRule>;
export type VisitRequirementsRule = z.infer<typeof VisitRequirementsRule>;
