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
  /** Template name -> the flow files that send it (whether or not a file defines it). */
  private readonly senders = new Map<string, Set<string>>();

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
    for (const name of sentTemplates(file)) {
      let flows = this.senders.get(name);
      if (!flows) this.senders.set(name, (flows = new Set()));
      flows.add(file.uri);
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
    for (const name of sentTemplates(file)) {
      const flows = this.senders.get(name);
      if (!flows) continue;
      flows.delete(file.uri);
      if (!flows.size) this.senders.delete(name);
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
  flowsUsing(names: Iterable<string>): string[] {
    const out = new Set<string>();
    for (const name of names) for (const uri of this.senders.get(name) ?? []) out.add(uri);
    return [...out];
  }

  /**
   * Flow files that send a template no file defines. Their findings name the nearest
   * existing templates, so they change whenever a template name appears or disappears.
   */
  flowsWithUnknownTemplates(): string[] {
    const out = new Set<string>();
    for (const [name, flows] of this.senders) if (!this.byName.has(name)) for (const uri of flows) out.add(uri);
    return [...out];
  }
}

/** The template names a flow file sends (`template:` of its steps). */
function sentTemplates(file: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const step of file.flow?.steps.values() ?? []) if (step.template) names.add(step.template);
  return names;
}

/** What other files can observe of a file's templates: names, languages, parameters. */
export function templateSignature(file: SourceFile | undefined): string {
  if (!file?.templates) return '';
  return file.templates.templates
    .map((t) => `${t.name}\u0001${t.language}\u0001${t.category ?? ''}\u0001${t.status ?? ''}\u0001${t.components.map((c) => `${c.type}:${c.format ?? ''}:${c.text ?? ''}:${(c.buttons ?? []).map((b) => b.type + (b.url ?? '')).join(',')}`).join('|')}`)
    .join('\n');
}
