import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const WEB_DIR = dirname(fileURLToPath(import.meta.url));

/** Where the built workbench lives: the directory served under the `web/` asset prefix. */
export const WORKBENCH_DIST = join(WEB_DIR, 'dist');

/** What a build produced: the content hash the page uses to bust caches, and whether it was reused. */
export interface WorkbenchBuild {
  hash: string;
  dir: string;
  reused: boolean;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else out.push(path);
  }
  return out.sort();
}

/** The service's sources the client bundles too: the message catalogue and the domain's vocabulary. */
const SHARED_DIRS = [
  join(WEB_DIR, '..', 'src', 'messages'),
  join(WEB_DIR, '..', 'src', 'domain', 'model'),
];

/** Hash of every client source file (and the shared ones it bundles) and of the bundler and library versions. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of [join(WEB_DIR, 'src'), ...SHARED_DIRS])
    for (const file of await sourceFiles(dir)) {
      hash.update(file.slice(WEB_DIR.length));
      hash.update(await readFile(file));
    }
  for (const pkg of ['esbuild', 'cytoscape', 'chart.js', 'libphonenumber-js'])
    hash.update(`${pkg}@${await packageVersion(pkg)}`);
  return hash.digest('hex').slice(0, 16);
}

/** An installed package's version, found by walking up from its entry point (some packages do not export package.json). */
async function packageVersion(name: string): Promise<string> {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === name) return pkg.version ?? '?';
    } catch {
      // no package.json at this level; keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) return '?';
    dir = parent;
  }
}

async function existingHash(dir: string): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      hash?: string;
    };
    return manifest.hash;
  } catch {
    return undefined;
  }
}

/**
 * Bundles the workbench client (TypeScript, CSS, cytoscape) with esbuild into `web/dist`,
 * skipping the work when the sources have not changed since the last build.
 * @example const { hash } = await buildWorkbench(); createApp(deps, { assets: nodeAssets({ 'web/': WORKBENCH_DIST }) })
 */
export async function buildWorkbench(outDir: string = WORKBENCH_DIST): Promise<WorkbenchBuild> {
  const hash = await sourceHash();
  if ((await existingHash(outDir)) === hash) return { hash, dir: outDir, reused: true };
  const { build } = await import('esbuild');
  // Build beside the target and swap in by rename, so a server reading the old bundle never sees half a file.
  const staging = `${outDir}.${process.pid}.${Date.now()}`;
  await mkdir(staging, { recursive: true });
  try {
    await build({
      entryPoints: {
        app: join(WEB_DIR, 'src', 'main.ts'),
        styles: join(WEB_DIR, 'src', 'styles.css'),
      },
      outdir: staging,
      bundle: true,
      format: 'esm',
      target: ['es2022'],
      minify: true,
      sourcemap: false,
      legalComments: 'linked',
      logLevel: 'silent',
    });
    await writeFile(join(staging, 'manifest.json'), JSON.stringify({ hash }));
    await mkdir(dirname(outDir), { recursive: true });
    const old = `${outDir}.old.${process.pid}.${Date.now()}`;
    await rename(outDir, old).catch(() => undefined);
    try {
      await rename(staging, outDir);
    } catch (error) {
      // Another process finished the same build first: its output is as good as ours.
      if ((await existingHash(outDir)) !== hash) throw error;
      await rm(staging, { recursive: true, force: true });
    }
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { hash, dir: outDir, reused: false };
}
