import { defineRule } from '../types';
import { findSensitiveNumbers } from '../../util/luhn';
import { scalarSites } from './texts';

export default defineRule({
  meta: {
    id: 'data/card-number',
    severity: 'error',
    appliesTo: ['flow', 'templates'],
    title: { en: 'A real-looking card number or IBAN written in the file', fr: 'Un numéro de carte ou un IBAN plausible écrit dans le fichier' },
    explanation: {
      en: 'The text holds a number that passes the card checksum (Luhn, 13 to 19 digits) or a valid IBAN (mod-97). WhatsApp\'s policy forbids sharing full card and bank account numbers in chats, template examples are read by Meta\'s reviewers, and a file in a repository is seen by everyone who can read it. Use a masked value (first 6 and last 4 digits kept) or a placeholder; walint can mask it for you.',
      fr: 'Le texte contient un nombre qui passe le contrôle des cartes (Luhn, 13 à 19 chiffres) ou un IBAN valide (mod 97). La politique WhatsApp interdit de partager des numéros de carte ou de compte complets dans une conversation, les exemples de template sont lus par les équipes de Meta, et un fichier dans un dépôt est lu par tous ceux qui y ont accès. Utilisez une valeur masquée (6 premiers et 4 derniers chiffres gardés) ou un paramètre ; walint peut la masquer pour vous.',
    },
    source: 'https://business.whatsapp.com/policy',
    messages: {
      card: { en: 'This text holds a full card number ({masked}). Mask it or replace it with a placeholder.', fr: 'Ce texte contient un numéro de carte complet ({masked}). Masquez-le ou remplacez-le par un paramètre.' },
      iban: { en: 'This text holds a full IBAN ({masked}). Mask it or replace it with a placeholder.', fr: 'Ce texte contient un IBAN complet ({masked}). Masquez-le ou remplacez-le par un paramètre.' },
    },
    fix: 'safe',
    fixTitles: { mask: { en: 'Mask the number ({masked})', fr: 'Masquer le numéro ({masked})' } },
  },
  check(ctx) {
    for (const site of scalarSites(ctx.file.yaml)) {
      // numbers written as YAML integers are scanned too: their source is the number
      for (const n of findSensitiveNumbers(site.source)) {
        const start = site.start + n.start;
        const end = site.start + n.end;
        ctx.report({
          messageId: n.kind,
          data: { masked: n.masked },
          range: { start, end },
          // masking keeps every separator and the length: the text stays the same shape
          fix: () => ({ title: 'mask', titleData: { masked: n.masked }, edits: [{ start, end, newText: n.masked }] }),
        });
      }
    }
  },
});
