/** Workspace files shared by the window rule tables. */
export const TEMPLATES = `templates:
  - name: delivery_feedback
    language: fr
    category: UTILITY
    components:
      - type: BODY
        text: "Votre avis sur la livraison ?"
  - name: summer_promo
    language: fr
    category: MARKETING
    components:
      - type: BODY
        text: "-20 % cet été"
  - name: login_code
    language: fr
    category: AUTHENTICATION
    components:
      - type: BODY
        text: "{{1}} est votre code"
`;

export const files = { 'shop.templates.yaml': TEMPLATES };
