// An address route's contact value is the address's id (ADR-US-045): the id is the service's key,
// the street and city are what a collector visits or writes to.

/**
 * An address node's street and city as people write them: city first for a Chinese address
 * ("北京朝阳区建国路 88 号"), else street then city ("9494 Lexington Ave, New York"); undefined
 * when the node names neither.
 * @example addressLabel({ line: '9494 Lexington Ave', city: 'New York', country: 'US' }) // '9494 Lexington Ave, New York'
 */
export function addressLabel(data: Readonly<Record<string, unknown>>): string | undefined {
  const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
  const line = text(data.line);
  const city = text(data.city);
  if (!line && !city) return undefined;
  if (text(data.country).toUpperCase() === 'CN') return `${city}${line}`;
  return [line, city].filter((p) => p !== '').join(', ');
}
