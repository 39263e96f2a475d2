// Stands in for better-sqlite3 in the Worker bundle (wrangler.toml [alias]). The embedded store's
// module also holds the Node opener, which imports the native driver; the Worker never calls it
// (its SQL runs on D1), and a native addon cannot load in workerd anyway.

/** Refuses to open: on Workers the embedded store's SQL runs on D1 (`DB`). */
export default class Database {
  constructor() {
    throw new Error('better-sqlite3 is not available on Cloudflare Workers; the Worker uses the D1 binding DB');
  }
}
