import { MemoryWindowCounts, type WindowCounts, type WindowState } from '../api/window-counts.js';
import type { SharedPacer } from '../app/dispatch/rate-limited-dispatcher.js';
import type { Channel } from '../domain/model/index.js';

/*
 * Limits shared by the worker processes of `serve --workers N`: the primary process holds the
 * windows and the provider slots in memory and answers each worker over the cluster's IPC
 * channel. The primary is single-threaded, so every update is atomic; no request writes to the
 * database for a limit, and no other service has to run beside skipgraph.
 */

/** A worker's question to the primary. */
type LimitRequest =
  | { skipgraphLimits: number; op: 'window'; key: string; n: number; windowMs: number }
  | { skipgraphLimits: number; op: 'pace'; channel: Channel; spacingMs: number };

/** The primary's answer, echoing the question's id. */
type LimitReply =
  | { skipgraphLimits: number; op: 'window'; state: WindowState }
  | { skipgraphLimits: number; op: 'pace'; waitMs: number };

/** Something that sends and receives IPC messages: a cluster worker, or `process` inside one. */
export interface MessagePort {
  send(message: unknown): unknown;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

function isLimitMessage(message: unknown): message is LimitRequest & LimitReply {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { skipgraphLimits?: unknown }).skipgraphLimits === 'number'
  );
}

/**
 * The primary's side: one set of windows (kept apart per scope, the text before the key's first
 * colon, so failed-auth addresses cannot crowd out API keys) and one next-free slot per channel.
 * @example const limits = new PrimaryLimits(Date.now); limits.serve(cluster.fork());
 */
export class PrimaryLimits {
  private readonly scopes = new Map<string, MemoryWindowCounts>();
  private readonly nextSlot = new Map<Channel, number>();

  constructor(private readonly now: () => number) {}

  /** Answers the limit questions of one worker. */
  serve(worker: MessagePort): void {
    worker.on('message', (message) => {
      if (!isLimitMessage(message)) return;
      worker.send(this.answer(message));
    });
  }

  /** The answer to one question. */
  answer(request: LimitRequest): LimitReply {
    if (request.op === 'window') {
      const scope = request.key.slice(0, Math.max(0, request.key.indexOf(':')));
      let counts = this.scopes.get(scope);
      if (!counts) {
        counts = new MemoryWindowCounts(this.now);
        this.scopes.set(scope, counts);
      }
      return {
        skipgraphLimits: request.skipgraphLimits,
        op: 'window',
        state: counts.addNow(request.key, request.n, request.windowMs),
      };
    }
    const t = this.now();
    const slot = Math.max(t, this.nextSlot.get(request.channel) ?? t);
    this.nextSlot.set(request.channel, slot + request.spacingMs);
    return { skipgraphLimits: request.skipgraphLimits, op: 'pace', waitMs: slot - t };
  }
}

/** How long a worker waits for the primary before failing the request (the primary is gone). */
const ANSWER_TIMEOUT_MS = 5_000;

/**
 * A worker's side: window counts and provider pacing asked of the primary.
 * @example const limits = new WorkerLimits(process); createApp({ ...deps, windowCounts: limits.windows })
 */
export class WorkerLimits {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: LimitReply) => void>();

  constructor(private readonly primary: MessagePort) {
    primary.on('message', (message) => {
      if (!isLimitMessage(message)) return;
      const resolve = this.waiting.get(message.skipgraphLimits);
      this.waiting.delete(message.skipgraphLimits);
      resolve?.(message);
    });
  }

  /** The request and failed-auth windows, counted by the primary. */
  readonly windows: WindowCounts = {
    add: async (key, n, windowMs) => {
      const reply = await this.ask({ op: 'window', key, n, windowMs });
      return (reply as Extract<LimitReply, { op: 'window' }>).state;
    },
  };

  /** Provider slots, reserved with the primary. */
  readonly pacer: SharedPacer = {
    reserve: async (channel, spacingMs) => {
      const reply = await this.ask({ op: 'pace', channel, spacingMs });
      return (reply as Extract<LimitReply, { op: 'pace' }>).waitMs;
    },
  };

  private ask(question: DistributiveOmit<LimitRequest, 'skipgraphLimits'>): Promise<LimitReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // Fails closed: without the primary no limit can be checked, so the request is not let through.
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error('the primary process did not answer a limit check'));
      }, ANSWER_TIMEOUT_MS);
      timer.unref();
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      this.primary.send({ ...question, skipgraphLimits: id });
    });
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
