import { contentTypeOf, type StaticAssets, type StaticFile } from '../api/static-assets.js';

/** The static-assets binding (`env.ASSETS`): a fetcher over the files uploaded with the Worker. */
export interface AssetsFetcher {
  fetch(request: Request): Promise<Response>;
}

// Asset paths are the app's own (`swagger-ui/…`, `web/…`); anything else is refused before the binding sees it.
const SAFE_PATH = /^(?:swagger-ui|web)\/[A-Za-z0-9._-]+$/;

/**
 * Static files (Swagger UI, the workbench bundle) read from the Workers assets binding. The
 * Worker runs first for every request, so these files are only reachable through the app's
 * own routes, with its headers (CSP, caching) and its refusals (e.g. the build manifest).
 * @example createApp(deps, { assets: workerAssets(env.ASSETS) })
 */
export function workerAssets(binding: AssetsFetcher): StaticAssets {
  return {
    async get(path: string): Promise<StaticFile | undefined> {
      if (!SAFE_PATH.test(path) || path.includes('..')) return undefined;
      const res = await binding.fetch(new Request(`https://assets.invalid/${path}`));
      if (!res.ok) {
        await res.body?.cancel();
        return undefined;
      }
      return { body: new Uint8Array(await res.arrayBuffer()), contentType: contentTypeOf(path) };
    },
  };
}
