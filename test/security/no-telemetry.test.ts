import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Packages that phone home on install or at run time (usage analytics, install pings, crash
 * uploads). A debtor database must not send anything anywhere it was not told to.
 */
const KNOWN_TELEMETRY = new Set([
  '@scarf/scarf',
  'scarf-js',
  '@nuxt/telemetry',
  '@storybook/telemetry',
  'gatsby-telemetry',
  'checkpoint-client',
  'posthog-node',
  'posthog-js',
  '@segment/analytics-node',
  'analytics-node',
  '@amplitude/analytics-node',
  'mixpanel',
  'universal-analytics',
  'insight',
  'applicationinsights',
  '@vercel/analytics',
  '@sentry/node',
  '@sentry/cli',
  // Sends usage data unless REDOCLY_TELEMETRY=off; the lint uses @redocly/openapi-core instead.
  '@redocly/cli',
]);

/** Every package name the lockfile installs, at any depth. */
function lockedPackages(): string[] {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { name?: string }>;
  };
  return Object.keys(lock.packages)
    .filter((path) => path !== '')
    .map((path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
}

describe('dependency tree', () => {
  it('reads a real lockfile', () => {
    const names = lockedPackages();
    expect(names.length).toBeGreaterThan(100);
    expect(names).toContain('hono');
  });

  it('holds no known telemetry package', () => {
    const found = lockedPackages().filter(
      (name) => KNOWN_TELEMETRY.has(name) || /(^|[/-])telemetry($|[/-])/.test(name),
    );
    expect(found).toEqual([]);
  });

  it('keeps Wrangler from sending usage metrics', () => {
    expect(readFileSync('wrangler.toml', 'utf8')).toMatch(/^send_metrics = false$/m);
  });
});
