/** A file the service ships (docs UI, workbench bundle), looked up by its URL path. */
export interface StaticFile {
  body: Uint8Array<ArrayBuffer> | string;
  contentType: string;
}

/** Where static files come from: the package on Node, the assets binding on Workers. */
export interface StaticAssets {
  get(path: string): Promise<StaticFile | undefined>;
}

/** Content type from a file name. */
export function contentTypeOf(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const types: Record<string, string> = {
    js: 'text/javascript; charset=utf-8',
    mjs: 'text/javascript; charset=utf-8',
    css: 'text/css; charset=utf-8',
    html: 'text/html; charset=utf-8',
    json: 'application/json',
    png: 'image/png',
    svg: 'image/svg+xml',
    map: 'application/json',
  };
  return types[ext] ?? 'application/octet-stream';
}
