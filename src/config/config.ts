import { z } from 'zod';
import { issueMessage, type ZodIssue } from '../domain/model/issue-message.js';
import { type ConfigProblem, configProblem } from './config-problem.js';

/** Service configuration read from the environment. */
export interface Config {
  port: number;
  /** Interface to listen on: loopback unless HOST says otherwise (the data is personal). */
  host: string;
  store: 'sqlite' | 'neo4j';
  dbPath: string;
  /** Key that encrypts the embedded store file (SKIPGRAPH_DB_KEY); absent, the file is plain. */
  dbKey?: string;
  policiesDir: string;
  /** The ranking's calibration file (skipgraph calibrate writes it); the defaults rank when it is absent. */
  calibrationPath: string;
  apiKeys?: string;
  apiKeysFile?: string;
  ratePerMinute: number;
  defaultRegion?: string;
  logLevel: string;
  /** Per-channel provider rate limits such as `10/s` (SKIPGRAPH_RATE_SMS, SKIPGRAPH_RATE_CALL, …). */
  providerRates: Record<string, string>;
  /** Per-channel webhook URLs (SKIPGRAPH_WEBHOOK_SMS, …); absent means the outbox dispatcher. */
  webhooks: Record<string, string>;
  /** How far past its live data the server's heap may grow, in percent (SKIPGRAPH_HEAP_GROWTH; 0: V8's own choice). */
  heapGrowthPercent: number;
}

/**
 * How far past its live data V8 may let the server's heap grow before the next full collection,
 * in percent (the next limit is live × 1.5 at 50). Left to itself V8 picks up to 4× when
 * collections look cheap, so a server with about 50 MiB of live heap swings between 100 and
 * 250 MiB resident under load, more on a busy machine. 50% keeps it near 1.5× at the cost of more
 * frequent full collections (about 20 ms each at that size, every few seconds under full load:
 * well under 1% of a core).
 */
const DEFAULT_HEAP_GROWTH_PERCENT = 50;

const Env = z.object({
  // 0 asks the system for a free port (tests); the log line names the one taken.
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  SKIPGRAPH_STORE: z.enum(['sqlite', 'neo4j']).default('sqlite'),
  SKIPGRAPH_DB: z.string().min(1).default('./data/skipgraph.db'),
  SKIPGRAPH_DB_KEY: z.string().min(1).optional(),
  SKIPGRAPH_POLICIES: z.string().min(1).default('./policies'),
  SKIPGRAPH_CALIBRATION: z.string().min(1).default('./data/calibration.json'),
  SKIPGRAPH_API_KEYS: z.string().optional(),
  SKIPGRAPH_API_KEYS_FILE: z.string().optional(),
  SKIPGRAPH_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  SKIPGRAPH_DEFAULT_REGION: z.string().length(2).toUpperCase().optional(),
  SKIPGRAPH_HEAP_GROWTH: z.coerce
    .number()
    .int()
    .min(0)
    .max(400)
    .default(DEFAULT_HEAP_GROWTH_PERCENT),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] };

/** A variable's bad value as a problem, worded as the API words the same zod issue. */
function variableProblem(issue: ZodIssue): ConfigProblem {
  const variable = issue.path.map(String).join('.');
  return configProblem(
    'config_variable',
    { variable, issue: [issueMessage(issue)] },
    `${variable}: ${issue.message}`,
  );
}

/**
 * Reads the configuration from environment variables, naming every bad one.
 * @example loadConfig(process.env)
 */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = Env.safeParse(env);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map(variableProblem),
    };
  const e = parsed.data;
  const providerRates: Record<string, string> = {};
  const webhooks: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    const rate = /^SKIPGRAPH_RATE_(CALL|SMS|EMAIL|VISIT|LETTER)$/.exec(k);
    if (rate?.[1] && v) providerRates[rate[1].toLowerCase()] = v;
    const hook = /^SKIPGRAPH_WEBHOOK_(CALL|SMS|EMAIL|VISIT|LETTER)$/.exec(k);
    if (hook?.[1] && v) webhooks[hook[1].toLowerCase()] = v;
  }
  const config: Config = {
    port: e.PORT,
    host: e.HOST,
    store: e.SKIPGRAPH_STORE,
    dbPath: e.SKIPGRAPH_DB,
    policiesDir: e.SKIPGRAPH_POLICIES,
    calibrationPath: e.SKIPGRAPH_CALIBRATION,
    ratePerMinute: e.SKIPGRAPH_RATE_LIMIT,
    heapGrowthPercent: e.SKIPGRAPH_HEAP_GROWTH,
    logLevel: e.LOG_LEVEL,
    providerRates,
    webhooks,
  };
  if (e.SKIPGRAPH_DB_KEY) config.dbKey = e.SKIPGRAPH_DB_KEY;
  if (e.SKIPGRAPH_API_KEYS) config.apiKeys = e.SKIPGRAPH_API_KEYS;
  if (e.SKIPGRAPH_API_KEYS_FILE) config.apiKeysFile = e.SKIPGRAPH_API_KEYS_FILE;
  if (e.SKIPGRAPH_DEFAULT_REGION) config.defaultRegion = e.SKIPGRAPH_DEFAULT_REGION;
  return { ok: true, config };
}
