import { YamlFile } from './parse/yamlFile';
import { buildFlowModel, type FlowModel } from './model/flowModel';
import { buildTemplateFile, looksLikeTemplateData, type TemplateFileModel } from './model/template';

export type FileKind = 'flow' | 'templates' | 'config' | 'unknown';

/** Files larger than this are not analysed (a finding says so): parsing 2 MB of YAML takes about 2 s here, the most an editor should ever wait. A 50,000-line flow is 1.3 MB. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** One analysed file: text, YAML tree with ranges, typed model. Immutable. */
export interface SourceFile {
  /** The caller's name for the file: a path (CLI) or a URI (server). */
  uri: string;
  text: string;
  version?: number;
  kind: FileKind;
  yaml: YamlFile;
  flow?: FlowModel;
  templates?: TemplateFileModel;
  /** Set when the file was not analysed at all (too large, binary...). */
  notAnalysed?: string;
}

const FLOW_NAME_RE = /\.flows?\.(ya?ml|json)$/i;
const TEMPLATE_NAME_RE = /\.templates?\.(ya?ml|json)$/i;
const CONFIG_NAME_RE = /(^|[\\/])walint\.config\.ya?ml$/i;

/** Kind from the file name alone, when the name says it. */
export function kindFromName(uri: string): FileKind | undefined {
  const name = uri.replace(/[?#].*$/, '');
  if (CONFIG_NAME_RE.test(name)) return 'config';
  if (FLOW_NAME_RE.test(name)) return 'flow';
  if (TEMPLATE_NAME_RE.test(name)) return 'templates';
  return undefined;
}

/** Kind from the content, for files configured by glob or given explicitly. */
export function kindFromData(data: unknown): FileKind {
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const d = data as Record<string, unknown>;
    if ('flow' in d || ('steps' in d && !('components' in d))) return 'flow';
    if (looksLikeTemplateData(d)) return 'templates';
  }
  return 'unknown';
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let ctrl = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) ctrl++;
  }
  return sample.length > 0 && ctrl / sample.length > 0.1;
}

/** Parse and model one file. Never throws. */
export interface AnalyzeOptions {
  kind?: FileKind;
  version?: number;
  /** The previous version of this document: unchanged parts of a large file are reused. */
  previous?: SourceFile;
  /** Force (true) or forbid (false) segmented parsing; default: by size. For tests and benchmarks. */
  segmented?: boolean;
}

export function analyzeFile(uri: string, text: string, options: AnalyzeOptions = {}): SourceFile {
  if (text.length > MAX_FILE_BYTES || looksBinary(text)) {
    const reason = text.length > MAX_FILE_BYTES ? `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` : 'the file looks binary, not YAML or JSON';
    return { uri, text, version: options.version, kind: options.kind ?? kindFromName(uri) ?? 'unknown', yaml: new YamlFile(''), notAnalysed: reason };
  }
  const yaml = new YamlFile(text, options.previous?.yaml, { segmented: options.segmented });
  const kind = options.kind ?? kindFromName(uri) ?? kindFromData(yaml.data);
  const file: SourceFile = { uri, text, version: options.version, kind, yaml };
  if (kind === 'flow') file.flow = buildFlowModel(yaml.data ?? {}, { reusable: yaml.segmented });
  else if (kind === 'templates') file.templates = buildTemplateFile(yaml.data ?? {});
  return file;
}
