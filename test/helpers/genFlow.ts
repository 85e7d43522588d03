/**
 * Deterministic generator of large, realistic flows (benchmarks and property tests).
 * About 10 lines per step: messages, questions with timeouts, menus, waits,
 * template sends and handoffs, all linked so that every step is reachable.
 */
export function generateFlow(targetLines: number, seed = 1): string {
  let s = seed >>> 0;
  const rand = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const out: string[] = [
    'flow: generated_support',
    'description: Generated support bot for benchmarks',
    'language: fr',
    'trigger: user',
    'escalation:',
    '  - { type: agent, step: handoff }',
    '  - { type: phone, value: "+33 1 23 45 67 89" }',
    'global:',
    '  - match: [conseiller, agent, humain, human]',
    '    next: handoff',
    '  - match: [STOP, ARRET, unsubscribe]',
    '    next: opt_out',
    'steps:',
  ];
  const id = (i: number) => `step_${i}`;
  const budget = Math.max(out.length + 40, targetLines - 9);
  for (let i = 0; out.length < budget; i++) {
    const last = out.length + 12 >= budget;
    const next = last ? 'done' : id(i + 1);
    const kind = Math.floor(rand() * 6);
    out.push(`  ${id(i)}:`);
    switch (kind) {
      case 0:
        out.push(`    say: "Message ${i} : votre demande est en cours de traitement."`, `    next: ${next}`, '    # a comment that must survive fixes', `    description: Information step ${i}`);
        break;
      case 1:
        out.push(`    ask: "Question ${i} : quel est votre numéro de commande ?"`, '    expect: text', `    save: answer_${i}`, '    timeout: 2h', `    on_timeout: ${next}`, `    next: ${next}`);
        break;
      case 2:
        out.push(`    say: "Menu ${i} : que souhaitez-vous faire ?"`, '    buttons:', `      - { title: Continuer, next: ${next} }`, '      - { title: Un conseiller, next: handoff }', `      - { title: Terminer, next: done }`);
        break;
      case 3:
        out.push('    wait: 2h', `    next: ${next}`, `    description: Wait step ${i}`);
        break;
      case 4:
        out.push('    template: order_update', '    params: ["{{order_id}}"]', `    next: ${next}`);
        break;
      default:
        out.push(`    say: "Étape ${i} : merci pour votre patience."`, `    next: ${next}`);
    }
    out.push('');
    if (last) break;
  }
  out.push('  handoff:', '    handoff: agent', '    say: "Je vous mets en relation avec un conseiller."', '  opt_out:', '    opt_out: true', '    say: "C\'est noté, vous ne recevrez plus de messages."', '  done:', '    end: true', '');
  return out.join('\n');
}
