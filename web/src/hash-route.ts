/** A workbench address after the `#`: its path segments and its query, both decoded. */
export interface HashRoute {
  parts: string[];
  params: ReadonlyMap<string, string>;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray "%" typed into the address bar is kept as typed rather than breaking the page.
    return text;
  }
}

/**
 * Reads `#/links?kind=phone&value=+8613509820217`. The query is decoded as URI components, not
 * as form data: URLSearchParams would turn the "+" of an E.164 number into a space.
 * @example parseHash('#/links?value=+86135').params.get('value') // '+86135'
 */
export function parseHash(hash: string): HashRoute {
  const body = hash.replace(/^#/, '');
  const mark = body.indexOf('?');
  const path = mark < 0 ? body : body.slice(0, mark);
  const query = mark < 0 ? '' : body.slice(mark + 1);
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decode(eq < 0 ? pair : pair.slice(0, eq));
    if (!params.has(name)) params.set(name, decode(eq < 0 ? '' : pair.slice(eq + 1)));
  }
  return { parts: path.split('/').filter(Boolean).map(decode), params };
}

/**
 * Builds a hash address from path segments and query values, each encoded as a URI component
 * (so "+" travels as %2B and "&" or "#" in a value cannot cut it); empty values are left out.
 * @example hashOf(['links'], { kind: 'phone', value: '+86135' }) // '#/links?kind=phone&value=%2B86135'
 */
export function hashOf(
  parts: readonly string[],
  query: Record<string, string | undefined> = {},
): string {
  const path = parts.map(encodeURIComponent).join('/');
  const qs = Object.entries(query)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `#/${path}${qs ? `?${qs}` : ''}`;
}
