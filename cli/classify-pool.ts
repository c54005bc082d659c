// The classify command's worker pool: the main thread and worker threads take batches in turn, and the results come
// back in input order; a worker that stops hands its batches back to the main thread.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { builtScreen, createClassifier, type Classifier } from '../lib/classify/index';
import type { BuiltScreen } from '../lib/classify/prescreen';
import type { InferredRoles } from '../lib/classify/infer-roles';
import { classifyLines, type BatchResult } from './classify-batch';
import { readScreenCache, writeScreenCache } from './screen-cache';

const WORKER_ROLE = 'threadsift-classify-worker';

/**
 * The main thread's classifier. Its regex screen's trie is read from the file the last run left (THREADSIFT_SCREEN_CACHE,
 * set by scripts/run-cli.mjs; see screen-cache.ts) when that file holds one of this lexicon, else built and stored there.
 */
export function mainThreadClassifier(): Classifier {
  const cachePath = process.env.THREADSIFT_SCREEN_CACHE;
  const cached = cachePath ? readScreenCache(cachePath) : undefined;
  const classifier = createClassifier({ screen: cached });
  const built = builtScreen();
  if (cachePath && built && built.trie.nodeInfo !== cached?.trie.nodeInfo) {
    try {
      writeScreenCache(cachePath, built);
    } catch {
      // Only a faster start is lost (a read-only checkout, a full disk): the next run builds the trie again.
    }
  }
  return classifier;
}

/**
 * The main thread and `count - 1` worker threads, taking batches in turn; results come back in input order. Workers
 * start from the module this code runs in (import.meta.url), so they need it as plain JavaScript: the command's
 * bundle (scripts/run-cli.mjs), which holds the whole command and calls servePoolWorker, not the TypeScript source.
 * (Session 17, on this 2-core host: the main thread plus one worker streamed 11,963 comments/s where one thread gave
 * 10,639 and the main thread plus two workers 10,848; on 100,000 lines in session 38, 7,363/s against 4,506/s for one
 * thread.)
 */
export class ClassifierPool {
  private readonly workers: PoolWorker[];
  private nextSeq = 0;
  private turn = 0;
  private closing = false;
  /** Stopped workers not told of yet: the next batch's messages say so. */
  private readonly notices: string[] = [];
  /** Resolves once every worker has loaded its classifier, or stopped. */
  readonly ready: Promise<unknown>;

  /** The main thread's own classifier: it takes its turn with the workers (it would otherwise only wait). */
  private readonly own: Classifier;

  /** `own`: the main thread's classifier, when it already has one. */
  constructor(count: number, own?: Classifier) {
    const loaded: Array<Promise<void>> = [];
    this.workers = Array.from({ length: count - 1 }, () => {
      const thread = new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE } });
      const worker: PoolWorker = { thread, stopped: null, pending: new Map(), loaded: () => {} };
      loaded.push(new Promise((resolve) => (worker.loaded = resolve)));
      thread.on('message', (message: { seq: number; result: BatchResult } | 'ready') => {
        if (message === 'ready') return worker.loaded();
        worker.pending.get(message.seq)?.resolve(this.told(message.result));
        worker.pending.delete(message.seq);
      });
      thread.on('error', (error) => this.stopped(worker, error.message));
      thread.on('exit', (code) => this.stopped(worker, `exit code ${code}`));
      return worker;
    });
    // Built while the workers start up; they then take its regex screen's trie instead of building their own.
    this.own = own ?? mainThreadClassifier();
    const screen = builtScreen();
    for (const worker of this.workers) worker.thread.postMessage({ screen });
    this.ready = Promise.all(loaded);
  }

  /**
   * A worker that stopped (it failed to start, threw, or ran out of memory): the main thread classifies the batches it
   * held and takes its turns from now on, so the output stays whole and in order; stderr says so once.
   */
  private stopped(worker: PoolWorker, why: string): void {
    if (this.closing || worker.stopped !== null) return;
    worker.stopped = `classify: a worker thread stopped (${why}); the main thread classifies its lines\n`;
    this.notices.push(worker.stopped);
    worker.loaded();
    for (const { resolve, lines, firstLineNo, roles } of worker.pending.values()) resolve(this.told(classifyLines(this.own, lines, firstLineNo, roles)));
    worker.pending.clear();
  }

  /** `result`, with the notices of workers that stopped since the last batch. */
  private told(result: BatchResult): BatchResult {
    if (this.notices.length) result.errors.unshift(...this.notices.splice(0));
    return result;
  }

  /** Classify a batch on the next worker in turn. */
  run(lines: string[], firstLineNo: number, roles?: InferredRoles[]): Promise<BatchResult> {
    const seq = this.nextSeq++;
    const slot = this.turn++ % (this.workers.length + 1);
    const worker = this.workers[slot];
    if (!worker || worker.stopped !== null) return Promise.resolve(this.told(classifyLines(this.own, lines, firstLineNo, roles)));
    return new Promise((resolve) => {
      worker.pending.set(seq, { resolve, lines, firstLineNo, roles });
      worker.thread.postMessage({ seq, lines, firstLineNo, roles });
    });
  }

  close(): Promise<unknown> {
    this.closing = true;
    return Promise.all(this.workers.map((worker) => worker.thread.terminate()));
  }
}

/** A worker thread of the pool and the batches it holds. */
interface PoolWorker {
  thread: Worker;
  /** Null while it runs; once it stopped, the message that says so. */
  stopped: string | null;
  pending: Map<number, { resolve: (result: BatchResult) => void; lines: string[]; firstLineNo: number; roles?: InferredRoles[] }>;
  /** Marks it loaded (or given up on). */
  loaded: () => void;
}

/** Threads the command may use: THREADSIFT_THREADS, or one per core, at most four; one where workers cannot start. */
export function threadCount(): number {
  if (!import.meta.url.endsWith('.mjs')) return 1;
  const asked = Number(process.env.THREADSIFT_THREADS);
  return Math.max(1, Math.min(4, Number.isInteger(asked) && asked > 0 ? asked : availableParallelism()));
}

/**
 * A worker of the pool: classifies each batch the main thread sends. Workers load the command's own module (the
 * bundle, see ClassifierPool), so that module calls this as it loads; on any other thread it does nothing.
 */
export function servePoolWorker(): void {
  if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
    // The first message is the main thread's regex screen; batches follow.
    parentPort!.once('message', ({ screen }: { screen: BuiltScreen | null }) => {
      const classifier = createClassifier({ screen });
      parentPort!.postMessage('ready');
      parentPort!.on('message', ({ seq, lines, firstLineNo, roles }: { seq: number; lines: string[]; firstLineNo: number; roles?: InferredRoles[] }) => {
        parentPort!.postMessage({ seq, result: classifyLines(classifier, lines, firstLineNo, roles) });
      });
    });
  }
}
