import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  MarkupKind,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeFile, kindFromName, type FileKind, type SourceFile } from '../core/document';
import { EMPTY_CONFIG, parseConfig, type ResolvedConfig } from '../core/config';
import type { Finding } from '../core/findings';
import { resolveLocale, type Locale } from '../core/i18n';
import { lintFile } from '../core/linter';
import { formatDuration } from '../core/model/duration';
import { ruleById } from '../core/rules/registry';
import { docsUrl } from '../core/rules/types';
import { randomBytes } from 'node:crypto';
import { analyzeWindow, buildTimeline, type WindowAnalysis } from '../core/timeline/engine';
import { renderTimelineHtml } from '../core/timeline/render';
import { maskCardNumbers } from '../core/util/mask';
import { WorkspaceIndex } from '../core/workspace';
import { clearConfigCache, configFor, discoverFiles, readSourceFile, targetKind, type ProjectConfig } from '../node/project';
import { codeActions } from './codeActions';
import { completions } from './completion';
import { countBySeverity, toDiagnostic } from './diagnostics';
import { hover, ruleMarkdown } from './hover';
import { definition, prepareRename, references, rename } from './navigation';
import {
  CheckWorkspaceRequest,
  Commands,
  FIX_ALL_KIND,
  RuleDocsRequest,
  ServerInfoRequest,
  StatusNotification,
  TimelineRequest,
  type InitializationOptions,
  type WalintSettings,
} from './protocol';
import { codeLenses, documentSymbols, foldingRanges } from './symbols';
import { IdleTrimmer, processGcTuning } from './memory';
import { Throttle } from './throttle';
import { serverCapabilities } from './capabilities';
import packageJson from '../../../package.json';

const SERVER_VERSION: string = packageJson.version;

const DEFAULT_DEBOUNCE_MS = 150;
const DEFAULT_MAX_INDEXED = 5000;
const CONFIG_RE = /(^|\/)walint\.config\.ya?ml$/i;
/** The status notification is sent at most this often while documents are being checked. */
const STATUS_INTERVAL_MS = 150;
/** Checks wait for incoming documents at most this long before they go on, one by one. */
const MAX_INTAKE_WAIT_MS = 500;

interface LintEntry {
  version: number;
  generation: number;
  /** Unique per check (the pull result id). */
  serial: number;
  /** A template this document depends on changed since the check: check again on next use. */
  stale: boolean;
  file: SourceFile;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/** `file:` URIs in one spelling (clients encode paths differently); other schemes as they are. */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The language server: owns the connection, documents, settings, debounce and the
 * workspace index. Features live in the sibling modules; the logic in ../core.
 */
export class WalintSession {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly index = new WorkspaceIndex();
  private readonly lints = new Map<string, LintEntry>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** canonical URI -> the URI the client uses for the open document. */
  private readonly openUris = new Map<string, string>();
  private readonly windows = new WeakMap<SourceFile, WindowAnalysis>();
  private capabilities: ClientCapabilities = {};
  private initOptions: InitializationOptions = {};
  private readonly trimmer = new IdleTrimmer();
  private readonly gcTuning = processGcTuning();
  private clientLocale: string | undefined;
  private settings: WalintSettings = {};
  private folders: string[] = [];
  /** Bumped when something every document depends on changes (config, settings, the startup index). */
  private generation = 0;
  private serial = 0;
  private pull = false;
  private state: StatusNotification.Params['state'] = 'starting';
  private indexing: Promise<void> | undefined;
  /** Open documents edited since their last analysis (analysis is lazy). */
  private readonly dirty = new Set<string>();
  private syncing = false;
  /** Documents whose debounce ran out, in order, with the version to publish (client URI -> version). */
  private readonly due = new Map<string, number>();
  private draining = false;
  /** Document notifications handled so far, and as last seen by the check queue. */
  private intake = 0;
  private intakeSeen = 0;
  /** Since when the check queue has been giving way to incoming documents (0: it is not). */
  private waitingSince = 0;
  /** Count changes reach the client's status bar a few times a second at most. */
  private readonly status = new Throttle(() => this.sendStatus(), STATUS_INTERVAL_MS);

  constructor(private readonly connection: Connection) {}

  // ------------------------------------------------------------------ plumbing

  private log(message: string): void {
    try {
      this.connection.console.log(`[walint] ${message}`);
    } catch {
      // the connection may be gone
    }
  }

  /** Every handler goes through here: an exception is logged, never thrown at the client. */
  private guard<A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await fn(...args);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        const err = e as Error;
        this.connection.console.error(`[walint] ${name} failed: ${err?.stack ?? String(e)}`);
        return fallback;
      }
    };
  }

  get locale(): Locale {
    const s = this.settings.locale;
    if (s && s !== 'auto') return resolveLocale(s);
    return resolveLocale(this.initOptions.locale ?? this.clientLocale);
  }

  private get debounceMs(): number {
    const d = this.settings.debounceMs;
    return typeof d === 'number' && d >= 0 && d <= 10_000 ? d : DEFAULT_DEBOUNCE_MS;
  }

  private get enabled(): boolean {
    return this.settings.enable !== false;
  }

  private mask = (text: string): string => maskCardNumbers(text);

  private clientUri(canon: string): string {
    return this.openUris.get(canon) ?? canon;
  }

  // ------------------------------------------------------------------ configuration

  private projectFor(canon: string): ProjectConfig | undefined {
    const path = pathOf(canon);
    if (!path) return undefined;
    return configFor(path, { locale: this.locale });
  }

  private readonly withSettings = new WeakMap<ResolvedConfig, { generation: number; config: ResolvedConfig }>();

  /** The config file's rules win over the client's `walint.rules` settings. */
  private configFor(canon: string): ResolvedConfig {
    const base = this.projectFor(canon)?.config ?? EMPTY_CONFIG;
    const rules = this.settings.rules;
    if (!rules || !Object.keys(rules).length) return base;
    const hit = this.withSettings.get(base);
    if (hit && hit.generation === this.generation) return hit.config;
    const config: ResolvedConfig = { ...base, data: { ...base.data, rules: { ...rules, ...base.data.rules } } };
    this.withSettings.set(base, { generation: this.generation, config });
    return config;
  }

  /** What an open document is to walint: flow, templates, config, or nothing to check. */
  private kindOf(canon: string, text: string): FileKind | undefined {
    const path = pathOf(canon);
    if (path) {
      if (CONFIG_RE.test(path.replace(/\\/g, '/'))) return 'config';
      const project = this.projectFor(canon);
      return project ? targetKind(path, project) : undefined;
    }
    // untitled and other schemes: by name, else by content
    const byName = kindFromName(canon);
    if (byName) return byName;
    const probe = analyzeFile(canon, text);
    return probe.kind === 'flow' || probe.kind === 'templates' ? probe.kind : undefined;
  }

  private async loadSettings(): Promise<void> {
    let next: WalintSettings | undefined;
    if (this.capabilities.workspace?.configuration) {
      try {
        next = (await this.connection.workspace.getConfiguration({ section: 'walint' })) as WalintSettings | undefined;
      } catch (e) {
        this.log(`cannot read settings: ${(e as Error).message}`);
      }
    }
    this.settings = { ...(this.initOptions.settings ?? {}), ...(next && typeof next === 'object' ? next : {}) };
  }

  // ------------------------------------------------------------------ analysis

  /** The analysed file for a URI: the open document's text, else the indexed disk file. */
  fileFor(uri: string): SourceFile | undefined {
    const canon = canonicalUri(uri);
    this.dirty.delete(canon);
    this.syncDirty();
    const doc = this.documents.get(this.clientUri(canon)) ?? this.documents.get(uri);
    if (!doc) return this.index.get(canon);
    const current = this.index.get(canon);
    if (current && current.version === doc.version && current.text.length === doc.getText().length) return current;
    const text = doc.getText();
    const kind = this.kindOf(canon, text);
    if (!kind || kind === 'config') return analyzeFile(canon, text, { version: doc.version, kind: kind ?? 'unknown' });
    // The previous version lets the engine re-parse only the parts of a large file that changed.
    const file = analyzeFile(canon, text, { version: doc.version, kind, previous: current?.kind === kind ? current : undefined });
    this.setIndexed(file);
    return file;
  }

  /** Other open documents were edited since their last analysis: the index must see them first. */
  private syncDirty(): void {
    if (!this.dirty.size || this.syncing) return;
    this.syncing = true;
    try {
      for (const other of [...this.dirty]) this.fileFor(this.clientUri(other));
    } finally {
      this.syncing = false;
    }
  }

  /** Put a file in the index; when its templates changed, the flows that use them are re-checked. */
  private setIndexed(file: SourceFile): void {
    const before = this.index.get(file.uri);
    const changed = this.index.set(file);
    if (changed) this.templatesChanged(before, file);
  }

  /**
   * A file's templates changed (what other files can see of them). Checked again: the open
   * flows that send these names, at once; on their next use, flows sending a name no file
   * defines (their "did you mean" lists the names there are) when a name came or went, and
   * the template files defining the same names (duplicates). Other documents keep their findings.
   */
  private templatesChanged(before: SourceFile | undefined, after: SourceFile | undefined): void {
    const was = templateNames(before);
    const now = templateNames(after);
    const names = new Set([...was, ...now]);
    const senders = this.index.flowsUsing(names);
    const stale = new Set(senders);
    if (was.size !== now.size || [...was].some((n) => !now.has(n))) for (const uri of this.index.flowsWithUnknownTemplates()) stale.add(uri);
    for (const name of names) for (const e of this.index.templates(name)) stale.add(e.uri);
    for (const uri of stale) {
      const entry = this.lints.get(uri);
      if (entry) entry.stale = true;
    }
    const flows = senders.filter((u) => this.openUris.has(u) && u !== after?.uri);
    if (!flows.length) return;
    if (this.pull) this.refreshPull();
    else for (const canon of flows) this.schedule(this.clientUri(canon), this.debounceMs);
  }

  private refreshPull(): void {
    if (this.capabilities.workspace?.diagnostics?.refreshSupport) {
      this.connection.languages.diagnostics.refresh().catch((e: Error) => this.log(`diagnostic refresh failed: ${e.message}`));
    }
  }

  /** Findings and diagnostics of an open document's current version (cached per version). */
  private lintOpen(uri: string): LintEntry | undefined {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const canon = canonicalUri(uri);
    // an edited template may make this document's findings stale
    this.syncDirty();
    const cached = this.lints.get(canon);
    if (cached && !cached.stale && cached.version === doc.version && cached.generation === this.generation) return cached;
    const file = this.fileFor(uri);
    if (!file) return undefined;
    let findings: Finding[] = [];
    let diagnostics: Diagnostic[] = [];
    if (this.enabled && file.kind === 'config') {
      diagnostics = this.configDiagnostics(file);
    } else if (this.enabled && (file.kind === 'flow' || file.kind === 'templates')) {
      findings = lintFile(file, { workspace: this.index, config: this.configFor(canon), locale: this.locale });
      const related = !!this.capabilities.textDocument?.publishDiagnostics?.relatedInformation;
      diagnostics = findings.map((f) => toDiagnostic(f, { mask: this.mask, relatedInformation: related, index: this.index }));
    }
    const entry: LintEntry = { version: doc.version, generation: this.generation, serial: ++this.serial, stale: false, file, findings, diagnostics };
    // Small files give their syntax tree back once checked (1,000 open documents stay light);
    // hovers and fixes rebuild it on demand in about a millisecond.
    file.yaml.release();
    this.lints.set(canon, entry);
    return entry;
  }

  private configDiagnostics(file: SourceFile): Diagnostic[] {
    const { problems } = parseConfig(file.text, pathOf(file.uri) ?? file.uri, this.locale);
    return problems.map((p) => ({
      range: { start: file.yaml.lines.positionAt(p.range.start), end: file.yaml.lines.positionAt(Math.max(p.range.end, p.range.start)) },
      severity: 1,
      source: 'walint',
      code: 'config',
      message: p.message,
    }));
  }

  // ------------------------------------------------------------------ push diagnostics

  private schedule(uri: string, delay: number): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const prev = this.timers.get(uri);
    if (prev) clearTimeout(prev);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        // a newer edit rescheduled already; never publish an old version
        if (this.documents.get(uri)?.version !== version) return;
        this.due.set(uri, version);
        if (!this.draining) {
          this.draining = true;
          setImmediate(this.drain);
        }
      }, delay),
    );
  }

  /**
   * Checks due documents one per turn of the event loop, so that requests are answered in
   * between. While documents keep arriving (a client opening hundreds at once), they are
   * all read first: templates then reach the index before the flows that send them are
   * checked, once instead of twice.
   */
  private readonly drain = (): void => {
    if (this.intake !== this.intakeSeen) {
      this.intakeSeen = this.intake;
      const now = performance.now();
      this.waitingSince ||= now;
      if (now - this.waitingSince < MAX_INTAKE_WAIT_MS) {
        setImmediate(this.drain);
        return;
      }
      // a client that never stops sending still gets its diagnostics, one document per message
    } else this.waitingSince = 0;
    const next = this.due.entries().next();
    if (!next.done) {
      const [uri, version] = next.value;
      this.due.delete(uri);
      if (this.documents.get(uri)?.version === version) this.publish(uri);
    }
    if (this.due.size) setImmediate(this.drain);
    else {
      this.draining = false;
      this.waitingSince = 0;
    }
  };

  /** Pull mode: analyse an edited template file after the debounce so its dependents refresh. */
  private scheduleSync(uri: string): void {
    const prev = this.timers.get(uri);
    if (prev) clearTimeout(prev);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        try {
          this.fileFor(uri);
        } catch (e) {
          this.connection.console.error(`[walint] analysis of ${uri} failed: ${(e as Error).stack}`);
        }
      }, this.debounceMs),
    );
  }

  private publish(uri: string): void {
    try {
      if (this.pull) return;
      const entry = this.lintOpen(uri);
      const doc = this.documents.get(uri);
      if (!entry || !doc || doc.version !== entry.version) return;
      void this.connection.sendDiagnostics({ uri, version: entry.version, diagnostics: entry.diagnostics });
      this.status.request();
      this.trimmer.touch();
    } catch (e) {
      this.connection.console.error(`[walint] diagnostics for ${uri} failed: ${(e as Error).stack}`);
    }
  }

  private revalidateOpen(): void {
    this.generation++;
    if (this.pull) {
      this.refreshPull();
      return;
    }
    for (const doc of this.documents.all()) this.schedule(doc.uri, 0);
  }

  private sendStatus(message?: string): void {
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const [canon, entry] of this.lints) {
      if (!this.openUris.has(canon) || !entry.findings.length) continue;
      const counts = countBySeverity(entry.findings);
      errors += counts.errors;
      warnings += counts.warnings;
      infos += counts.infos;
    }
    const anyOpen = this.openUris.keys().next();
    const config = anyOpen.done ? undefined : this.projectFor(anyOpen.value)?.chain[0]?.file;
    const params: StatusNotification.Params = { state: this.state, files: this.index.size, errors, warnings, infos, config, message };
    void this.connection.sendNotification(StatusNotification.method, params);
  }

  // ------------------------------------------------------------------ workspace index

  private async indexWorkspace(): Promise<void> {
    this.state = 'indexing';
    this.sendStatus();
    const max = this.initOptions.maxIndexedFiles ?? DEFAULT_MAX_INDEXED;
    let count = 0;
    for (const folder of this.folders) {
      await tick();
      let files;
      try {
        files = discoverFiles([folder], folder, { locale: this.locale }).files;
      } catch (e) {
        this.log(`cannot list ${folder}: ${(e as Error).message}`);
        continue;
      }
      for (const f of files) {
        if (count >= max) {
          this.log(`indexed the first ${max} files; raise initializationOptions.maxIndexedFiles to index more`);
          break;
        }
        count++;
        const canon = pathToFileURL(f.path).href;
        if (this.openUris.has(canon)) continue;
        const file = readSourceFile(f.path, f.kind);
        file.uri = canon;
        this.setIndexed(file);
        file.yaml.release(); // indexed for its templates and flow model; the tree is rebuilt if needed
        if (count % 25 === 0) await tick();
      }
    }
    this.state = 'ready';
    this.log(`indexed ${count} files`);
    this.revalidateOpen();
    this.sendStatus();
  }

  private async onWatchedFiles(changes: { uri: string; type: FileChangeType }[]): Promise<void> {
    let configChanged = false;
    for (const c of changes) {
      const canon = canonicalUri(c.uri);
      const path = pathOf(canon);
      if (!path) continue;
      if (CONFIG_RE.test(path.replace(/\\/g, '/'))) {
        configChanged = true;
        continue;
      }
      if (this.openUris.has(canon)) continue; // the editor's text wins
      if (c.type === FileChangeType.Deleted) {
        const before = this.index.get(canon);
        if (this.index.delete(canon)) this.templatesChanged(before, undefined);
        continue;
      }
      const project = this.projectFor(canon);
      const kind = project ? targetKind(path, project) : undefined;
      if (!kind) continue;
      const file = readSourceFile(path, kind);
      file.uri = canon;
      this.setIndexed(file);
      file.yaml.release();
    }
    if (configChanged) {
      clearConfigCache();
      this.lints.clear();
      this.indexing = this.indexWorkspace();
      await this.indexing;
    }
  }

  // ------------------------------------------------------------------ setup

  initialize(params: InitializeParams): InitializeResult {
    this.capabilities = params.capabilities ?? {};
    this.initOptions = (params.initializationOptions ?? {}) as InitializationOptions;
    this.clientLocale = params.locale;
    this.settings = { ...(this.initOptions.settings ?? {}) };
    this.pull = !!this.capabilities.textDocument?.diagnostic;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [pathToFileURL(params.rootPath).href] : []);
    this.folders = folders.map(pathOf).filter((p): p is string => !!p);
    return serverCapabilities(params);
  }

  async initialized(): Promise<void> {
    if (this.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'walint' }).catch(() => undefined);
    }
    if (this.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      await this.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml,json}' }, { globPattern: '**/walint.config.{yaml,yml}' }] })
        .catch((e: Error) => this.log(`cannot watch files: ${e.message}`));
    }
    await this.loadSettings();
    // not awaited: initialize returns at once, the index fills in the background
    this.indexing = this.indexWorkspace().catch((e: Error) => {
      this.state = 'error';
      this.connection.console.error(`[walint] indexing failed: ${e.stack}`);
    });
  }

  /** Resolves when the startup index is built (tests, checkWorkspace). */
  whenIndexed(): Promise<void> {
    return this.indexing ?? Promise.resolve();
  }

  private offsetOf(file: SourceFile, pos: Position): number {
    return file.yaml.lines.offsetAt(pos);
  }

  /**
   * Register every handler. With `attached`, `initialize` was already answered by the
   * entry point (see server.ts) and the connection is already listening.
   */
  listen(attached = false): void {
    const c = this.connection;
    const docs = this.documents;
    if (!attached) {
      c.onInitialize((p) => this.initialize(p));
      c.onInitialized(() => void this.initialized());
    }
    c.onShutdown(() => {
      for (const t of this.timers.values()) clearTimeout(t);
      this.timers.clear();
      this.due.clear();
      this.status.dispose();
    });

    docs.onDidOpen((e) => {
      this.openUris.set(canonicalUri(e.document.uri), e.document.uri);
    });
    docs.onDidChangeContent(
      this.guard('didChange', undefined, (e) => {
        this.intake++;
        const canon = canonicalUri(e.document.uri);
        this.openUris.set(canon, e.document.uri);
        this.gcTuning.sized(canon, e.document.getText().length);
        // analysis is lazy (on lint, hover...), so a burst of keystrokes costs one parse.
        // Only documents that can hold templates must reach the index before other files are
        // checked; a flow changes no other file's findings and is analysed on its own turn
        // (1,000 flows opened at once are then never all in memory with their trees).
        if (!pathOf(canon) || this.index.get(canon)?.templates || this.kindOf(canon, e.document.getText()) !== 'flow') this.dirty.add(canon);
        if (this.pull) {
          // a template file's dependents must hear about it even if nobody pulls it
          if (this.index.get(canon)?.templates) this.scheduleSync(e.document.uri);
          return;
        }
        const first = !this.lints.has(canon);
        if (first) this.schedule(e.document.uri, 0);
        else if (this.settings.run !== 'onSave') this.schedule(e.document.uri, this.debounceMs);
      }),
    );
    docs.onDidSave(
      this.guard('didSave', undefined, (e) => {
        if (this.settings.run !== 'onSave') return;
        if (this.pull) this.refreshPull();
        else this.schedule(e.document.uri, 0);
      }),
    );
    docs.onDidClose(
      this.guard('didClose', undefined, (e) => {
        const uri = e.document.uri;
        const canon = canonicalUri(uri);
        this.intake++;
        const timer = this.timers.get(uri);
        if (timer) clearTimeout(timer);
        this.timers.delete(uri);
        this.due.delete(uri);
        this.openUris.delete(canon);
        this.gcTuning.closed(canon);
        this.dirty.delete(canon);
        this.lints.delete(canon);
        if (!this.pull) void c.sendDiagnostics({ uri, diagnostics: [] });
        // back to the file on disk (or out of the index when it is not a lint target)
        const path = pathOf(canon);
        const project = path ? this.projectFor(canon) : undefined;
        const kind = path && project ? targetKind(path, project) : undefined;
        const before = this.index.get(canon);
        if (path && kind) {
          const file = readSourceFile(path, kind);
          file.uri = canon;
          if (!file.notAnalysed || !/cannot be read/.test(file.notAnalysed)) {
            this.setIndexed(file);
            return;
          }
        }
        if (this.index.delete(canon)) this.templatesChanged(before, undefined);
      }),
    );

    c.onDidChangeConfiguration(
      this.guard('didChangeConfiguration', undefined, async (p) => {
        if (!this.capabilities.workspace?.configuration) {
          const s = (p.settings as { walint?: WalintSettings } | undefined)?.walint;
          if (s) this.settings = { ...(this.initOptions.settings ?? {}), ...s };
        } else await this.loadSettings();
        this.lints.clear();
        this.revalidateOpen();
      }),
    );
    c.onDidChangeWatchedFiles(this.guard('didChangeWatchedFiles', undefined, (p) => this.onWatchedFiles(p.changes)));

    c.languages.diagnostics.on(
      this.guard('diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, (p, token) => {
        if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
        const uri = p.textDocument.uri;
        const canon = canonicalUri(uri);
        const doc = docs.get(uri);
        if (this.settings.run === 'onSave' && doc) {
          const cached = this.lints.get(canon);
          if (cached) return { kind: DocumentDiagnosticReportKind.Full, items: cached.diagnostics };
        }
        const entry = this.lintOpen(uri);
        if (!entry) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const resultId = `${entry.version}:${entry.serial}`;
        if (p.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
        this.status.request();
        return { kind: DocumentDiagnosticReportKind.Full, resultId, items: entry.diagnostics };
      }),
    );

    c.onHover(
      this.guard('hover', null, (p) => {
        const entry = this.lintOpen(p.textDocument.uri);
        const file = entry?.file ?? this.fileFor(p.textDocument.uri);
        if (!file || (!file.flow && !file.templates)) return null;
        const config = this.configFor(file.uri);
        const h = hover(file, entry?.findings ?? [], this.offsetOf(file, p.position), {
          index: this.index,
          facts: config.facts,
          locale: this.locale,
          mask: this.mask,
          timeSinceUser: (f, id) => this.timeSinceUser(f, id, config),
        });
        if (!h) return null;
        const lines = file.yaml.lines;
        return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: { start: lines.positionAt(h.range.start), end: lines.positionAt(h.range.end) } };
      }),
    );

    c.onCodeAction(
      this.guard('codeAction', [], (p) => {
        const entry = this.lintOpen(p.textDocument.uri);
        if (!entry || !entry.findings.length) return [];
        return codeActions({ ...entry.file, uri: p.textDocument.uri }, entry.findings, p.range, p.context, this.locale);
      }),
    );

    c.onDefinition(
      this.guard('definition', [], (p) => {
        const file = this.fileFor(p.textDocument.uri);
        if (!file) return [];
        return definition(file, this.offsetOf(file, p.position), this.index).map((l) => ({ ...l, uri: this.clientUri(l.uri) }));
      }),
    );
    c.onReferences(
      this.guard('references', [], (p) => {
        const file = this.fileFor(p.textDocument.uri);
        if (!file) return [];
        return references(file, this.offsetOf(file, p.position), this.index, p.context.includeDeclaration).map((l) => ({ ...l, uri: this.clientUri(l.uri) }));
      }),
    );
    c.onPrepareRename(
      this.guard('prepareRename', null, (p) => {
        const file = this.fileFor(p.textDocument.uri);
        return file ? prepareRename(file, this.offsetOf(file, p.position)) ?? null : null;
      }),
    );
    c.onRenameRequest(
      this.guard('rename', null, (p) => {
        const file = this.fileFor(p.textDocument.uri);
        if (!file) return null;
        const r = rename(file, this.offsetOf(file, p.position), p.newName, this.index, this.locale);
        if (!r) return null;
        if ('error' in r) throw new ResponseError(-32602, r.error);
        const changes: Record<string, NonNullable<typeof r.edit.changes>[string]> = {};
        for (const [u, edits] of Object.entries(r.edit.changes ?? {})) changes[this.clientUri(u)] = edits;
        return { changes };
      }),
    );
    c.onDocumentSymbol(
      this.guard('documentSymbol', [], (p) => {
        const file = this.fileFor(p.textDocument.uri);
        return file ? documentSymbols(file) : [];
      }),
    );
    c.onFoldingRanges(
      this.guard('foldingRange', [], (p) => {
        const file = this.fileFor(p.textDocument.uri);
        return file ? foldingRanges(file) : [];
      }),
    );
    c.onCompletion(
      this.guard('completion', [], (p) => {
        const file = this.fileFor(p.textDocument.uri);
        if (!file || (file.kind !== 'flow' && file.kind !== 'templates')) return [];
        return completions(file, p.position, { index: this.index, locale: this.locale });
      }),
    );
    c.onCodeLens(
      this.guard('codeLens', [], (p) => {
        const file = this.fileFor(p.textDocument.uri);
        return file ? codeLenses({ ...file, uri: p.textDocument.uri }, this.locale) : [];
      }),
    );
    c.onExecuteCommand(
      this.guard('executeCommand', null, async (p) => {
        const arg = p.arguments?.[0];
        if (p.command === Commands.openDocs && typeof arg === 'string') {
          if (this.capabilities.window?.showDocument?.support) await c.window.showDocument({ uri: arg, external: true });
          else c.window.showInformationMessage(arg);
          return null;
        }
        if (p.command === Commands.previewTimeline && typeof arg === 'string') return this.timeline({ uri: arg });
        return null;
      }),
    );

    c.onRequest(TimelineRequest.method, this.guard('timeline', null, (p: TimelineRequest.Params) => this.timeline(p)));
    c.onRequest(RuleDocsRequest.method, this.guard('ruleDocs', null, (p: RuleDocsRequest.Params) => this.ruleDocs(p)));
    c.onRequest(ServerInfoRequest.method, this.guard('serverInfo', null, (): ServerInfoRequest.Result => {
      const m = process.memoryUsage();
      return { version: SERVER_VERSION, openDocuments: this.openUris.size, indexedFiles: this.index.size, memory: { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external } };
    }));
    c.onRequest(CheckWorkspaceRequest.method, this.guard('checkWorkspace', null, (p: CheckWorkspaceRequest.Params | undefined) => this.checkWorkspace(p ?? {})));

    docs.listen(c);
    if (!attached) c.listen();
  }

  // ------------------------------------------------------------------ custom requests

  private timeSinceUser(file: SourceFile, id: string, config: ResolvedConfig): string | undefined {
    if (!file.flow) return undefined;
    let analysis = this.windows.get(file);
    if (!analysis) {
      analysis = analyzeWindow(file.flow, config.facts);
      this.windows.set(file, analysis);
    }
    const t = analysis.timing.get(id);
    if (!t) return undefined;
    if (Number.isFinite(t.sinceUser)) return formatDuration(t.sinceUser);
    const fr = this.locale === 'fr';
    if (t.reason === 'noUserMessage') return fr ? 'aucun message de l\'utilisateur encore (fenêtre fermée)' : 'no user message yet (window closed)';
    return fr ? 'sans limite (boucle sans réponse de l\'utilisateur)' : 'unbounded (a loop with no user answer)';
  }

  private timeline(p: TimelineRequest.Params): TimelineRequest.Result {
    const file = this.fileFor(p.uri);
    if (!file?.flow) throw new ResponseError(-32602, this.locale === 'fr' ? `${p.uri} n'est pas un flow walint.` : `${p.uri} is not a walint flow.`);
    const config = this.configFor(file.uri);
    const timeline = buildTimeline(file.flow, this.index, {
      facts: config.facts,
      path: p.path,
      userReplyDelays: validDurations(p.userReplyDelays),
      waitOverrides: validDurations(p.waitOverrides),
      locale: this.locale,
    });
    const html = p.html ? renderTimelineHtml(timeline, { nonce: p.nonce ?? randomBytes(16).toString('base64') }) : undefined;
    return { uri: p.uri, timeline, html };
  }

  private ruleDocs(p: RuleDocsRequest.Params): RuleDocsRequest.Result {
    const rule = ruleById(p.rule);
    if (!rule) throw new ResponseError(-32602, `Unknown rule "${p.rule}".`);
    const locale = p.locale ? resolveLocale(p.locale) : this.locale;
    const m = rule.meta;
    return {
      id: m.id,
      title: m.title[locale],
      explanation: m.explanation[locale],
      source: m.source,
      docsUrl: docsUrl(m.id),
      severity: m.severity,
      fix: m.fix,
      markdown: ruleMarkdown(m.id, locale) ?? '',
    };
  }

  private async checkWorkspace(p: CheckWorkspaceRequest.Params): Promise<CheckWorkspaceRequest.Result> {
    await this.whenIndexed();
    for (const doc of this.documents.all()) this.fileFor(doc.uri);
    const results: CheckWorkspaceRequest.FileResult[] = [];
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    let n = 0;
    for (const file of [...this.index.all()]) {
      if (!file.flow && !file.templates && !file.notAnalysed) continue;
      if (++n % 25 === 0) await tick();
      const findings = lintFile(file, { workspace: this.index, config: this.configFor(file.uri), locale: this.locale });
      const counts = countBySeverity(findings);
      errors += counts.errors;
      warnings += counts.warnings;
      infos += counts.infos;
      const uri = this.clientUri(file.uri);
      results.push({
        uri,
        findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, message: this.mask(f.message), line: f.start.line, character: f.start.character, endLine: f.end.line, endCharacter: f.end.character })),
      });
      if (p.publish && !this.pull && !this.openUris.has(file.uri)) {
        void this.connection.sendDiagnostics({ uri, diagnostics: findings.map((f) => toDiagnostic(f, { mask: this.mask, relatedInformation: false })) });
      }
    }
    return { files: n, errors, warnings, infos, results };
  }
}

/** Wire walint to a connection and start listening. */
/**
 * Attach the engine to a connection whose `initialize` was answered already (the
 * client has sent `initialized`, before any other message, as the protocol requires).
 */
export function attachSession(connection: Connection, params: InitializeParams): WalintSession {
  const session = new WalintSession(connection);
  session.initialize(params);
  session.listen(true);
  watchUncaught(connection);
  void session.initialized();
  return session;
}

export function startServer(connection: Connection): WalintSession {
  const session = new WalintSession(connection);
  session.listen();
  watchUncaught(connection);
  return session;
}

function watchUncaught(connection: Connection): void {
  process.on('uncaughtException', (e) => {
    try {
      connection.console.error(`[walint] uncaught: ${e.stack ?? e}`);
    } catch {
      // nothing left to tell
    }
  });
}


/** The template names a file defines. */
function templateNames(file: SourceFile | undefined): Set<string> {
  const names = new Set<string>();
  for (const t of file?.templates?.templates ?? []) if (t.name) names.add(t.name);
  return names;
}

/** Durations from a client: only `step -> number | string` entries are kept. */
function validDurations(value: unknown): Record<string, number | string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) if (typeof v === 'number' || typeof v === 'string') out[k] = v;
  return out;
}
