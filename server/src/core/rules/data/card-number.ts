import { defineRule } from '../types';
import { findSensitiveNumbers } from '../../util/luhn';

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
    // Numbers never span lines, so the file is scanned as it is written (keys and comments
    // included: a card number in a comment is still in the repository), in line-aligned
    // chunks. One pass of a native regex over the text is far cheaper than walking every
    // scalar of a 10,000-line flow on each keystroke.
    const text = ctx.file.text;
    const CHUNK = 64 * 1024;
    for (let from = 0; from < text.length; ) {
      let to = Math.min(text.length, from + CHUNK);
      if (to < text.length) {
        const nl = text.indexOf('\n', to);
        to = nl < 0 ? text.length : nl + 1;
      }
      const chunk = text.slice(from, to);
      if (/\d{4}|[A-Za-z]{2}\d\d/.test(chunk)) {
        for (const n of findSensitiveNumbers(chunk)) {
          const start = from + n.start;
          const end = from + n.end;
          ctx.report({
            messageId: n.kind,
            data: { masked: n.masked },
            range: { start, end },
            // masking keeps every separator and the length: the text stays the same shape
            fix: () => ({ title: 'mask', titleData: { masked: n.masked }, edits: [{ start, end, newText: n.masked }] }),
          });
        }
      }
      from = to;
    }
  },
});
