import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Starts the local Neo4j of scripts/neo4j (Neo4j Community 5.26 in one JVM, see LocalNeo4j.java)
 * and waits until it answers. The Maven build runs only when the launcher is missing or older than
 * its sources; the server is a plain `java` process (no Maven JVM kept alive) that stops when its
 * standard input closes, so it cannot outlive the Node process that started it.
 */

/** Where the Maven project lives. */
export const LOCAL_NEO4J_DIR = dirname(fileURLToPath(import.meta.url));

/** What the launcher prints once the server answers. */
export interface LocalNeo4jInfo {
  /** bolt://127.0.0.1:<port> */
  bolt: string;
  /** http://127.0.0.1:<port>, the server root the Query API runner adds /db/neo4j/query/v2 to. */
  http: string;
  queryApi: string;
  user: string;
  password: string;
  database: string;
  version: string;
  /** Milliseconds from the JVM's main() to a server that answers. */
  startMs: number;
  pid: number;
}

/** A running local Neo4j. */
export interface LocalNeo4j extends LocalNeo4jInfo {
  /** Stops the server and waits for its JVM to exit (closing stdin, then SIGTERM, then SIGKILL). */
  stop(): Promise<void>;
}

/** Options of starting the local Neo4j. */
export interface LocalNeo4jOptions {
  /** Password of the neo4j user (at least 8 characters); default `skipgraph-local`. */
  password?: string;
  /** JVM heap limit, e.g. `1g` (default): the server and its query memory live in it. */
  heap?: string;
  /** Neo4j page cache, e.g. `256m` (default); larger for the 1M-person bench. */
  pageCache?: string;
  /**
   * Extra JVM options, after the defaults (a later option wins): e.g. `-Xms4g` and a young
   * generation sized for large import transactions, whose state lives on the heap until commit.
   */
  jvmOptions?: readonly string[];
  /** How long to wait for the server to answer (default 180 s: a cold JVM on a loaded machine). */
  startTimeoutMs?: number;
  /** Where the launcher's log goes (default: kept in memory, shown when the start fails). */
  onLog?: (line: string) => void;
}

const READY = 'NEO4J_READY ';
const SOURCES = ['pom.xml', 'src/main/java/skipgraph/neo4j/LocalNeo4j.java'];
const CLASSES = 'target/classes/skipgraph/neo4j/LocalNeo4j.class';
const CLASSPATH = 'target/classpath.txt';

/** True when `java` and `mvn` both run here. */
export function javaAndMavenAvailable(): boolean {
  const ok = (cmd: string, args: string[]) =>
    spawnSync(cmd, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;
  return ok('java', ['-version']) && ok('mvn', ['-v']);
}

/** Builds the launcher with Maven unless it is up to date; the first build downloads Neo4j into ~/.m2. */
export function buildLocalNeo4j(dir = LOCAL_NEO4J_DIR): void {
  const mtime = (p: string) => statSync(join(dir, p)).mtimeMs;
  const built =
    existsSync(join(dir, CLASSES)) &&
    existsSync(join(dir, CLASSPATH)) &&
    SOURCES.every((s) => mtime(s) <= Math.min(mtime(CLASSES), mtime(CLASSPATH)));
  if (built) return;
  execFileSync('mvn', ['-B', '-q', 'compile'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** The `java` command line of the launcher. */
function javaArgs(dir: string, heap: string, jvmTmp: string, extra: readonly string[]): string[] {
  const classpath = readFileSync(join(dir, CLASSPATH), 'utf8').trim();
  return [
    `-Xmx${heap}`,
    // Neo4j writes a log4j file (and its data, unless NEO4J_DATA_DIR is set) to the JVM's temp
    // dir: a private one, removed when the JVM exits, leaves nothing behind in the system's.
    `-Djava.io.tmpdir=${jvmTmp}`,
    // Two cores shared with the tests: the serial collector keeps the JVM's own threads few.
    '-XX:+UseSerialGC',
    '-XX:+ExitOnOutOfMemoryError',
    ...extra,
    '-cp',
    `${join(dir, 'target/classes')}:${classpath}`,
    'skipgraph.neo4j.LocalNeo4j',
  ];
}

/** Resolves when the child has exited, or after `ms` (false then). */
function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Builds (if needed) and starts the local Neo4j, resolving once it answers on Bolt and HTTP.
 * @example const neo4j = await startLocalNeo4j(); try { … neo4j.bolt … } finally { await neo4j.stop(); }
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4j> {
  const dir = LOCAL_NEO4J_DIR;
  buildLocalNeo4j(dir);
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_PAGECACHE: options.pageCache ?? '256m' };
  if (options.password !== undefined) env.NEO4J_PASSWORD = options.password;
  else delete env.NEO4J_PASSWORD;
  delete env.NEO4J_DATA_DIR;
  const jvmTmp = mkdtempSync(join(tmpdir(), 'skipgraph-jvm-'));
  const args = javaArgs(dir, options.heap ?? '1g', jvmTmp, options.jvmOptions ?? []);
  const child = spawn('java', args, { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
  const removeTmp = (): void => rmSync(jvmTmp, { recursive: true, force: true });
  child.once('exit', removeTmp);
  child.once('error', removeTmp);
  const log: string[] = [];
  const keep = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line === '') continue;
      if (options.onLog) options.onLog(line);
      log.push(line);
      if (log.length > 200) log.shift();
    }
  };
  child.stderr?.on('data', keep);

  const stop = async (): Promise<void> => {
    child.stdin?.end();
    if (await exited(child, 30_000)) return;
    child.kill('SIGTERM');
    if (await exited(child, 15_000)) return;
    child.kill('SIGKILL');
    await exited(child, 5_000);
  };

  const info = await new Promise<LocalNeo4jInfo>((resolve, reject) => {
    let buffer = '';
    const fail = (why: string): void => {
      clearTimeout(timer);
      reject(new Error(`local Neo4j did not start: ${why}\n${log.slice(-30).join('\n')}`));
    };
    const timer = setTimeout(
      () => fail(`no answer within ${options.startTimeoutMs ?? 180_000} ms`),
      options.startTimeoutMs ?? 180_000,
    );
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`the JVM exited (${signal ?? code})`));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.startsWith(READY)) {
          clearTimeout(timer);
          resolve(JSON.parse(line.slice(READY.length)) as LocalNeo4jInfo);
          return;
        }
        keep(Buffer.from(line));
        newline = buffer.indexOf('\n');
      }
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  child.stdout?.on('data', keep);
  return { ...info, stop };
}
