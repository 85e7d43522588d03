/** What a command needs from the outside world; tests pass a captured one. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Folder relative paths and globs are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colours are on by default only then). */
  isTTY: boolean;
}

/** The real process. */
export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: !!process.stdout.isTTY,
  };
}

/** A usage or configuration problem: exit code 2, a message, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly showHelpHint = true) {
    super(message);
  }
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
