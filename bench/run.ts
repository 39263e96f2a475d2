/**
 * `npm run bench -- --store neo4j [--persons N]`: Neo4j beside the embedded store (bench/neo4j.bench.ts).
 * `npm run bench`: the routes benchmark (bench/routes.bench.ts, given this command's arguments,
 * e.g. `npm run bench -- --persons 100000` for a quicker run), then, when bench/guard.bench.ts
 * exists, its exported `main()` (called without arguments), then the worklist's first page at
 * 100,000 open accounts (bench/worklist.bench.ts), then the service over HTTP against its
 * hello-world (bench/http.bench.ts, with its CPU profile) and the import (bench/import.bench.ts),
 * both with their defaults. Each writes its own section of bench/RESULTS.md; last, the "## Targets"
 * section (bench/targets.ts) sets this run's figures against the performance targets. `npm run bench -- skiptrace [--debtors 150] [--seeds 1,2,3]` runs the skip-trace
 * simulation instead (bench/skiptrace.bench.ts); `npm run bench -- http [options]` runs only the
 * HTTP benchmark (bench/http.bench.ts); `npm run bench -- workers` serve --workers 1 against 2
 * (bench/workers.bench.ts); `npm run bench -- import [--persons N]` the import's records/s and
 * peak memory (bench/import.bench.ts); `npm run bench -- soak [--seconds 60]` the soak
 * (bench/soak.bench.ts: 50 clients mixing routes, guard checks, outreach and outcomes; exit code
 * 1 when a 5xx, a cap violation or memory growth over 10% was seen).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeResultsSection } from './results-section.js';
import { main as routesBench } from './routes.bench.js';
import { targetsSection } from './targets.js';
import { main as worklistBench } from './worklist.bench.js';

const HERE = dirname(fileURLToPath(import.meta.url));

async function run(argv: string[]): Promise<number> {
  if (argv[0] === 'http') {
    await (await import('./http.bench.js')).main(argv.slice(1));
    return 0;
  }
  if (argv[0] === 'workers') {
    await (await import('./workers.bench.js')).main(argv.slice(1));
    return 0;
  }
  if (argv[0] === 'import') {
    await (await import('./import.bench.js')).main(argv.slice(1));
    return 0;
  }
  if (argv[0] === 'soak')
    return (await (await import('./soak.bench.js')).main(argv.slice(1))) ? 0 : 1;
  if (argv[0] === 'skiptrace') {
    const { main: skiptrace } = await import('./skiptrace.bench.js');
    await skiptrace(argv.slice(1));
    return 0;
  }
  // `--store neo4j`: Neo4j beside the embedded store (bench/neo4j.bench.ts), nothing else.
  const store = argv.indexOf('--store');
  if (store >= 0 && argv[store + 1] === 'neo4j') {
    const { main: neo4jBench } = await import('./neo4j.bench.js');
    await neo4jBench(argv);
    return 0;
  }
  const routes = await routesBench(argv);
  const guard = join(HERE, 'guard.bench.ts');
  if (existsSync(guard)) {
    const mod: { main?: () => Promise<unknown> } = await import(pathToFileURL(guard).href);
    if (typeof mod.main !== 'function') {
      process.stderr.write('bench/guard.bench.ts exports no main(): skipped\n');
      return 1;
    }
    await mod.main();
  }
  await worklistBench();
  // The figures the performance targets are stated in (checks/s and routes/s as ratios to the
  // hello-world, records/s), then the Targets section that sets them against the targets.
  const http = await (await import('./http.bench.js')).main(['--profile']);
  const imports = await (await import('./import.bench.js')).main([]);
  const section = targetsSection({ routes, http, imports }, new Date().toISOString());
  process.stdout.write(`\n${section}\n`);
  writeResultsSection('Targets', section);
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
