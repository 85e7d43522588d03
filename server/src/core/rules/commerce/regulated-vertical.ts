import { PROHIBITED_VERTICALS, REGULATED_VERTICALS, VERTICAL_LABEL } from '../../data/commerce';
import { format } from '../../i18n';
import type { Path } from '../../parse/yamlFile';
import { fold } from '../../util/strings';
import { defineRule } from '../types';
import { flowUnits, paymentLink, templateUnit, type Unit } from './shared';

/** A backend action that takes money: `call: create_payment`, `call: { action: checkout }`. */
const PAYMENT_ACTION_RE = /(?:^|[^a-z])(?:pay|payment|payments|paiement|pago|pagamento|zahlung|checkout|charge|cart|panier|carrito|carrinho|warenkorb|carrello)(?:[^a-z]|$)/;

export default defineRule({
  meta: {
    id: 'commerce/regulated-vertical',
    severity: 'warning',
    appliesTo: ['flow', 'templates'],
    title: { en: 'Catalog or payment features in a vertical that may not sell on WhatsApp', fr: 'Catalogue ou paiement dans un secteur qui ne peut pas vendre sur WhatsApp' },
    explanation: {
      en: 'Businesses selling alcohol, over-the-counter medication or real-money gambling may send marketing and utility messages on WhatsApp, only in the countries Meta allows and only to adults, but they must never sell, transact or take payment there: no catalog, no product messages, no payment links. The same holds for pharmacies and healthcare providers for drugs and devices, and for businesses whose goods the Commerce Policy prohibits (tobacco, weapons, adult, crypto, lending...): they may message but not use commerce features. Using them risks losing access to the platform. This rule reads `vertical:` from walint.config.yaml and flags MPM, CATALOG and SPM buttons, PRODUCT headers, payment links and payment actions.',
      fr: 'Les entreprises qui vendent de l\'alcool, des médicaments sans ordonnance ou des jeux d\'argent peuvent envoyer des messages marketing et utilitaires sur WhatsApp, seulement dans les pays autorisés par Meta et seulement à des adultes, mais ne doivent jamais y vendre, y conclure de transaction ni y encaisser : pas de catalogue, pas de messages produits, pas de liens de paiement. Il en va de même pour les pharmacies et acteurs de santé pour les médicaments et dispositifs, et pour les entreprises dont les produits sont interdits par la Commerce Policy (tabac, armes, adulte, crypto, crédit...) : elles peuvent écrire mais pas utiliser les fonctions commerce. Les utiliser expose à perdre l\'accès à la plateforme. Cette règle lit `vertical:` dans walint.config.yaml et signale les boutons MPM, CATALOG et SPM, les en-têtes PRODUCT, les liens et actions de paiement.',
    },
    source: 'https://business.whatsapp.com/policy',
    messages: {
      feature: {
        en: '{what} in {where}: a business in the "{vertical}" vertical may message on WhatsApp but not sell or take payment there. Remove it and send people to your own channels to buy.',
        fr: '{what} dans {where} : une entreprise du secteur « {vertical} » peut écrire sur WhatsApp mais pas y vendre ni y encaisser. Retirez-le et orientez vers vos propres canaux pour l\'achat.',
      },
    },
    fix: 'none',
  },
  check(ctx) {
    const vertical = ctx.config.data.vertical;
    if (!vertical || (!REGULATED_VERTICALS.includes(vertical) && !PROHIBITED_VERTICALS.includes(vertical))) return;
    const verticalLabel = format(VERTICAL_LABEL[vertical] ?? { en: vertical, fr: vertical }, ctx.locale);
    const fr = ctx.locale === 'fr';
    const report = (unit: Unit, what: string, path: Path) =>
      ctx.report({
        messageId: 'feature',
        data: { what, where: fr ? `${unit.kind === 'step' ? 'l\'étape' : 'le template'} « ${unit.name} »` : `${unit.kind} "${unit.name}"`, vertical: verticalLabel },
        path,
        target: 'value',
      });
    const units = ctx.flow ? flowUnits(ctx.flow) : ctx.templates.map(templateUnit);
    for (const unit of units) {
      for (const c of unit.catalog) report(unit, fr ? c.what.replace(/ button$/, ' (bouton)').replace(/ header$/, ' (en-tête)') : c.what, c.path);
      const link = paymentLink(unit);
      if (link) report(unit, fr ? `Lien de paiement ${link.url}` : `Payment link ${link.url}`, link.path);
    }
    if (ctx.flow) {
      for (const id of ctx.flow.stepOrder) {
        const call = ctx.flow.steps.get(id)!.call;
        const action = typeof call === 'string' ? call : call?.action;
        if (typeof action !== 'string' || !PAYMENT_ACTION_RE.test(fold(action))) continue;
        const path: Path = typeof call === 'string' ? ['steps', id, 'call'] : ['steps', id, 'call', 'action'];
        report({ kind: 'step', name: id, fields: [], catalog: [] }, fr ? `Action de paiement « ${action} »` : `Payment action "${action}"`, path);
      }
    }
  },
});
