import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { contentTypeOf, type StaticAssets, type StaticFile } from '../api/static-assets.js';

const require = createRequire(import.meta.url);

/** Roots of shipped static files, by URL prefix. */
function roots(): Record<string, string> {
  const out: Record<string, string> = {
    'swagger-ui/': dirname(require.resolve('swagger-ui-dist/package.json')),
  };
  return out;
}

/**
 * Static files read from installed packages and the project's web build, never from a CDN.
 * @example createApp(deps, { assets: nodeAssets({ 'web/': './web/dist' }) })
 */
export function nodeAssets(extraRoots: Record<string, string> = {}): StaticAssets {
  const all = { ...roots(), ...extraRoots };
  const cache = new Map<string, StaticFile>();
  return {
    async get(path: string): Promise<StaticFile | undefined> {
      const hit = cache.get(path);
      if (hit) return hit;
      for (const [prefix, root] of Object.entries(all)) {
        if (!path.startsWith(prefix)) continue;
        const rel = normalize(path.slice(prefix.length));
        if (rel.startsWith('..') || rel.includes('\0')) return undefined;
        try {
          const file = {
            body: new Uint8Array(await readFile(join(root, rel))),
            contentType: contentTypeOf(rel),
          };
          cache.set(path, file);
          return file;
        } catch {
          return undefined;
        }
      }
      return undefined;
    },
  };
}
