/** Workspace files shared by the LSP tests. */

export const FLOW = `flow: order_support
language: fr
trigger: user
escalation:
  - type: agent
    step: agent
steps:
  welcome:
    say: Bonjour, que puis-je faire ?
    buttons:
      - { title: Ma commande, next: ask_order }
      - { title: Conseiller, next: agent }
  ask_order:
    ask: Quel est votre numéro de commande ?
    save: order_id
    next: dnoe
  notify:
    template: order_update
    next: done
  agent:
    handoff: agent
    say: Je vous passe un conseiller.
  # walint-disable-next-line flow/dead-end
  done:
    end: true
`;

export const TEMPLATES = `templates:
  - name: order_update
    language: fr
    category: UTILITY
    components:
      - type: BODY
        text: "Bonjour {{1}}, votre commande {{2}} est en route."
        example:
          body_text: [["Marie", "A-1042"]]
`;

export const OTHER_FLOW = `flow: reminder
language: fr
trigger: user
steps:
  start:
    template: order_update
    end: true
`;
