/** One policy file as bundled into the Worker: its name under policies/ and its exact text. */
export interface PolicyFileText {
  file: string;
  text: string;
}

/** True for the policy files a build bundles: YAML at the top of policies/ (tests/ holds policy tests). */
export function isPolicyFile(name: string): boolean {
  return /^[^/\\]+\.ya?ml$/i.test(name);
}

/**
 * The TypeScript source of src/worker/bundled-policies.ts for these files, sorted by name so the
 * output is the same on every machine. The Worker has no file system: policies reach it only
 * through this module, so a policy change is a deploy.
 * @example bundledPoliciesModule([{ file: 'cn.yaml', text: 'id: cn\n…' }])
 */
export function bundledPoliciesModule(files: readonly PolicyFileText[]): string {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const entries = sorted.map(
    (f) => `  { file: ${JSON.stringify(f.file)}, text: ${JSON.stringify(f.text)} },`,
  );
  return [
    '// Generated from policies/*.yaml by `npx tsx scripts/build-worker-assets.ts` (run by wrangler before every',
    '// build); do not edit by hand. test/worker/bundled-policies.test.ts fails when it is out of date.',
    "import type { PolicyFileText } from './policy-bundle.js';",
    '',
    '/** The policy files bundled into the Worker at build time. */',
    `export const BUNDLED_POLICIES: readonly PolicyFileText[] = [${entries.length > 0 ? `\n${entries.join('\n')}\n` : ''}];`,
    '',
  ].join('\n');
}
