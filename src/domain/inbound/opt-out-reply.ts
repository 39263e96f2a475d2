/**
 * Replies that revoke consent by themselves. FCC 24-18 (47 CFR 64.1200(a)(10), in force since
 * 2025-04-11): "stop", "quit", "end", "revoke", "opt out", "cancel" and "unsubscribe" sent in reply
 * are a revocation per se; 12 CFR 1006.6(e) names stop, end, quit and unsubscribe. Chinese carriers'
 * and the MIIT's short-message conventions: 退订 and TD (and 取消) unsubscribe.
 */
export const OPT_OUT_KEYWORDS: readonly string[] = [
  'stop',
  'end',
  'quit',
  'cancel',
  'unsubscribe',
  'revoke',
  'optout',
  '退订',
  'td',
  '取消',
];

const KEYWORDS = new Set(OPT_OUT_KEYWORDS);

/**
 * The keyword when the reply is an opt-out keyword alone — any case, full- or half-width, with
 * punctuation, spaces or emoji around it ("Stop!", " STOP. ", "退订。", "Opt-Out", "ＴＤ") — else
 * undefined. A sentence that merely contains the word ("don't stop calling") is not one: a human
 * reads it, and the collector records what it asks.
 * @example optOutKeyword('Stop!') // 'stop'
 */
export function optOutKeyword(text: string): string | undefined {
  // Letters and Han characters only: punctuation, symbols, spaces and hyphens fall away.
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  if (folded.length === 0 || folded.length > 12) return undefined;
  return KEYWORDS.has(folded) ? folded : undefined;
}
