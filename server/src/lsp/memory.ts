import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How the server keeps its memory near what it really uses: V8's collector tuned for
 * what is open (`GcTuning`), and memory given back after bursts of work (`IdleTrimmer`).
 * `npm run bench`, "memory with 1,000 documents open", measures both.
 */

// ------------------------------------------------------------------ collector tuning

/** Documents from this size on (about 1,500 lines) allocate enough per check to want V8's defaults. */
export const LARGE_DOCUMENT_CHARS = 32 * 1024;
/** Flags that tune the collector: when given on the command line, they are the user's and left alone. */
const TUNED_FLAGS = ['--semi-space-growth-factor', '--heap-growing-percent', '--max-semi-space-size', '--optimize-for-size'];
const LEAN = '--semi-space-growth-factor=1 --heap-growing-percent=20';
const DEFAULTS = '--semi-space-growth-factor=2 --heap-growing-percent=0';

/**
 * V8's collector tuned for what is open. Small documents give their syntax trees back
 * once checked, so each check's garbage is small and dies young: the new space need not
 * grow (V8 doubles it up to 32 MB under load) and the old generation need not grow up to
 * four times its live size between full collections (a fifth is plenty). With 1,000
 * documents open the server then stays near its live size: about 100 MB resident instead
 * of 150. A large document keeps its tree and allocates tens of megabytes per check;
 * there V8's defaults check 1.5 to 2 times faster, so they are back while one is open.
 * V8 reads both flags at each collection (heap-controller.cc, new-spaces.cc), so they
 * can change at run time.
 */
export class GcTuning {
  private readonly large = new Set<string>();
  private lean: boolean | undefined;
  private readonly enabled: boolean;

  constructor(
    private readonly setFlags: (flags: string) => void = setFlagsFromString,
    execArgv: readonly string[] = process.execArgv,
  ) {
    this.enabled = !execArgv.some((a) => TUNED_FLAGS.includes(a.split('=')[0].replace(/_/g, '-').replace(/^--no-/, '--')));
    this.apply();
  }

  /** True while the lean settings are in force. */
  get isLean(): boolean {
    return this.lean === true;
  }

  /** A document was opened or edited. */
  sized(uri: string, chars: number): void {
    if (chars >= LARGE_DOCUMENT_CHARS) this.large.add(uri);
    else this.large.delete(uri);
    this.apply();
  }

  closed(uri: string): void {
    this.large.delete(uri);
    this.apply();
  }

  private apply(): void {
    const lean = this.enabled && this.large.size === 0;
    if (lean === this.lean) return;
    this.lean = lean;
    if (!this.enabled) return;
    try {
      this.setFlags(lean ? LEAN : DEFAULTS);
    } catch {
      // a runtime without these flags keeps its defaults
    }
  }
}

let shared: GcTuning | undefined;

/** The process's tuning (V8's flags are per process), applied on first use: call it early. */
export function processGcTuning(): GcTuning {
  return (shared ??= new GcTuning());
}

// ------------------------------------------------------------------ idle trimming

let collect: (() => void) | null | undefined;

function fullGc(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Old-generation bytes that held no live object at the last collection (free, fragmented). */
function oldSpaceSlack(): number {
  const old = getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
  return old ? old.space_size - old.space_used_size : 0;
}

/**
 * Gives memory back after bursts of work. Opening a thousand documents parses a
 * thousand files: V8 keeps the pages it grew to, long after the garbage is gone.
 * Once the server has been idle for a moment and the heap grew noticeably, full
 * collections let V8 release them. Never during typing: each keystroke pushes the
 * timer back.
 */
export class IdleTrimmer {
  private timer: NodeJS.Timeout | undefined;
  private baseline = process.memoryUsage().heapUsed;

  constructor(
    private readonly idleMs = 2000,
    private readonly minGrowthBytes = 24 * 1024 * 1024,
  ) {}

  /** Work happened: trim once things are quiet again. */
  touch(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.trim(), this.idleMs);
    this.timer.unref();
  }

  /**
   * Collect when the heap grew since the last time, or when V8 collected on its own
   * during the burst but kept the pages it grew to (the live size alone is then back
   * near the baseline and would hide them).
   */
  trim(): void {
    this.timer = undefined;
    const grew = process.memoryUsage().heapUsed - this.baseline >= this.minGrowthBytes;
    if (!grew && oldSpaceSlack() < this.minGrowthBytes / 2) return;
    const gc = fullGc();
    if (!gc) return;
    // The first collection frees the garbage; the second one, which knows what is live
    // on each page, moves objects off the fragmented pages so that V8 can release them.
    gc();
    gc();
    this.baseline = process.memoryUsage().heapUsed;
  }
}
