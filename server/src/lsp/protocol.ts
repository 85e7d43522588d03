/**
 * walint's custom LSP messages, declared once for the server and the client.
 *
 * No runtime import on purpose: the client (vscode-languageclient) and the
 * server (vscode-languageserver) ship different copies of vscode-jsonrpc, and
 * both accept a method name. Each namespace gives the method and the types:
 *
 *   server: connection.onRequest(TimelineRequest.method, (p: TimelineRequest.Params) => ...)
 *   client: client.sendRequest<TimelineRequest.Result>(TimelineRequest.method, params)
 */

/** Commands the server knows. */
export const Commands = {
  /** Open a rule's documentation. Argument: the URL. Any LSP client can run it (the server asks the client to show the URL). */
  openDocs: 'walint.openDocs',
  /** Client command: open the timeline preview of a flow. Argument: the flow's URI. */
  previewTimeline: 'walint.previewTimeline',
} as const;

/** The code action kind of walint's fix-all. */
export const FIX_ALL_KIND = 'source.fixAll.walint';

/** Settings under `walint.*` (client settings; walint.config.yaml wins over them). */
export interface WalintSettings {
  enable?: boolean;
  /** Check while typing or only on save. */
  run?: 'onType' | 'onSave';
  debounceMs?: number;
  /** `auto` (default) follows the editor's language. */
  locale?: 'auto' | 'en' | 'fr';
  /** Severity per rule id or group (`category/*`), below the config file's. */
  rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  trace?: { server?: 'off' | 'messages' | 'verbose' };
}

/** What a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  locale?: string;
  settings?: WalintSettings;
  /**
   * Commands the client registers itself (e.g. the VS Code client opens docs and
   * the timeline on its side). The server does not advertise these in
   * `executeCommandProvider`, so vscode-languageclient does not register them twice.
   */
  clientCommands?: string[];
  /** Upper bound of files indexed from disk at startup (default 5000). */
  maxIndexedFiles?: number;
}

export namespace TimelineRequest {
  export const method = 'walint/timeline';
  export interface Params {
    uri: string;
    /** Choices along the path (step id -> button title / branch), as the timeline engine takes them. */
    path?: Record<string, string>;
    /** How long the user takes to answer at a step (step id -> duration such as `30m`, or seconds). */
    userReplyDelays?: Record<string, number | string>;
    /** Override a step's `wait:` or timeout duration (step id -> duration, or seconds). */
    waitOverrides?: Record<string, number | string>;
    /** Render HTML too (a standalone page with a strict CSP; webviews may render the model themselves). */
    html?: boolean;
    /** Nonce for the page's style and script (default: a random one). */
    nonce?: string;
  }
  export interface Result {
    uri: string;
    /** The model returned by the timeline engine (buildTimeline). */
    timeline: unknown;
    html?: string;
  }
}

export namespace RuleDocsRequest {
  export const method = 'walint/ruleDocs';
  export interface Params {
    rule: string;
    locale?: string;
  }
  export interface Result {
    id: string;
    title: string;
    explanation: string;
    source: string;
    docsUrl: string;
    severity: 'error' | 'warning' | 'info';
    fix: 'none' | 'safe' | 'suggestion';
    /** Title, explanation, source and link as one Markdown text. */
    markdown: string;
  }
}

export namespace CheckWorkspaceRequest {
  export const method = 'walint/checkWorkspace';
  export interface Params {
    /** Publish the findings of files that are not open too (push clients). Default false. */
    publish?: boolean;
  }
  export interface FileResult {
    uri: string;
    findings: { rule: string; severity: 'error' | 'warning' | 'info'; message: string; line: number; character: number; endLine: number; endCharacter: number }[];
  }
  export interface Result {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
    results: FileResult[];
  }
}

/** Troubleshooting and benchmarks: what the server holds and the memory it uses. */
export namespace ServerInfoRequest {
  export const method = 'walint/serverInfo';
  export interface Result {
    version: string;
    openDocuments: number;
    indexedFiles: number;
    /** process.memoryUsage() in bytes. */
    memory: { rss: number; heapUsed: number; heapTotal: number; external: number };
  }
}

export namespace StatusNotification {
  export const method = 'walint/status';
  export interface Params {
    state: 'starting' | 'indexing' | 'ready' | 'error';
    /** Files in the workspace index. */
    files: number;
    /** Counts over the open documents' last diagnostics. */
    errors: number;
    warnings: number;
    infos: number;
    /** Path of the walint.config.yaml in use, when there is one. */
    config?: string;
    message?: string;
  }
}
