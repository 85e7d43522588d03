import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/**
 * Drives the real bundled server (`node dist/server.js --stdio`) over a JSON-RPC
 * connection, like an editor does. Waits on messages, never on time.
 */

export const ROOT = resolve(__dirname, '..', '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

let built: Promise<void> | undefined;

/** Bundle the server once per test run (esbuild, well under a second). */
export function buildServer(): Promise<void> {
  built ??= (async () => {
    const esbuild = (await import('esbuild')) as typeof import('esbuild');
    mkdirSync(dirname(SERVER), { recursive: true });
    await esbuild.build({
      entryPoints: [join(ROOT, 'server', 'src', 'server.ts')],
      outfile: SERVER,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      banner: { js: '#!/usr/bin/env node' },
      logLevel: 'warning',
      legalComments: 'none',
    });
    statSync(SERVER);
  })();
  return built;
}

export interface Pos {
  line: number;
  character: number;
}
export interface Rng {
  start: Pos;
  end: Pos;
}
export interface Diag {
  range: Rng;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  tags?: number[];
}
export interface TextEditLike {
  range: Rng;
  newText: string;
}

/** Apply LSP text edits to a text (like an editor applying a WorkspaceEdit). */
export function applyTextEdits(text: string, edits: TextEditLike[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: Pos) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

/** Temp workspace folder with files; returns its path and a URI helper. */
export function makeWorkspace(files: Record<string, string>): { dir: string; uri: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'walint-lsp-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, uri: (name) => pathToFileURL(join(dir, name)).href, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

type Waiter<T> = { match: (v: T) => boolean; resolve: (v: T) => void };

export interface StartOptions {
  pull?: boolean;
  locale?: string;
  rootDir?: string;
  initializationOptions?: Record<string, unknown>;
  /** What the client answers to workspace/configuration. */
  settings?: Record<string, unknown>;
}

export class TestClient {
  readonly child: ChildProcess;
  readonly conn: MessageConnection;
  readonly published: { uri: string; version?: number; diagnostics: Diag[] }[] = [];
  readonly statuses: { state: string; files: number }[] = [];
  readonly logs: string[] = [];
  readonly shown: string[] = [];
  refreshes = 0;
  stderr = '';
  private diagWaiters: Waiter<{ uri: string; version?: number; diagnostics: Diag[] }>[] = [];
  private statusWaiters: Waiter<{ state: string; files: number }>[] = [];
  private versions = new Map<string, number>();
  readonly texts = new Map<string, string>();

  constructor(private readonly options: StartOptions = {}) {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
      this.published.push(p);
      this.diagWaiters = this.diagWaiters.filter((w) => (w.match(p) ? (w.resolve(p), false) : true));
    });
    this.conn.onNotification('walint/status', (p: { state: string; files: number }) => {
      this.statuses.push(p);
      this.statusWaiters = this.statusWaiters.filter((w) => (w.match(p) ? (w.resolve(p), false) : true));
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.conn.onNotification('window/showMessage', (p: { message: string }) => void this.shown.push(p.message));
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.settings ?? {}));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
    this.conn.onRequest('window/showDocument', (p: { uri: string }) => {
      this.shown.push(p.uri);
      return { success: true };
    });
    this.conn.listen();
  }

  async initialize(): Promise<{ capabilities: Record<string, unknown> }> {
    const o = this.options;
    const root = o.rootDir ? pathToFileURL(o.rootDir).href : null;
    const result = await this.conn.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      locale: o.locale,
      rootUri: root,
      workspaceFolders: root ? [{ uri: root, name: 'ws' }] : null,
      initializationOptions: o.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true }, workspaceEdit: { documentChanges: false } },
        window: { showDocument: { support: true } },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
          rename: { prepareSupport: true },
          ...(o.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  /** Resolves when the server says its startup index is built. */
  ready(): Promise<unknown> {
    return this.waitStatus((s) => s.state === 'ready');
  }

  waitStatus(match: (s: { state: string; files: number }) => boolean): Promise<{ state: string; files: number }> {
    const hit = this.statuses.find(match);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve) => this.statusWaiters.push({ match, resolve }));
  }

  /** The next (or already received, when `fromStart`) diagnostics for `uri` that match. */
  waitDiagnostics(uri: string, match: (p: { version?: number; diagnostics: Diag[] }) => boolean = () => true, fromStart = true): Promise<{ uri: string; version?: number; diagnostics: Diag[] }> {
    const m = (p: { uri: string; version?: number; diagnostics: Diag[] }) => p.uri === uri && match(p);
    if (fromStart) {
      const hit = [...this.published].reverse().find(m);
      if (hit) return Promise.resolve(hit);
    }
    return new Promise((resolve) => this.diagWaiters.push({ match: m, resolve }));
  }

  async open(uri: string, text: string, languageId = 'yaml'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Send incremental edits; returns the new version. */
  async change(uri: string, edits: TextEditLike[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    // LSP applies the content changes one after the other
    let text = this.texts.get(uri) ?? '';
    for (const e of edits) text = applyTextEdits(text, [e]);
    this.texts.set(uri, text);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) });
    return version;
  }

  /** Replace the whole text through one incremental change. */
  async setText(uri: string, text: string): Promise<number> {
    const old = this.texts.get(uri) ?? '';
    const lines = old.split('\n');
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } }, newText: text }]);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest<R>(method, params);
  }

  async pullDiagnostics(uri: string): Promise<Diag[]> {
    const r = await this.request<{ kind: string; items: Diag[] }>('textDocument/diagnostic', { textDocument: { uri } });
    return r.items;
  }

  async stop(): Promise<void> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    const exited = this.child.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.conn.dispose();
    if (this.child.exitCode === null) this.child.kill();
    await exited;
  }
}

/** Position of the n-th occurrence of `needle` in `text` (0-based line/character), plus `delta` characters. */
export function posOf(text: string, needle: string, delta = 0, nth = 0): Pos {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}
