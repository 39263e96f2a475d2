/** Keys whose values are personal data and are never logged. */
const DROP_KEYS = new Set([
  'name',
  'employername',
  'line',
  'address',
  'city',
  'postcode',
  'message',
  'note',
  'text',
  'body',
  'attorney',
  'email',
  'authorization',
  'password',
  'apikey',
]);

/** Keys whose values are phone numbers: kept masked to the last two digits. */
const PHONE_KEYS = new Set(['phone', 'number', 'to', 'e164', 'from_number']);

// Any run of 7+ digits, optionally with + and separators, looks like a phone number in free text.
// Digits are any script's decimal digits (full-width １３８…, Arabic-Indic …), and the plus, the
// brackets and the hyphen may be full-width too: a number typed on a Chinese keyboard is a number.
const PHONE_IN_TEXT =
  /(?<![A-Za-z_\p{Nd}-])[+＋]?\p{Nd}[\p{Nd}\s().\-（）－]{5,}\p{Nd}(?![A-Za-z_\p{Nd}-])/gu;
const NOT_DIGIT = /\P{Nd}/gu;
// A run of percent-encoded bytes (a URL path's non-ASCII characters).
const PERCENT_RUN = /(?:%[0-9A-F]{2})+/gi;
const DATE_LIKE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u;
const EMAIL_IN_TEXT = /[^\s@"']+@[^\s@"']+\.[^\s@"']+/g;

/** Masks a phone number to its last two digits: +8613800138000 → ***********00. */
export function maskPhone(value: string): string {
  const digits = [...value.replace(NOT_DIGIT, '')];
  if (digits.length <= 2) return '**';
  return `${'*'.repeat(digits.length - 2)}${digits.slice(-2).join('')}`;
}

/** Masks phone numbers and email addresses found inside free text (URLs, error messages). */
export function redactText(text: string): string {
  // URL paths carry numbers percent-encoded (%2B8613…): decode the plus so the number is seen.
  // Other percent-encoded runs are decoded when they hide digits (a full-width number is %EF%BC%91…).
  return text
    .replace(/%2B/gi, '+')
    .replace(PERCENT_RUN, decodeDigits)
    .replace(EMAIL_IN_TEXT, '[email]')
    .replace(PHONE_IN_TEXT, (m) =>
      [...m.replace(NOT_DIGIT, '')].length >= 7 && !DATE_LIKE.test(m) ? maskPhone(m) : m,
    );
}

/** A percent-encoded run decoded when it decodes to text holding a digit or a plus, else as it was. */
function decodeDigits(run: string): string {
  try {
    const decoded = decodeURIComponent(run);
    return /[\p{Nd}+＋]/u.test(decoded) ? decoded : run;
  } catch {
    return run;
  }
}

/**
 * Returns a copy of a log object with personal data removed: names, addresses and message
 * bodies dropped, phone numbers masked to their last two digits, free text scrubbed.
 * @example redactPii({ to: '+8613800138000', name: '张伟' }) // { to: '***********00', name: '[redacted]' }
 */
export function redactPii(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[truncated]';
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((v) => redactPii(v, depth + 1));
  if (value instanceof Error) return { type: value.name, message: redactText(value.message) };
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const k = key.toLowerCase();
    if (DROP_KEYS.has(k)) out[key] = '[redacted]';
    else if (PHONE_KEYS.has(k) && (typeof v === 'string' || typeof v === 'number'))
      out[key] = maskPhone(String(v));
    else out[key] = redactPii(v, depth + 1);
  }
  return out;
}
