import { z } from '@hono/zod-openapi';

/**
 * The longest message the service sends: an outreach's `message`, and the same text previewed by
 * the guard check (one limit, so the preview never allows what the send then refuses). The
 * history gives no provider reason for the number; it is the stricter of the two the routes had
 * (outreach 4000, guard 5000), so nothing refused before is sent now. It is well above the
 * longest concatenated SMS providers deliver (about 1,600 characters) and any collection email or
 * letter, and bounds the text the guard's language rules scan on every send. Counted in UTF-16
 * code units, as zod and JavaScript count a string's length.
 */
export const MAX_OUTBOUND_MESSAGE_CHARS = 4000;

/**
 * The longest reply the inbound webhook takes: a reply may quote our message whole (an email
 * reply usually does) with the consumer's own words on top, and refusing a reply would lose what
 * it says (an opt-out among it), so it gets our longest message plus 1,000 characters.
 */
export const MAX_INBOUND_REPLY_CHARS = MAX_OUTBOUND_MESSAGE_CHARS + 1000;

/** A message the service sends or previews: not empty, at most MAX_OUTBOUND_MESSAGE_CHARS. */
export function outboundMessage() {
  return z.string().min(1).max(MAX_OUTBOUND_MESSAGE_CHARS);
}
