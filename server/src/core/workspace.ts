import type { SourceFile } from './document';
import type { FlowModel } from './model/flowModel';
import type { TemplateModel } from './model/template';

export interface TemplateEntry {
  uri: string;
  template: TemplateModel;
}

/**
 * The workspace index: templates by name (+ language) and flows, across files.
 * Updated file by file; lookups are map reads.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, SourceFile>();
  private readonly byName = new Map<string, TemplateEntry[]>();

  get size(): number {
    return this.files.size;
  }

  get(uri: string): SourceFile | undefined {
    return this.files.get(uri);
  }

  all(): IterableIterator<SourceFile> {
    return this.files.values();
  }

  /** Add or replace a file. Returns true when the templates it defines changed. */
  set(file: SourceFile): boolean {
    const before = this.files.get(file.uri);
    const changed = templateSignature(before) !== templateSignature(file);
    if (before) this.unindex(before);
    this.files.set(file.uri, file);
    this.index(file);
    return changed;
  }

  delete(uri: string): boolean {
    const before = this.files.get(uri);
    if (!before) return false;
    this.unindex(before);
    this.files.delete(uri);
    return !!before.templates?.templates.length;
  }

  private index(file: SourceFile): void {
    for (const t of file.templates?.templates ?? []) {
      if (!t.name) continue;
      const list = this.byName.get(t.name) ?? [];
      list.push({ uri: file.uri, template: t });
      this.byName.set(t.name, list);
    }
  }

  private unindex(file: SourceFile): void {
    for (const t of file.templates?.templates ?? []) {
      const list = this.byName.get(t.name);
      if (!list) continue;
      const rest = list.filter((e) => e.uri !== file.uri);
      if (rest.length) this.byName.set(t.name, rest);
      else this.byName.delete(t.name);
    }
  }

  /** All language variants of a template name. */
  templates(name: string): TemplateEntry[] {
    return this.byName.get(name) ?? [];
  }

  /** The variant for a language (exact code, else same base language: `fr` ~ `fr_FR`). */
  findTemplate(name: string, language?: string): TemplateEntry | undefined {
    const list = this.byName.get(name);
    if (!list?.length) return undefined;
    if (!language) return list[0];
    const exact = list.find((e) => e.template.language === language);
    if (exact) return exact;
    const base = language.split(/[-_]/)[0].toLowerCase();
    return list.find((e) => e.template.language.split(/[-_]/)[0].toLowerCase() === base);
  }

  templateNames(): IterableIterator<string> {
    return this.byName.keys();
  }

  flows(): { uri: string; flow: FlowModel }[] {
    const out: { uri: string; flow: FlowModel }[] = [];
    for (const f of this.files.values()) if (f.flow) out.push({ uri: f.uri, flow: f.flow });
    return out;
  }

  /** Flow files that send one of these template names (to re-check when templates change). */
  flowsUsing(names: Set<string>): string[] {
    const out: string[] = [];
    for (const f of this.files.values()) {
      if (!f.flow) continue;
      for (const step of f.flow.steps.values()) {
        if (step.template && names.has(step.template)) {
          out.push(f.uri);
          break;
        }
      }
    }
    return out;
  }
}

/** What other files can observe of a file's templates: names, languages, parameters. */
export function templateSignature(file: SourceFile | undefined): string {
  if (!file?.templates) return '';
  return file.templates.templates
    .map((t) => `${t.name}\u0001${t.language}\u0001${t.category ?? ''}\u0001${t.status ?? ''}\u0001${t.components.map((c) => `${c.type}:${c.format ?? ''}:${c.text ?? ''}:${(c.buttons ?? []).map((b) => b.type + (b.url ?? '')).join(',')}`).join('|')}`)
    .join('\n');
}
