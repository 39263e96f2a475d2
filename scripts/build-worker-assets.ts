// Prepares what `wrangler dev` / `wrangler deploy` need beside the code (wrangler.toml [build] runs it):
// 1. src/worker/bundled-policies.ts from policies/*.yaml (the Worker has no file system), refusing invalid policies;
// 2. dist/worker-assets/: Swagger UI for /docs and the workbench bundle for /, served via the ASSETS binding,
//    and the demo dataset (loaded only by a Worker with SKIPGRAPH_DEMO=1, never served by a route).
// `--check` only verifies that src/worker/bundled-policies.ts is current (exit 1 when not);
// `--assets-only` leaves the source tree alone (tests build the Worker from the committed module).
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/domain/policy/policy-problem.js';
import { BundledPolicySource } from '../src/worker/bundled-policy-source.js';
import {
  bundledPoliciesModule,
  isPolicyFile,
  type PolicyFileText,
} from '../src/worker/policy-bundle.js';
import { buildWorkbench } from '../web/build.js';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const POLICIES = join(ROOT, 'policies');
const MODULE = join(ROOT, 'src/worker/bundled-policies.ts');
const ASSETS = join(ROOT, 'dist/worker-assets');
/** The Swagger UI files the /docs page loads. */
const SWAGGER_FILES = ['swagger-ui.css', 'swagger-ui-bundle.js'];

async function policyFiles(): Promise<PolicyFileText[]> {
  const names = (await readdir(POLICIES, { withFileTypes: true }))
    .filter((e) => e.isFile() && isPolicyFile(e.name))
    .map((e) => e.name);
  return Promise.all(
    names.map(async (file) => ({ file, text: await readFile(join(POLICIES, file), 'utf8') })),
  );
}

/** Validates policies/ and writes (or, with `check`, only compares) the bundled module; exits on a problem. */
async function bundlePolicies(check: boolean): Promise<void> {
  const files = await policyFiles();
  // A Worker cannot keep "the last good version" of a file it never had: refuse to build with an invalid policy.
  const problems = new BundledPolicySource(files).snapshot().errors;
  if (problems.length > 0) {
    process.stderr.write(
      `policies/ has problems; the Worker is not built:\n  ${problems.map((p) => formatProblem(p)).join('\n  ')}\n`,
    );
    process.exit(1);
  }
  const wanted = bundledPoliciesModule(files);
  const current = await readFile(MODULE, 'utf8').catch(() => undefined);
  if (check) {
    if (current !== wanted) {
      process.stderr.write(
        'src/worker/bundled-policies.ts is out of date with policies/; run: npx tsx scripts/build-worker-assets.ts\n',
      );
      process.exit(1);
    }
    process.stdout.write('src/worker/bundled-policies.ts is current\n');
    process.exit(0);
  }
  if (current !== wanted) {
    await writeFile(MODULE, wanted);
    process.stdout.write('bundled policies: src/worker/bundled-policies.ts rewritten\n');
  }
}

if (!process.argv.includes('--assets-only')) await bundlePolicies(process.argv.includes('--check'));

const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));
await mkdir(join(ASSETS, 'swagger-ui'), { recursive: true });
for (const file of SWAGGER_FILES)
  await copyFile(join(swaggerDir, file), join(ASSETS, 'swagger-ui', file));
await mkdir(join(ASSETS, 'demo'), { recursive: true });
await copyFile(join(ROOT, 'src/demo/demo.ndjson'), join(ASSETS, 'demo/demo.ndjson'));
const web = await buildWorkbench(join(ASSETS, 'web'));
process.stdout.write(
  `worker assets: ${ASSETS} (workbench ${web.hash}${web.reused ? ', reused' : ''})\n`,
);
