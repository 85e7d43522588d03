import { statSync } from 'node:fs';
import { cpus } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { kindFromName } from '../core/document';
import type { Finding } from '../core/findings';
import { lintFile } from '../core/linter';
import { WorkspaceIndex } from '../core/workspace';
import { configFor, readSourceFile, type DiscoveredFile } from '../node/project';

/**
 * Checking many files on several cores. Each worker reads every template file (flows
 * need the whole template index; templates are few and small) and its share of the
 * flows, and checks its share. Findings come back as plain data. The result is the
 * same as a single-threaded run (a test compares them).
 */

export interface LintJob {
  /** Every file: the ones to check first (`checked` of them), then context files. */
  files: DiscoveredFile[];
  checked: number;
  explicit?: string;
  forcedLocale?: 'en' | 'fr';
}

export type PlainFinding = Omit<Finding, 'fixes'>;

interface WorkerInput extends LintJob {
  walintWorker: true;
  shard: number[];
}

/** Below this many files one thread is faster (a worker costs a bundle load). */
export const PARALLEL_MIN_FILES = 300;

export function workerCount(files: number, env: NodeJS.ProcessEnv): number {
  const forced = Number(env.WALINT_CONCURRENCY);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, 16);
  if (files < PARALLEL_MIN_FILES) return 1;
  // One thread already keeps two cores busy (V8 compiles and collects garbage on helper
  // threads): workers only pay off from four cores on.
  const n = cpus().length;
  return n >= 4 ? Math.min(n - 1, 4) : 1;
}

function isTemplateFile(f: DiscoveredFile): boolean {
  const kind = f.kind ?? kindFromName(f.path);
  return kind !== 'flow'; // templates, and files whose kind only their content tells
}

/** Lint files `shard` of the job in this thread. */
export function lintShard(job: LintJob, shard: readonly number[]): PlainFinding[][] {
  const workspace = new WorkspaceIndex();
  const wanted = new Set(shard);
  const loaded = new Map<number, ReturnType<typeof readSourceFile>>();
  job.files.forEach((f, i) => {
    if (!wanted.has(i) && !isTemplateFile(f)) return;
    const file = readSourceFile(f.path, f.kind);
    workspace.set(file);
    loaded.set(i, file);
  });
  return shard.map((i) => {
    const file = loaded.get(i)!;
    const project = configFor(file.uri, { explicit: job.explicit });
    return lintFile(file, { workspace, config: project.config, locale: job.forcedLocale ?? project.config.locale ?? 'en' }).map(({ fixes: _fixes, ...rest }) => rest);
  });
}

/** Split the checked files across `n` shards of similar total size. */
function shards(job: LintJob, n: number): number[][] {
  const sized = job.files.slice(0, job.checked).map((f, i) => {
    let size = 0;
    try {
      size = statSync(f.path).size;
    } catch {
      // unreadable: reported by the worker
    }
    return { i, size };
  });
  sized.sort((a, b) => b.size - a.size);
  const out = Array.from({ length: n }, () => ({ total: 0, items: [] as number[] }));
  for (const s of sized) {
    const target = out.reduce((a, b) => (b.total < a.total ? b : a));
    target.items.push(s.i);
    target.total += s.size + 512;
  }
  return out.map((o) => o.items.sort((a, b) => a - b)).filter((s) => s.length);
}

/**
 * Findings of the checked files, in order. Uses worker threads when there are many
 * files and more than one core; `entry` is the script the workers load (the CLI bundle).
 */
export async function lintParallel(job: LintJob, threads: number, entry: string): Promise<PlainFinding[][]> {
  const all = Array.from({ length: job.checked }, (_, i) => i);
  if (threads <= 1) return lintShard(job, all);
  const parts = shards(job, threads);
  const results: PlainFinding[][] = new Array(job.checked);
  await Promise.all(
    parts.map(
      (shard) =>
        new Promise<void>((resolve, reject) => {
          const input: WorkerInput = { ...job, walintWorker: true, shard };
          const worker = new Worker(entry, { workerData: input });
          worker.once('message', (msg: PlainFinding[][]) => {
            shard.forEach((fileIndex, k) => (results[fileIndex] = msg[k]));
            resolve();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`walint worker exited with code ${code}`))));
        }),
    ),
  );
  return results;
}

// Worker side: the CLI bundle, loaded in a worker thread, checks its shard and replies.
if (!isMainThread && (workerData as WorkerInput | undefined)?.walintWorker === true) {
  const input = workerData as WorkerInput;
  parentPort!.postMessage(lintShard(input, input.shard));
}
