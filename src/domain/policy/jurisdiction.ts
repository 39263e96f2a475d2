/**
 * True when a policy's jurisdiction pattern covers the account's jurisdiction: equal, a prefix
 * ("US" covers "US-CA"), or "*".
 */
export function coversJurisdiction(pattern: string, jurisdiction: string): boolean {
  return pattern === '*' || pattern === jurisdiction || jurisdiction.startsWith(`${pattern}-`);
}
