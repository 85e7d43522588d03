import { format } from '../../i18n';
import { defineRule } from '../types';
import { findProhibitedSales, flowUnits, templateUnit, type Unit } from './shared';

export default defineRule({
  meta: {
    id: 'commerce/prohibited-goods',
    severity: 'warning',
    appliesTo: ['flow', 'templates'],
    title: { en: 'Selling goods WhatsApp\'s Commerce Policy forbids', fr: 'Vente de produits interdits par la Commerce Policy de WhatsApp' },
    explanation: {
      en: 'WhatsApp\'s Commerce Policy lists goods that may not be bought or sold through WhatsApp: prescription and over-the-counter drugs, recreational drugs, tobacco and e-cigarettes, alcohol, weapons, ammunition and explosives, live animals, adult products, medical devices, real-money gambling, real, virtual or fake currency (crypto, binary options), payday loans, peer-to-peer lending and bail bonds, among others. Meta\'s template review also requires transactions to comply with it, and a business that breaks it can lose access to the platform. Messaging about services stays allowed: a pharmacy may book appointments, tests or vaccinations and say a prescription is ready at the counter, but not take orders, prices, payment or delivery for medicines. walint flags a message that names such goods together with a sale (buy, order, cart, price, payment, delivery); set `vertical:` in walint.config.yaml to also check the ambiguous words of your trade.',
      fr: 'La Commerce Policy de WhatsApp liste les produits qu\'on ne peut ni acheter ni vendre via WhatsApp : médicaments sur ordonnance ou non, drogues, tabac et cigarettes électroniques, alcool, armes, munitions et explosifs, animaux vivants, produits pour adultes, dispositifs médicaux, jeux d\'argent, monnaie réelle, virtuelle ou fausse (crypto, options binaires), prêts sur salaire, prêts entre particuliers et cautions pénales, entre autres. L\'examen des templates par Meta exige aussi que les transactions la respectent, et une entreprise qui l\'enfreint peut perdre l\'accès à la plateforme. Parler de services reste permis : une pharmacie peut prendre des rendez-vous, des tests ou des vaccinations et prévenir qu\'une ordonnance est prête au comptoir, mais pas prendre de commande, afficher de prix, encaisser ni livrer des médicaments. walint signale un message qui nomme ces produits avec une vente (acheter, commander, panier, prix, paiement, livraison) ; indiquez `vertical:` dans walint.config.yaml pour vérifier aussi les mots ambigus de votre métier.',
    },
    source: 'https://business.whatsapp.com/policy',
    messages: {
      sale: {
        en: '{where} offers {goods} for sale ("{term}" with "{signal}"). WhatsApp\'s Commerce Policy forbids selling them on WhatsApp: remove the order, price, payment or delivery part; information and services (appointments, tests) stay allowed.',
        fr: '{where} propose à la vente {goods} (« {term} » avec « {signal} »). La Commerce Policy de WhatsApp interdit de les vendre sur WhatsApp : retirez la commande, le prix, le paiement ou la livraison ; l\'information et les services (rendez-vous, tests) restent permis.',
      },
    },
    fix: 'none',
  },
  check(ctx) {
    const vertical = ctx.config.data.vertical;
    const units: readonly Unit[] = ctx.flow ? flowUnits(ctx.flow) : ctx.templates.map(templateUnit);
    for (const unit of units) {
      for (const hit of findProhibitedSales(unit, vertical)) {
        const where = ctx.locale === 'fr'
          ? `${unit.kind === 'step' ? 'L\'étape' : 'Le template'} « ${unit.name} »`
          : `${unit.kind === 'step' ? 'Step' : 'Template'} "${unit.name}"`;
        ctx.report({
          messageId: 'sale',
          data: { where, goods: format(hit.category.label, ctx.locale), term: hit.term, signal: hit.signal },
          path: hit.field.path,
          target: 'value',
        });
      }
    }
  },
});
