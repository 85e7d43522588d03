import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../server/src/cli/main';
import type { CliIO } from '../../server/src/cli/io';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output. */
export async function run(args: string[], cwd: string, options: { env?: Record<string, string>; isTTY?: boolean } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder holding these files. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'walint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export const CLEAN_FLOW = `flow: clean
escalation:
  - { type: agent, step: agent }
global:
  - match: [agent, conseiller]
    next: agent
steps:
  welcome:
    say: Bonjour
    buttons:
      - { title: Conseiller, next: agent }
      - { title: Fin, next: done }
  agent:
    handoff: agent
  done:
    end: true
`;

/** A flow with one error (unknown step, line 10) and one warning (unreachable step, line 16). */
export const BROKEN_FLOW = `flow: broken
escalation:
  - { type: agent, step: agent }
global:
  - match: [agent]
    next: agent
steps:
  welcome:
    ask: Votre question ?
    next: dnoe
    on_timeout: done
  agent:
    handoff: agent
  done:
    end: true
  orphan:
    say: jamais vu
    end: true
`;

/** Only a warning (unreachable step on line 16). */
export const WARNING_FLOW = BROKEN_FLOW.replace('next: dnoe', 'next: done').replace('flow: broken', 'flow: warned');
