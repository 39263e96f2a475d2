import { z } from 'zod';
import { CHANNELS } from './vocabulary.js';

/** Outreach channels a collector can use. */
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** The kinds of contact point a route can end at. */
export const ContactKind = z.enum(['phone', 'email', 'address']);
export type ContactKind = z.infer<typeof ContactKind>;

/** A reference to one contact point: a phone (E.164), an email address or an address id. */
export const ContactPoint = z.object({ kind: ContactKind, value: z.string().min(1) });
export type ContactPoint = z.infer<typeof ContactPoint>;

/** Channels that reach a contact point of the given kind. */
export function channelsFor(kind: ContactKind): Channel[] {
  switch (kind) {
    case 'phone':
      return ['call', 'sms'];
    case 'email':
      return ['email'];
    case 'address':
      return ['visit', 'letter'];
  }
}

/** The contact-point kind a channel needs. */
export function contactKindOf(channel: Channel): ContactKind {
  switch (channel) {
    case 'call':
    case 'sms':
      return 'phone';
    case 'email':
      return 'email';
    case 'visit':
    case 'letter':
      return 'address';
  }
}
