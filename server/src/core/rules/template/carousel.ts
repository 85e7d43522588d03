import type { ComponentModel } from '../../model/template';
import { charLength } from '../../util/strings';
import { defineRule } from '../types';
import { buttonsOf, category, componentsOf, formatOf, str } from './util';

const CARD_BUTTONS = ['QUICK_REPLY', 'URL', 'PHONE_NUMBER'];

/** What must be identical across cards: component types, header format, button types. */
function signature(components: ComponentModel[]): string {
  return components
    .map((c) => `${c.type}${c.type === 'HEADER' ? ':' + (formatOf(c) ?? '') : ''}${c.type === 'BUTTONS' ? ':' + buttonsOf(c).map((b) => b.type).join(',') : ''}`)
    .join('|');
}

export default defineRule({
  meta: {
    id: 'template/carousel',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'Media card carousels follow Meta\'s card rules', fr: 'Les carrousels de cartes suivent les règles de Meta' },
    explanation: {
      en: 'A media card carousel is a MARKETING template with 2 to 10 cards. Every card has the same structure: an IMAGE or VIDEO header, the same components and the same button types; a card body has at most 160 characters; a card has at most 2 buttons, of type QUICK_REPLY, URL or PHONE_NUMBER. Meta refuses other carousels at creation. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates',
      fr: 'Un carrousel de cartes est un template MARKETING de 2 à 10 cartes. Toutes les cartes ont la même structure : un en-tête IMAGE ou VIDEO, les mêmes composants et les mêmes types de boutons ; le corps d\'une carte fait au plus 160 caractères ; une carte a au plus 2 boutons, de type QUICK_REPLY, URL ou PHONE_NUMBER. Meta refuse les autres carrousels à la création. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates',
    messages: {
      category: { en: 'Carousels are only for MARKETING templates, not {category}.', fr: 'Les carrousels sont réservés aux templates MARKETING, pas {category}.' },
      cardCount: { en: 'The carousel has {count} card(s); Meta requires {min} to {max}.', fr: 'Le carrousel a {count} carte(s) ; Meta en demande de {min} à {max}.' },
      header: { en: 'Each card needs a header of format IMAGE or VIDEO{found}.', fr: 'Chaque carte a besoin d\'un en-tête au format IMAGE ou VIDEO{found}.' },
      uniform: { en: 'Card {index} does not have the same structure as card 1 (components, header format and button types must match). Align it.', fr: 'La carte {index} n\'a pas la même structure que la carte 1 (composants, format d\'en-tête et types de boutons doivent être identiques). Alignez-la.' },
      cardBody: { en: 'The card body has {length} characters; Meta allows at most {max}. Shorten it.', fr: 'Le corps de la carte fait {length} caractères ; Meta en permet au plus {max}. Raccourcissez-le.' },
      cardButtons: { en: 'A card has at most 2 buttons; remove this one.', fr: 'Une carte a au plus 2 boutons ; supprimez celui-ci.' },
      cardButtonType: { en: '{type} buttons are not allowed on carousel cards; use QUICK_REPLY, URL or PHONE_NUMBER.', fr: 'Les boutons {type} ne sont pas permis sur les cartes d\'un carrousel ; utilisez QUICK_REPLY, URL ou PHONE_NUMBER.' },
    },
    fix: 'none',
  },
  check(ctx) {
    const max = ctx.facts.templateCarouselCardsMax;
    for (const t of ctx.templates) {
      for (const c of componentsOf(t, 'CAROUSEL')) {
        const cat = category(t);
        if (cat && cat !== 'MARKETING') ctx.report({ messageId: 'category', data: { category: cat }, path: [...c.path, 'type'], target: 'value' });
        const cards = c.cards ?? [];
        if (cards.length < 2 || cards.length > max) ctx.report({ messageId: 'cardCount', data: { count: cards.length, min: 2, max }, path: [...c.path, 'cards'], target: 'key' });
        const first = cards[0] ? signature(cards[0].components) : '';
        cards.forEach((card, i) => {
          const header = card.components.find((x) => x.type === 'HEADER');
          const format = header && formatOf(header);
          if (format !== 'IMAGE' && format !== 'VIDEO') ctx.report({ messageId: 'header', data: { found: format ? ` (${format})` : '' }, path: header ? [...header.path, 'format'] : card.path, target: header ? 'value' : 'line' });
          if (i > 0 && signature(card.components) !== first) ctx.report({ messageId: 'uniform', data: { index: i + 1 }, path: card.path, target: 'line' });
          for (const body of card.components.filter((x) => x.type === 'BODY')) {
            const text = str(body.raw.text);
            if (text !== undefined && charLength(text) > ctx.facts.templateCardBodyMax) ctx.report({ messageId: 'cardBody', data: { length: charLength(text), max: ctx.facts.templateCardBodyMax }, path: [...body.path, 'text'], target: 'value' });
          }
          for (const block of card.components.filter((x) => x.type === 'BUTTONS')) {
            const buttons = buttonsOf(block);
            buttons.slice(2).forEach((b) => ctx.report({ messageId: 'cardButtons', path: b.path, target: 'line' }));
            for (const b of buttons) if (!CARD_BUTTONS.includes(b.type)) ctx.report({ messageId: 'cardButtonType', data: { type: b.type }, path: [...b.path, 'type'], target: 'value' });
          }
        });
      }
    }
  },
});
