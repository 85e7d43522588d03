import { analyzeFile, WorkspaceIndex } from '../../server/src/core';
import { DEFAULT_FACTS } from '../../server/src/core/facts';
import { buildTimeline } from '../../server/src/core/timeline/engine';

/** A flow and a template whose texts try to inject markup into the timeline. */
export const HOSTILE_TEMPLATES = `templates:
  - name: evil_promo
    language: en
    category: MARKETING
    components:
      - type: BODY
        text: "<script>window.__pwned = 1</script><img src=x onerror=\\"window.__imgFired = 1\\"> pay with 4111 1111 1111 1111"
`;

export const HOSTILE_FLOW = `flow: hostile
language: en
steps:
  "hi":
    say: "Hello </title><script>window.__pwned = 2</script> \\" onmouseover=\\"x"
    buttons:
      - { title: "<b>Promo</b>", next: promo }
      - { title: "Later", next: later }
  promo:
    template: evil_promo
    next: later
  later:
    wait: 30h
    next: bye
  bye:
    say: "Bye <img src=x onerror=alert(1)>"
    end: true
`;

export function hostileModel(locale: 'en' | 'fr' = 'en') {
  const ws = new WorkspaceIndex();
  ws.set(analyzeFile('evil.templates.yaml', HOSTILE_TEMPLATES));
  const file = analyzeFile('hostile.flow.yaml', HOSTILE_FLOW);
  ws.set(file);
  return buildTimeline(file.flow!, ws, { facts: DEFAULT_FACTS, path: [0], locale });
}

