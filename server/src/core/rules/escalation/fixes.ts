import { isMap, isSeq } from 'yaml';
import type { TextEdit } from '../../findings';
import { appendToMap, appendToSeq, indentUnit, yamlScalar } from '../../fix/edits';
import type { FlowModel } from '../../model/flowModel';
import type { YamlFile } from '../../parse/yamlFile';
import { detectEol } from '../../text';
import { agentKeywords, agentTexts } from './channels';

/**
 * Edits that add an escalation path, keeping comments and formatting: a global
 * intent (before `steps:`, or at the end of an existing `global:` list), a
 * handoff step at the end of `steps:`, a reply button.
 */

/** A new global intent `match: [keywords] next: target`. */
export function addGlobalIntent(yaml: YamlFile, target: string, language: string): TextEdit | undefined {
  const match = `match: [${agentKeywords(language).join(', ')}]`;
  const existing = yaml.node(['global']);
  if (existing && isSeq(existing)) {
    if (existing.flow) return appendToSeq(yaml, ['global'], [`{ ${match}, next: ${yamlScalar(target)} }`]);
    return appendToSeq(yaml, ['global'], [match, `next: ${yamlScalar(target)}`]);
  }
  if (existing !== undefined || yaml.pair(['global'])) return undefined; // `global:` with an odd value: leave it to the author
  const stepsPair = yaml.pair(['steps']);
  const key = stepsPair?.key as { range?: [number, number, number] } | undefined;
  const root = yaml.root;
  if (!key?.range || !root || !isMap(root) || root.flow) return undefined;
  const eol = detectEol(yaml.text);
  const unit = indentUnit(yaml);
  const lineStart = yaml.lines.lineStart(yaml.lines.positionAt(key.range[0]).line);
  if (lineStart !== key.range[0]) return undefined; // `steps:` is not at the start of its line
  const text = ['global:', `${unit}- ${match}`, `${unit}  next: ${yamlScalar(target)}`].join(eol) + eol;
  return { start: lineStart, end: lineStart, newText: text };
}

/** A new step `id: { handoff: agent, say: ... }` at the end of `steps:`. */
export function addHandoffStep(yaml: YamlFile, id: string, language: string): TextEdit | undefined {
  const unit = indentUnit(yaml);
  const node = yaml.node(['steps']);
  if (!node || !isMap(node)) return undefined;
  if (node.flow) return appendToMap(yaml, ['steps'], [`${id}: { handoff: agent, say: ${JSON.stringify(agentTexts(language).say)} }`]);
  return appendToMap(yaml, ['steps'], [`${id}:`, `${unit}handoff: agent`, `${unit}say: ${yamlScalar(agentTexts(language).say)}`]);
}

/** A reply button to `target` on `step`, when it has buttons and room for one more. */
export function addAgentButton(yaml: YamlFile, flow: FlowModel, step: string, target: string, language: string, max: number): TextEdit | undefined {
  const s = flow.steps.get(step);
  if (!s?.buttons || s.buttons.length >= max) return undefined;
  return appendToSeq(yaml, ['steps', step, 'buttons'], [`{ title: ${yamlScalar(agentTexts(language).button)}, next: ${yamlScalar(target)} }`]);
}

/** A step id not used yet: `handoff`, else `agent_handoff`, `agent_handoff_2`... */
export function freshStepId(flow: FlowModel): string {
  for (const c of ['handoff', 'agent_handoff']) if (!flow.steps.has(c)) return c;
  let i = 2;
  while (flow.steps.has(`agent_handoff_${i}`)) i++;
  return `agent_handoff_${i}`;
}
