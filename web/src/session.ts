/** Keeps the API key for this browser tab's session only (never localStorage, never a cookie). */
const KEY = 'skipgraph.apiKey';

/** The signed-in key, if any. */
export function storedKey(): string | undefined {
  return sessionStorage.getItem(KEY) ?? undefined;
}

/** Remembers the key for this tab's session. */
export function storeKey(key: string): void {
  sessionStorage.setItem(KEY, key);
}

/** Forgets the key. */
export function clearKey(): void {
  sessionStorage.removeItem(KEY);
}
