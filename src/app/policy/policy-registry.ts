import { type FSWatcher, watch } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CompiledPolicy, compilePolicy } from '../../domain/policy/compile-policy.js';
import { parsePolicy } from '../../domain/policy/parse-policy.js';
import { duplicateIdProblem, type PolicyProblem } from '../../domain/policy/policy-problem.js';
import { policyVersionOf } from '../../domain/policy/policy-version.js';
import { type PolicySummary, policySummaryOf } from './policy-summary.js';

export type { PolicySummary } from './policy-summary.js';

/** Where the guard gets its policies; `current()` is cheap and never reads the disk. */
export interface PolicySource {
  current(): readonly CompiledPolicy[];
}

/** The loaded policies with their version hashes, and every file that failed to load. */
export interface PolicySnapshot {
  dir: string;
  policies: PolicySummary[];
  errors: PolicyProblem[];
  loadedAt: string;
}

export interface PolicyRegistryOptions {
  /** Watch the directory and reload on change (default true). */
  watch?: boolean;
  /** Quiet period before a reload, so an editor's save-in-several-writes loads once (default 150 ms). */
  debounceMs?: number;
  /** Called after every reload, e.g. to log versions and error counts (never policy text). */
  onReload?: (snapshot: PolicySnapshot) => void;
  clock?: () => Date;
}

interface FileState {
  good?: CompiledPolicy;
  problems: PolicyProblem[];
}

const POLICY_FILE = /\.ya?ml$/;

/**
 * The policies in one directory (`policies/*.yaml`, not `tests/`), compiled once per file version.
 * A file that becomes invalid or unreadable keeps its last good version in force and shows its
 * problems; a deleted file is removed. With no valid policy for a jurisdiction the guard denies.
 * @example const registry = await PolicyRegistry.open('policies'); decide(req, ctx, registry.current(), at)
 */
export class PolicyRegistry implements PolicySource {
  private readonly files = new Map<string, FileState>();
  private compiled: readonly CompiledPolicy[] = [];
  private snap: PolicySnapshot;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<PolicySnapshot> | undefined;
  private again = false;
  private readonly clock: () => Date;

  private constructor(
    readonly dir: string,
    private readonly options: PolicyRegistryOptions,
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.snap = { dir, policies: [], errors: [], loadedAt: this.clock().toISOString() };
  }

  /** Loads the directory and (by default) starts watching it. */
  static async open(dir: string, options: PolicyRegistryOptions = {}): Promise<PolicyRegistry> {
    const registry = new PolicyRegistry(dir, options);
    await registry.reload();
    if (options.watch !== false) registry.startWatching();
    return registry;
  }

  /** The compiled policies in force. */
  current(): readonly CompiledPolicy[] {
    return this.compiled;
  }

  /** Loaded policies with versions, and load errors. */
  snapshot(): PolicySnapshot {
    return this.snap;
  }

  /** Re-reads the directory now; concurrent calls share one reload and a change during it triggers another. */
  reload(): Promise<PolicySnapshot> {
    if (this.reloading) {
      this.again = true;
      return this.reloading;
    }
    this.reloading = this.load().finally(() => {
      this.reloading = undefined;
      if (this.again) {
        this.again = false;
        void this.reload();
      }
    });
    return this.reloading;
  }

  /** Stops watching. */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = undefined;
  }

  private startWatching(): void {
    const delay = this.options.debounceMs ?? 150;
    try {
      this.watcher = watch(this.dir, { persistent: false }, () => {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.reload(), delay);
      });
      this.watcher.on('error', () => this.close());
    } catch {
      // Directory not watchable (removed, or a platform without fs.watch): keep serving what is loaded.
      this.watcher = undefined;
    }
  }

  private async load(): Promise<PolicySnapshot> {
    let names: string[];
    const dirProblems: PolicyProblem[] = [];
    try {
      names = (await readdir(this.dir)).filter((n) => POLICY_FILE.test(n)).sort();
    } catch (error) {
      names = [...this.files.keys()];
      dirProblems.push({
        file: this.dir,
        path: '',
        code: 'policy_dir_unreadable',
        message: `the policy directory cannot be read (${codeOf(error)}); the last good policies stay in force`,
        params: { error: codeOf(error) },
      });
    }
    if (dirProblems.length === 0)
      for (const name of [...this.files.keys()]) if (!names.includes(name)) this.files.delete(name);
    for (const name of names) await this.loadFile(name);

    const byId = new Map<string, CompiledPolicy>();
    const errors: PolicyProblem[] = [...dirProblems];
    const policies: PolicySummary[] = [];
    for (const name of names) {
      const state = this.files.get(name);
      if (!state) continue;
      errors.push(...state.problems);
      const good = state.good;
      if (!good) continue;
      const clash = byId.get(good.id);
      if (clash) {
        errors.push(duplicateIdProblem(good.file, good.id, clash.file));
        continue;
      }
      byId.set(good.id, good);
      policies.push(policySummaryOf(good, state.problems.length > 0));
    }
    this.compiled = [...byId.values()];
    this.snap = { dir: this.dir, policies, errors, loadedAt: this.clock().toISOString() };
    this.options.onReload?.(this.snap);
    return this.snap;
  }

  private async loadFile(name: string): Promise<void> {
    const previous = this.files.get(name);
    let text: string;
    try {
      text = await readFile(join(this.dir, name), 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT') {
        this.files.delete(name);
        return;
      }
      this.files.set(name, {
        ...keepGood(previous),
        problems: [
          {
            file: name,
            path: '',
            code: 'policy_unreadable',
            message: `cannot be read (${codeOf(error)}); the last good version stays in force`,
            params: { error: codeOf(error) },
          },
        ],
      });
      return;
    }
    // Unchanged text: keep the compiled policy (matchers are the expensive part).
    if (
      previous?.good &&
      previous.problems.length === 0 &&
      previous.good.version === policyVersionOf(text)
    )
      return;
    const parsed = parsePolicy(name, text);
    if (parsed.ok) {
      this.files.set(name, { good: compilePolicy(parsed.loaded), problems: [] });
    } else {
      this.files.set(name, { ...keepGood(previous), problems: parsed.problems });
    }
  }
}

function keepGood(state: FileState | undefined): { good?: CompiledPolicy } {
  return state?.good ? { good: state.good } : {};
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : 'error';
}
