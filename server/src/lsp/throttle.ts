export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const NODE_TIMERS: Timers = {
  set: (fn, ms) => setTimeout(fn, ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Calls `send` at most once per `intervalMs`: at once when it has not run for that
 * long, else once at the end of the interval, reading the state as it is then. For
 * notifications where only the latest value matters (a status bar): a thousand
 * documents checked in a row send a handful, and the last one is current.
 */
export class Throttle {
  private timer: unknown;
  private pending = false;

  constructor(
    private readonly send: () => void,
    private readonly intervalMs: number,
    private readonly timers: Timers = NODE_TIMERS,
  ) {}

  request(): void {
    if (this.timer !== undefined) {
      this.pending = true;
      return;
    }
    this.pending = false;
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      if (this.pending) this.request();
    }, this.intervalMs);
    this.send();
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    this.pending = false;
  }
}
