import { z } from 'zod';

/**
 * Email addresses as the service keeps them. RFC 5321/5322 with RFC 6531 (SMTPUTF8): a local part
 * may hold any non-ASCII letters (张三@…), the domain may be internationalised (例子.中国); quoted
 * local parts ("a b"@x.cn) and address literals (a@[1.2.3.4]) are refused, as no debtor's address
 * is written that way and every provider we hand mail to would refuse them too.
 */

/** Why a text is not an email address. */
export type EmailProblem = 'shape' | 'local' | 'domain' | 'length';

export type EmailResult = { ok: true; address: string } | { ok: false; reason: EmailProblem };

/** RFC 5321: 64 octets of local part, 254 of address (the 256 of a path, less its brackets). */
const MAX_LOCAL_OCTETS = 64;
const MAX_ADDRESS_OCTETS = 254;
const MAX_LABEL = 63;
/** Spaces, controls and the RFC 5322 specials an unquoted local part cannot hold. */
const LOCAL_FORBIDDEN = /[\s\p{Cc}()<>[\]:;,\\"@]/u;
/** Full stops a Chinese or Japanese keyboard types in a domain (UTS 46 maps them to "."). */
const WIDE_STOPS = /[\u3002\uff0e\uff61]/g;
/** One host-name label in its ASCII (punycode) form. */
const LDH_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

const utf8 = new TextEncoder();

function octets(text: string): number {
  return utf8.encode(text).length;
}

function isLocalPart(local: string): boolean {
  return (
    local !== '' &&
    octets(local) <= MAX_LOCAL_OCTETS &&
    !LOCAL_FORBIDDEN.test(local) &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..')
  );
}

/** A host name of two labels or more, checked in its IDNA (ASCII) form; the top label is no number. */
function isDomain(domain: string): boolean {
  let ascii: string;
  try {
    // The WHATWG URL parser applies IDNA (UTS 46): 例子.中国 → xn--fsqu00a.xn--fiqs8s.
    ascii = new URL(`http://${domain}/`).hostname;
  } catch {
    return false;
  }
  const labels = ascii.split('.');
  return (
    ascii.length <= 253 &&
    labels.length >= 2 &&
    labels.every((l) => l.length <= MAX_LABEL && LDH_LABEL.test(l)) &&
    !/^\d+$/.test(labels[labels.length - 1] ?? '')
  );
}

/**
 * The address in the one form it is stored and matched in: trimmed, Unicode NFC (NFKC in the
 * domain, with wide full stops as "."), and lower-cased whole. Mailbox providers treat the local
 * part case-insensitively, and an opt-out recorded for Zhang@x.cn must bar zhang@x.cn.
 * @example canonicalEmail(' Zhang.Wei@例子。中国 ') // { ok: true, address: 'zhang.wei@例子.中国' }
 */
export function canonicalEmail(raw: string): EmailResult {
  const text = raw.trim().normalize('NFC');
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return { ok: false, reason: 'shape' };
  const local = text.slice(0, at).toLowerCase();
  const domain = text
    .slice(at + 1)
    .normalize('NFKC')
    .replace(WIDE_STOPS, '.')
    .toLowerCase();
  if (!isLocalPart(local)) return { ok: false, reason: 'local' };
  if (!isDomain(domain)) return { ok: false, reason: 'domain' };
  const address = `${local}@${domain}`;
  if (octets(address) > MAX_ADDRESS_OCTETS) return { ok: false, reason: 'length' };
  return { ok: true, address };
}

/** English words for each EmailProblem, for logs and the CLI (the catalogue words them per language). */
export const EMAIL_PROBLEM_WORDS: Readonly<Record<EmailProblem, string>> = {
  shape: 'it needs a name, an @ and a domain, as in name@example.cn',
  local: 'the part before the @ is empty, over 64 bytes, or holds spaces, a second @ or stray dots',
  domain: 'the part after the @ is no host name with a dot, as in example.cn or 例子.中国',
  length: 'longer than 254 bytes',
};

/** An email address in a stored row (already canonical; the edges canonicalise with canonicalEmail). */
export const EmailAddress = z
  .string()
  .refine((v) => canonicalEmail(v).ok, { message: 'expected an email address' });
