/** The region a number typed without its country code is read in when the browser names none. */
const FALLBACK_REGION = 'CN';

/**
 * The phone region of the collector's browser (`zh-CN` → CN, `en-US` → US), else CN, the
 * product's home: the API reads a national number such as 13509820217 in this region.
 * @example browserRegion(['en-GB', 'en']) // 'GB'
 */
export function browserRegion(languages: readonly string[] = navigator.languages): string {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // A malformed language tag names no region; try the next one.
    }
  }
  return FALLBACK_REGION;
}
