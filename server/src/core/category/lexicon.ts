/**
 * Multilingual signal lexicon for the template category classifier.
 *
 * Where the ideas come from
 * -------------------------
 * Meta's template categorisation guideline (developers.facebook.com, WhatsApp Business
 * Platform > Templates > Template categorization; summarised in the policy catalogue,
 * sections 2.6 and 2.7) boils down to a few tests, which this file turns into phrase
 * patterns:
 *
 *  - UTILITY must be non-promotional AND either tied to something the user has with the
 *    business (an order, booking, appointment, account, payment, delivery, request) or
 *    essential/critical (fraud and security alerts, safety, public service, recalls,
 *    outages, legal obligations).                       -> `utility/*` signals
 *    Legal and regulatory notices (terms, privacy policy) -> `utility/legal`; public
 *    service, public health and civil protection           -> `utility/public-service`.
 *  - MARKETING is everything else. The guideline groups its examples by objective:
 *    awareness, sales/promotion, retargeting (abandoned carts, saved searches, renewal
 *    and win-back nudges), app promotion, and relationship building (greetings, wishes).
 *                                                       -> `marketing/*` signals
 *    Bland relationship building has its own soft cues: a nudge to try an unused feature,
 *    a loyalty thank-you, a referral invitation (`feature-nudge`, `loyalty-thanks`,
 *    `referral`); a goodwill credit or voucher for a next purchase is an incentive, so a
 *    promotion (`goodwill`).
 *  - Mixed content (an order update that also carries a coupon) counts as MARKETING.
 *    That is why each marketing signal type says whether it is an explicit *promotion*:
 *    promotional signals are never cancelled by utility context; the softer ones
 *    (awareness wording, hype, greetings) are.
 *  - Unclear content (a body that is only a parameter, only a greeting, "Congratulations
 *    {{1}}!") is MARKETING.                             -> `vague/*` (computed in classifier.ts)
 *  - A survey is UTILITY only when it refers to the specific order or interaction it asks
 *    about; a generic "tell us what you think" is MARKETING. (`marketing/generic-survey`
 *    is dropped by the classifier when a specific reference is present.)
 *  - One-time passcodes belong to AUTHENTICATION only.  -> `otp/*` signals
 *
 * The word lists are our own, written for en, fr, es, pt, de, it and nl (plus English
 * loanwords used everywhere: "sale", "Black Friday", "shop now").
 *
 * Pattern conventions
 * -------------------
 * Patterns are matched against a normalised copy of each component: NFD with the
 * combining marks removed, lower case, curly apostrophes turned into "'", whitespace runs
 * collapsed to one space, "ß"->"ss", "œ"->"oe", "æ"->"ae", and "_" inside `{{...}}` turned
 * into a space (so a named parameter such as `{{order_number}}` reads "order number").
 * So write patterns without accents, in lower case, with single spaces.
 * Every pattern is wrapped in letter/digit boundaries (`_` counts as a boundary).
 * Macros: `{P}` a template parameter `{{...}}`, `{N}` a number, `{C}` a currency.
 */

export type SignalKind = 'marketing' | 'utility' | 'otp' | 'vague';
export type TemplateComponent = 'HEADER' | 'BODY' | 'FOOTER' | 'BUTTONS';

export interface SignalType {
  id: string;
  kind: SignalKind;
  /**
   * Explicit promotion (discount, coupon, upsell, cart recovery...). Per Meta's
   * mixed-content rule these count in full even when the template also has a genuine
   * utility purpose. Non-promotional marketing/vague signals are offset by utility ones.
   */
  promo: boolean;
  label: { en: string; fr: string };
}

export interface LexiconRule {
  id: string;
  weight: number;
  patterns: readonly string[];
  /** If the matched (normalised) text also matches this, the hit is discarded. */
  veto?: string;
  /** Restrict the rule to some components (default: all). */
  components?: readonly TemplateComponent[];
}

function t(id: string, kind: SignalKind, promo: boolean, en: string, fr: string): SignalType {
  return { id, kind, promo, label: { en, fr } };
}

/** Every signal id the classifier can emit, with its explanation. */
export const SIGNAL_TYPES: readonly SignalType[] = [
  // ---- explicit promotion (never offset by utility content) ----
  t('marketing/discount', 'marketing', true, 'Discount or price reduction', 'Réduction ou baisse de prix'),
  t('marketing/coupon', 'marketing', true, 'Coupon or promo code', 'Code promo ou bon de réduction'),
  t('marketing/free-gift', 'marketing', true, 'Free gift or freebie', 'Cadeau ou avantage gratuit'),
  t('marketing/sale-event', 'marketing', true, 'Sale event (sales, Black Friday, private sale)', 'Opération commerciale (soldes, Black Friday, vente privée)'),
  t('marketing/offer', 'marketing', true, 'Offer or deal wording', "Vocabulaire d'offre commerciale"),
  t('marketing/price-pitch', 'marketing', true, 'Price pitch ("from €39", "for just")', 'Argument prix (« dès 39 € », « pour seulement »)'),
  t('marketing/urgency', 'marketing', true, 'Urgency or scarcity ("limited time", "last chance")', 'Urgence ou rareté (« dernière chance », « durée limitée »)'),
  t('marketing/cta-shop', 'marketing', true, 'Sales call to action ("shop now", "book now")', "Appel à l'achat (« j'en profite », « commandez »)"),
  t('marketing/cta-button', 'marketing', true, 'Button that leads to a shop or an offer', 'Bouton qui mène à une boutique ou une offre'),
  t('marketing/upsell', 'marketing', true, 'Upsell or cross-sell', 'Montée en gamme ou vente croisée'),
  t('marketing/cart', 'marketing', true, 'Abandoned-cart reminder', 'Relance de panier abandonné'),
  t('marketing/retargeting', 'marketing', true, 'Retargeting (wishlist, saved search, back in stock, price drop)', 'Reciblage (favoris, recherche enregistrée, retour en stock, baisse de prix)'),
  t('marketing/renewal', 'marketing', true, 'Renewal or retention nudge', 'Incitation au renouvellement'),
  t('marketing/reengagement', 'marketing', true, 'Win-back message ("we miss you", "come back")', 'Message de reconquête (« vous nous manquez », « revenez »)'),
  t('marketing/app-install', 'marketing', true, 'Push to download an app', "Incitation à télécharger une application"),
  t('marketing/fundraising', 'marketing', true, 'Donation or fundraising request', 'Appel aux dons'),
  t('marketing/credit-offer', 'marketing', true, 'Credit or financial product pitch', 'Proposition de crédit ou de produit financier'),
  t('marketing/contest', 'marketing', true, 'Contest or prize draw', 'Jeu-concours ou tirage au sort'),
  t('marketing/generic-survey', 'marketing', true, 'Feedback request not tied to a specific order or interaction', 'Demande d’avis sans lien avec une commande ou un échange précis'),
  t('marketing/catalog', 'marketing', true, 'Catalog or product-list button (marketing only)', 'Bouton catalogue ou liste de produits (marketing uniquement)'),
  t('marketing/promo-link', 'marketing', true, 'Button link to a sale or promotion page', 'Lien de bouton vers une page de promotion'),
  t('marketing/goodwill', 'marketing', true, 'Goodwill credit or voucher to spend on a next purchase', 'Geste commercial : crédit ou bon à utiliser lors d’un prochain achat'),
  // ---- softer marketing cues (offset by utility content) ----
  t('marketing/awareness', 'marketing', false, 'Announcement or awareness ("did you know", "new collection")', 'Annonce ou notoriété (« le saviez-vous », « nouvelle collection »)'),
  t('marketing/discover', 'marketing', false, 'Discovery call to action ("discover", "explore")', 'Invitation à découvrir (« découvrez », « explorez »)'),
  t('marketing/info-cta', 'marketing', false, 'Generic "learn more" link', 'Lien générique « en savoir plus »'),
  t('marketing/hype', 'marketing', false, 'Promotional tone ("exclusive", "good news", "treat yourself")', 'Ton promotionnel (« exclusif », « bonne nouvelle », « faites-vous plaisir »)'),
  t('marketing/relationship', 'marketing', false, 'Greeting or celebration (birthday, holidays, congratulations)', 'Vœux ou célébration (anniversaire, fêtes, félicitations)'),
  t('marketing/come-visit', 'marketing', false, 'Invitation to visit ("we are waiting for you")', 'Invitation à venir (« on vous attend »)'),
  t('marketing/event-invite', 'marketing', false, 'Event or webinar invitation', "Invitation à un événement ou un webinaire"),
  t('marketing/opt-out-button', 'marketing', false, 'Promotion opt-out button (typical of marketing)', 'Bouton de désabonnement des promotions (typique du marketing)'),
  t('marketing/feature-nudge', 'marketing', false, 'Nudge to try a feature or product the user has not used yet', 'Incitation à essayer une fonction ou un produit pas encore utilisé'),
  t('marketing/loyalty-thanks', 'marketing', false, 'Thank-you for loyalty that serves no transaction', 'Remerciement de fidélité sans lien avec une transaction'),
  t('marketing/referral', 'marketing', false, 'Invitation to bring in friends or contacts', 'Invitation à parrainer ou à inviter des proches'),
  // ---- utility ----
  t('utility/transaction-ref', 'utility', false, "Reference to the user's own order, booking, invoice or account", 'Référence à une commande, réservation, facture ou un compte du client'),
  t('utility/user-action', 'utility', false, 'Something the user did or asked for', "Une action ou une demande de l'utilisateur"),
  t('utility/order-status', 'utility', false, 'Order, delivery or service status update', "Suivi d'une commande, d'une livraison ou d'un service"),
  t('utility/appointment', 'utility', false, 'Appointment, reservation or visit', 'Rendez-vous, réservation ou visite'),
  t('utility/travel', 'utility', false, 'Trip or travel update', 'Information de voyage'),
  t('utility/payment', 'utility', false, 'Billing, payment or refund', 'Facturation, paiement ou remboursement'),
  t('utility/account', 'utility', false, "The user's account, card, contract or profile", 'Compte, carte, contrat ou profil du client'),
  t('utility/security', 'utility', false, 'Security or fraud alert', 'Alerte de sécurité ou de fraude'),
  t('utility/essential', 'utility', false, 'Safety, disruption, recall, public-service or legal notice', 'Sécurité, perturbation, rappel produit, service public ou obligation légale'),
  t('utility/legal', 'utility', false, 'Legal or regulatory notice (terms, privacy policy, data protection)', 'Information légale ou réglementaire (conditions, politique de confidentialité, données personnelles)'),
  t('utility/public-service', 'utility', false, 'Public service, public health or civil-protection information', 'Information de service public, de santé publique ou de protection civile'),
  t('utility/request', 'utility', false, 'Follow-up of a request or preference', "Suivi d'une demande ou d'une préférence"),
  t('utility/date-ref', 'utility', false, 'Specific date, time or amount for this user', 'Date, heure ou montant propres à ce client'),
  // ---- one-time passcodes ----
  t('otp/code', 'otp', false, 'One-time passcode or verification code', 'Code à usage unique ou code de vérification'),
  t('otp/code-parameter', 'otp', false, 'A parameter presented as the user’s code', 'Un paramètre présenté comme le code du client'),
  t('otp/do-not-share', 'otp', false, 'Warning not to share a code', 'Consigne de ne pas partager un code'),
  t('otp/expiry', 'otp', false, 'Code expiry notice', "Durée de validité d'un code"),
  t('otp/verify', 'otp', false, 'Identity or phone verification request', "Demande de vérification d'identité ou de numéro"),
  t('otp/button', 'otp', false, 'One-time-passcode button', 'Bouton de code à usage unique'),
  // ---- unclear content (computed in classifier.ts) ----
  t('vague/only-parameter', 'vague', true, 'The body is only parameters, with no words of its own', 'Le corps du message n’est fait que de paramètres, sans texte propre'),
  t('vague/greeting-only', 'vague', true, 'The body is only a greeting or a congratulation', 'Le corps du message n’est qu’une salutation ou des félicitations'),
  t('vague/too-short', 'vague', false, 'Too little content to tell what the message is about', 'Trop peu de contenu pour savoir de quoi parle le message'),
  t('vague/parameter-heavy', 'vague', false, 'Most of the content is in parameters', "L'essentiel du contenu est dans les paramètres"),
  t('vague/no-specific-reference', 'vague', false, 'Nothing ties the message to this user (order, account, appointment) or to an essential notice', 'Rien ne lie le message à ce client (commande, compte, rendez-vous) ni à une information essentielle'),
];

// ---------------------------------------------------------------------------------------
// Shared fragments
// ---------------------------------------------------------------------------------------

/** Nouns that name something the user has with the business, followed by its reference. */
const REF_NOUNS = [
  // en
  'order', 'booking', 'reservation', 'invoice', 'bill', 'ticket', 'case', 'claim', 'policy', 'contract',
  'account', 'shipment', 'parcel', 'package', 'tracking', 'reference', 'confirmation', 'transaction',
  'appointment', 'flight', 'train', 'receipt', 'return', 'refund', 'subscription', 'loan',
  'card ending(?: in)?', 'request', 'application', 'delivery', 'consignment', 'locker', 'pnr', 'membership',
  'customer', 'meter',
  // fr
  'commande', 'facture', 'dossier', 'colis', 'contrat', 'vol', 'rendez-vous', 'compte',
  'carte se terminant par', 'lot', 'billet', 'demande', 'sinistre', 'abonnement', 'suivi', 'envoi',
  'livraison', 'client', 'ligne', 'compteur',
  // es
  'pedido', 'reserva', 'factura', 'envio', 'vuelo', 'cita', 'cuenta', 'tarjeta(?: terminada en)?',
  'localizador', 'expediente', 'poliza', 'contrato', 'paquete', 'recibo', 'solicitud', 'suministro',
  // pt
  'fatura', 'boleto', 'encomenda', 'voo', 'consulta', 'conta', 'cartao(?: final)?', 'protocolo', 'apolice',
  'pacote', 'entrega', 'solicitacao',
  // de
  'bestellung', 'buchung', 'rechnung', 'sendung', 'paket', 'auftrag', 'vertrag', 'termin', 'flug', 'zug',
  'konto', 'karte mit der endung', 'kundennummer', 'vorgang', 'reservierung', 'lieferung', 'antrag',
  // it
  'ordine', 'prenotazione', 'fattura', 'bolletta', 'spedizione', 'pacco', 'volo', 'appuntamento', 'conto',
  'pratica', 'contratto', 'biglietto', 'polizza', 'richiesta', 'treno', 'consegna',
  // nl
  'bestelling', 'boeking', 'reservering', 'factuur', 'zending', 'pakket', 'vlucht', 'trein', 'afspraak',
  'rekening', 'pas eindigend op', 'polis', 'aanvraag', 'levering',
].join('|');

/** "number", "no.", "n°", "Nr." ... between the noun and the reference. */
const NUMBER_WORD = String.raw`(?: (?:number|no|nr|n|num|numero|nummer|nº|n°|#)\.?[°º]?\.?)?`;
/** A parameter, or a literal reference that contains a digit ("#48213", "INV-2291"). */
const REF_VALUE = String.raw`(?:{P}|#?[a-z]{0,5}-?\d[a-z0-9-]{2,})`;

/** Words that make a "code" something other than a one-time passcode or a coupon. */
const NON_OTP_CODE = String.raw`card|carte|tarjeta|cartao|karte|carta|kaart|cvv|cvc|building|garage|immeuble|portail|booking|pick ?-?up|tracking|promo|discount|coupon|voucher|gift|referral|locker|postal|zip|qr|bar|reservation|rastreio|seguimiento|suivi|localizador|promocional|desconto|sconto|korting|gutschein|rabatt|abhol|retrait|ritiro|reduction|descuento|cupom|cupon|barras|porte|door|wifi|wi-fi|parking`;

// ---------------------------------------------------------------------------------------
// Rules. Several rules may share an id (with different weights); the classifier keeps,
// per id, the strongest hit.
// ---------------------------------------------------------------------------------------

export const RULES: readonly LexiconRule[] = [
  // ===================================== MARKETING: explicit promotion =====================
  {
    // Price cuts are the plainest sign of a promotion ("Sales" objective in the guideline).
    id: 'marketing/discount',
    weight: 3,
    patterns: [
      // en
      String.raw`(?:{N}|{P}) ?(?:%|percent) off`, String.raw`{P} off`, String.raw`{C} ?{N} off`, String.raw`{N} ?{C} off`,
      String.raw`discount(?:s|ed)?`, String.raw`half[- ]price`, String.raw`half off`, String.raw`save up to`, String.raw`clearance (?:sale|prices?|event|deals?)`,
      String.raw`save (?:an extra )?(?:{C} ?{N}|{N} ?(?:%|{C}))`, String.raw`save (?:big|more)`, String.raw`cash ?back`,
      String.raw`buy one,? get one`, String.raw`bogo`, String.raw`2 ?x ?1`, String.raw`3 ?x ?2`, String.raw`(?:2 (?:for|pour|por|pelo|per|voor|fur) 1|3 (?:for|pour|por|per|voor|fur) 2)`,
      String.raw`reduced prices?`, String.raw`price (?:cut|drop)s?`, String.raw`markdowns?`,
      // fr
      String.raw`-{N} ?%`, String.raw`{N} ?% (?:de )?(?:reduction|remise|rabais)`, String.raw`(?:reduction|remise)s? (?:de )?(?:{N} ?(?:%|{C})|{C} ?{N})`,
      String.raw`(?:reduction|remise)s? (?:exceptionnelle|immediate|speciale|fidelite|de bienvenue)s?`,
      String.raw`rabais`, String.raw`economisez`, String.raw`prix (?:barres?|casses?|reduits?|mini)`, String.raw`petits? prix`,
      String.raw`bons? plans?`, String.raw`destockage`, String.raw`jusqu'a -? ?{N} ?%`,
      // es
      String.raw`descuentos?`, String.raw`{N} ?% (?:de )?(?:descuento|dto)`, String.raw`rebajad[oa]s?`, String.raw`ahorra(?:r|s)? (?:hasta|un|el|dinero|{N}|{C})`,
      String.raw`precios? (?:especial|rebajad|increible|minimo)[a-z]*`, String.raw`hasta (?:un |el )?-?{N} ?%`,
      // pt
      String.raw`descontos?`, String.raw`{N} ?% (?:de desconto|off)`, String.raw`ate {N} ?%`, String.raw`economize (?:ate|{N}|{C})`,
      String.raw`precos? (?:especia|baixo|imperdive)[a-z]*`,
      // de
      String.raw`{N} ?% rabatt`, String.raw`[a-z]*rabatt[a-z]*`, String.raw`{N} ?% (?:nachlass|reduziert|gunstiger)`, String.raw`bis zu -?{N} ?%`,
      String.raw`spar(?:en sie|e|st du)? (?:jetzt |bis zu |(?:{N}|{P}) ?(?:%|{C}))`, String.raw`preisnachlass`, String.raw`reduzierte (?:preise|artikel|ware)`, String.raw`preise (?:stark )?reduziert`,
      String.raw`zum halben preis`, String.raw`schnappchen`, String.raw`sonderpreis`, String.raw`aktionspreis`,
      // it
      String.raw`scont[oi]`, String.raw`{N} ?% di sconto`, String.raw`fino al {N} ?%`, String.raw`risparmia (?:fino|subito|il|{N}|{C})`,
      String.raw`prezz[oi] (?:special[ei]|scontat[oi]|ribassat[oi]|imbattibil[ei])`, String.raw`ribassi`,
      // nl
      String.raw`korting(?:en)?`, String.raw`{N} ?% korting`, String.raw`tot {N} ?%`, String.raw`bespaar (?:tot|nu|{N}|{C})`, String.raw`afgeprijsd`,
      String.raw`actieprijs`,
    ],
  },
  {
    // Codes that buy something cheaper. Literal codes like "SAVE10" are also caught in classifier.ts.
    id: 'marketing/coupon',
    weight: 3,
    patterns: [
      String.raw`coupons?`, String.raw`promo ?codes?`, String.raw`promotional codes?`, String.raw`discount codes?`, String.raw`voucher codes?`,
      String.raw`redeem`,
      String.raw`codes? promo(?:tionnel)?`, String.raw`bons? (?:de reduction|d'achat)`, String.raw`codes? (?:de )?reduction`, String.raw`cheques? cadeaux?`,
      String.raw`codigos? (?:promocional|de descuento)(?:es)?`, String.raw`cupon(?:es)?`, String.raw`vale descuento`,
      String.raw`cupo(?:m|ns)`, String.raw`codigos? (?:promocional|de desconto)`,
      String.raw`gutschein[a-z]*`, String.raw`aktionscodes?`, String.raw`promocodes?`,
      String.raw`codic[ei] (?:sconto|promo(?:zionale)?)`, String.raw`buon[oi] sconto`,
      String.raw`kortingscodes?`, String.raw`kortingsbon(?:nen)?`, String.raw`waardebon(?:nen)?`, String.raw`actiecodes?`,
    ],
  },
  { id: 'marketing/coupon', weight: 2, patterns: [String.raw`vouchers?`, String.raw`vales? (?:de )?(?:descuento|regalo|compra|presente)`] },
  {
    id: 'marketing/free-gift',
    weight: 2.5,
    patterns: [
      String.raw`free (?:gift|shipping|delivery|trial|month|months|sample|dessert|coffee|drink|upgrade|class|lesson|session|bonus|night|consultation)s?`,
      String.raw`(?:is|are|'s|it's) on us`, String.raw`on the house`, String.raw`gift with (?:purchase|every)`, String.raw`bonus (?:points|gift)`,
      String.raw`offert(?:e|s|es)?`, String.raw`en cadeau`, String.raw`cadeaux? (?:de bienvenue|offert)`, String.raw`(?:livraison|frais de port) (?:gratuite?|offerte?s?)`,
      String.raw`de regalo`, String.raw`envio gratis`,
      String.raw`de presente`, String.raw`brindes?`, String.raw`ganhe`, String.raw`frete gratis`,
      String.raw`gratis-[a-z]+`, String.raw`geschenkt`, String.raw`kostenlose?[nrs]? (?:versand|lieferung|probe|monat|testmonat)`, String.raw`treuebonus`,
      String.raw`in (?:omaggio|regalo)`, String.raw`spedizione gratuita`,
      String.raw`cadeau`, String.raw`kado`, String.raw`gratis verzending`,
    ],
  },
  {
    id: 'marketing/free-gift',
    weight: 1.5,
    patterns: [
      String.raw`(?<!feel |toll[- ]|hands[- ]|sugar[- ]|gluten[- ]|duty[- ]|fee[- ]|error[- ]|risk[- ])free(?! of charge| cancellation| replacements?| repairs?| returns?| exchanges?| to (?:contact|reach|call|reply|get in touch|ask))`,
      String.raw`gratuit(?:e|s|es)?`, String.raw`gratis`, String.raw`kostenlos(?:e[nrs]?)?`, String.raw`regalo`,
      String.raw`geschenk`, String.raw`omaggio`,
    ],
  },
  {
    id: 'marketing/sale-event',
    weight: 2.5,
    patterns: [
      String.raw`(?:flash|summer|winter|spring|autumn|fall|holiday|clearance|end[- ]of[- ]season|mid[- ]season|weekend|big|annual|private|members?'?|warehouse|january|boxing day) sales?`,
      String.raw`sale (?:ends|starts|now on|is on|is live)`, String.raw`on sale`, String.raw`black friday`, String.raw`cyber monday`,
      String.raw`prime day`, String.raw`singles'? day`, String.raw`sales? event`,
      String.raw`soldes`, String.raw`ventes? privees?`, String.raw`ventes? flash`, String.raw`french days`, String.raw`braderie`,
      String.raw`rebajas`, String.raw`liquidacion`, String.raw`venta (?:flash|privada|especial)`,
      String.raw`liquidacao`, String.raw`queima de estoque`, String.raw`saldao`,
      String.raw`[a-z]*schlussverkauf`, String.raw`(?:sonder|rabatt)aktion`,
      String.raw`saldi`, String.raw`svendita`, String.raw`vendita (?:privata|flash|promozionale)`, String.raw`fuoritutto`,
      String.raw`uitverkoop`, String.raw`opruiming`,
    ],
  },
  {
    // A bare "sale" (a header "SALE", "Sale -30%"), minus the service meanings.
    id: 'marketing/sale-event',
    weight: 1.5,
    patterns: [String.raw`(?<!point of |bill of |terms of |after[- ]|conditions of |for )sales?(?! (?:service|team|department|agreement|contract|receipt|order|tax))`],
  },
  {
    id: 'marketing/offer',
    weight: 1.5,
    patterns: [
      String.raw`(?<!job |employment )offers?(?! (?:letter|of employment))`, String.raw`deals?(?! with)`, String.raw`promos?`, String.raw`promotions?`,
      String.raw`offres?(?! d'emploi)`, String.raw`ofertas?(?! de (?:empleo|trabajo|emprego))`, String.raw`promocion(?:es)?`, String.raw`promocao`, String.raw`promocoes`,
      String.raw`[a-z]*angebot(?:e|en)?`, String.raw`offert[ae]`, String.raw`promozion[ei]`, String.raw`aanbieding(?:en)?`,
    ],
  },
  {
    id: 'marketing/offer',
    weight: 2.5,
    patterns: [
      String.raw`(?:special|exclusive|limited|best|amazing|great|introductory|welcome|member|seasonal|summer|winter|spring|autumn|holiday|weekend|early bird|flash) (?:offers?|deals?|prices?|rates?|fares?)`,
      String.raw`(?:spring|summer|autumn|winter|holiday|weekend|sale|low|cheap|promo) fares?`,
      String.raw`offers? (?:valid|ends|expires)`, String.raw`deals? (?:of the (?:day|week)|end)`,
      String.raw`offres? (?:speciale|exclusive|limitee|de bienvenue|du moment|privilegiee|exceptionnelle)s?`, String.raw`offre valable`,
      String.raw`ofertas? (?:especial|exclusiva|limitada|imperdivel|valida)(?:es|s)?`,
      String.raw`(?:sonder|exklusiv|spezial|vorteils)angebot(?:e)?`, String.raw`angebot gultig`,
      String.raw`offert[ae] (?:special[ei]|esclusiv[ae]|limitat[ae]|valid[ae])`,
      String.raw`(?:speciale|exclusieve|tijdelijke) aanbieding(?:en)?`, String.raw`aanbieding geldig`,
    ],
  },
  {
    id: 'marketing/price-pitch',
    weight: 2,
    patterns: [
      String.raw`(?:for|at) (?:just|only) (?:{C} ?{N}|{N} ?{C})`,
      String.raw`(?:from|starting at|starting from) (?:just |only )?(?:{C} ?{N}|{N} ?{C})`, String.raw`instead of (?:{C} ?{N}|{N} ?{C})`,
      String.raw`(?:only|just) {C} ?{N}`, String.raw`(?:{C} ?{N}|{N} ?{C}) (?:more|extra) (?:a|per) month`, String.raw`(?:fares?|prices?|rooms?|flights?) from {C}`,
      String.raw`(?:best|lowest|unbeatable|low) prices?`,
      String.raw`a partir de {N} ?{C}`, String.raw`des {N} ?{C}`, String.raw`pour (?:seulement|juste) (?:{N} ?{C}|{C} ?{N})`,
      String.raw`au lieu de {N} ?{C}`, String.raw`a prix (?:reduit|mini|doux|casse)`, String.raw`{N} ?{C} de plus par mois`,
      String.raw`(?:por|a) solo (?:{N} ?{C}|{C} ?{N})`, String.raw`desde (?:solo )?(?:{N} ?{C}|{C} ?{N})`, String.raw`en lugar de {N} ?{C}`,
      String.raw`{N} ?{C} mas al mes`,
      String.raw`por apenas (?:{N} ?{C}|{C} ?{N})`, String.raw`a partir de {C} ?{N}`, String.raw`de {C} ?{N} por {C}`,
      String.raw`(?:ab|nur|fur nur) (?:{N} ?{C}|{C} ?{N})`, String.raw`statt {N} ?{C}`, String.raw`halben preis`,
      String.raw`a soli (?:{N} ?{C}|{C} ?{N})`, String.raw`(?:a partire da|da soli) {N} ?{C}`, String.raw`invece di {N} ?{C}`, String.raw`in piu al mese`,
      String.raw`voor (?:maar|slechts) (?:{C} ?{N}|{N} ?{C})`, String.raw`(?:al )?vanaf (?:{C} ?{N}|{N} ?{C})`, String.raw`van {C} ?{N} voor`,
    ],
  },
  {
    id: 'marketing/urgency',
    weight: 2,
    patterns: [
      // en
      String.raw`limited[- ]time`, String.raw`(?:offer|sale|deal|promo)s? ends? (?:today|tonight|soon|at midnight|this \S+|on \S+|sunday|friday|monday)`,
      String.raw`ends (?:tonight|at midnight|this weekend)`, String.raw`hurry`, String.raw`last chance`,
      String.raw`(?:today|tonight|this weekend|this week|this month|24 hours|48 hours|{N} days?) only`,
      String.raw`(?<!-)only (?:today|tonight|this weekend|this week|this month|until)`, String.raw`while (?:stocks?|supplies) lasts?`,
      String.raw`before (?:they'?re|it'?s|they are|it is) (?:gone|sold out)`, String.raw`going fast`, String.raw`selling (?:out )?fast`,
      String.raw`(?:almost|nearly) (?:sold out|gone)`, String.raw`only {N} left`, String.raw`act (?:now|fast)`,
      String.raw`(?:don'?t|do not) miss (?:out|it|this|our|the (?:sale|offer|deal))`, String.raw`now or never`,
      String.raw`last (?:few )?(?:days|hours) (?:to|of)`, String.raw`countdown`, String.raw`until (?:sunday|saturday|midnight)`,
      // fr
      String.raw`derniere chance`, String.raw`derniers? jours`, String.raw`dernieres heures`, String.raw`(?:offre|duree|temps|edition|quantite)s? limitees?`,
      String.raw`jusqu'a epuisement(?: des stocks)?`, String.raw`dans la limite des stocks`, String.raw`ne (?:ratez|manquez) pas (?:cette|ces|nos|notre|l'occasion|les (?:soldes|offres|promos)|ca)`,
      String.raw`profitez-en (?:vite|vite !|maintenant|vite)`, String.raw`depechez-vous`, String.raw`foncez`, String.raw`aujourd'hui seulement`,
      String.raw`seulement aujourd'hui`, String.raw`uniquement (?:aujourd'hui|ce week-end|cette semaine)`, String.raw`plus que {N} (?:jours|heures)`,
      String.raw`presque epuise(?:e|s|es)?`, String.raw`(?:ce|cette) (?:week-end|semaine) seulement`,
      // es
      String.raw`solo (?:hoy|por hoy|este fin de semana|esta semana|hasta)`, String.raw`ultima oportunidad`, String.raw`ultimos dias`,
      String.raw`(?:por )?tiempo limitado`, String.raw`hasta agotar (?:existencias|stock)`, String.raw`no te (?:lo |la )?pierdas`, String.raw`date prisa`,
      String.raw`antes de que se agoten`, String.raw`quedan pocas unidades`,
      // pt
      String.raw`so hoje`, String.raw`somente hoje`, String.raw`apenas hoje`, String.raw`ultima chance`, String.raw`(?:por )?tempo limitado`,
      String.raw`enquanto durarem os estoques`, String.raw`ate acabar o estoque`, String.raw`nao perca (?:essa|esta|nossa|nossas|nossos|as ofertas|a oportunidade|tempo)`, String.raw`corra`,
      // de
      String.raw`nur (?:heute|noch heute|bis|fur kurze zeit|diese woche|dieses wochenende|solange)`, String.raw`letzte chance`,
      String.raw`(?:angebot|aktion|chance|rabatt|sale)e? (?:nicht )?verpassen`, String.raw`verpassen sie (?:nicht|keine) (?:\S+ )?(?:angebote|aktionen|deals|rabatte|chance)`, String.raw`solange (?:der )?vorrat reicht`,
      String.raw`zeitlich begrenzt`, String.raw`begrenzte zeit`, String.raw`jetzt zugreifen`, String.raw`schnell sein`, String.raw`fast ausverkauft`,
      String.raw`bevor (?:sie|es) ausverkauft`, String.raw`ausverkauft sind`,
      // it
      String.raw`solo (?:oggi|per oggi|fino a|questo weekend|per pochi giorni|per poco)`, String.raw`per pochi giorni`, String.raw`ultima occasione`,
      String.raw`ultimi giorni`, String.raw`fino ad? esaurimento(?: scorte)?`, String.raw`non perdere (?:questa|quest'|l'occasione|le nostre|i nostri|tempo)`, String.raw`non lasciarti sfuggire`, String.raw`affrettati`,
      String.raw`tempo limitato`, String.raw`vadano esauriti`, String.raw`quasi esauriti?`,
      // nl
      String.raw`alleen (?:vandaag|dit weekend|deze week|nu)`, String.raw`laatste kans`, String.raw`op = op`, String.raw`op is op`,
      String.raw`zolang de voorraad strekt`, String.raw`voordat de voorraad op is`, String.raw`mis (?:het|dit|deze) niet`, String.raw`wees er snel bij`,
      String.raw`slechts {N} dagen`,
    ],
  },
  {
    id: 'marketing/cta-shop',
    weight: 2,
    patterns: [
      String.raw`shop (?:now|today|the (?:sale|collection|look)|online|our)`, String.raw`buy (?:now|today)`, String.raw`(?<=^|[.!?:;\n] ?)order (?:now|today)`,
      String.raw`book (?:now|today|your (?:session|stay|trip|table|spot|getaway|holiday)(?: now| today)?)`, String.raw`grab (?:yours|your|it|them|one)`,
      String.raw`get (?:yours|it now)`, String.raw`claim (?:your (?:reward|gift|discount|offer|prize|free|bonus|voucher|coupon)|it now|now)`, String.raw`treat yourself`, String.raw`add to (?:cart|basket)`,
      String.raw`apply (?:now|today)`, String.raw`sign up (?:now|today)`, String.raw`subscribe (?:now|today)`, String.raw`start (?:your )?free trial`,
      String.raw`open (?:a|an|your) (?:\S+ )?account (?:today|now)`,
      String.raw`j'en profite`, String.raw`je (?:commande|decouvre|m'inscris|reserve|craque)`, String.raw`achetez(?: maintenant)?`,
      String.raw`commandez (?:des maintenant|vite|maintenant|sans attendre)`, String.raw`reservez (?:des maintenant|vite|votre (?:sejour|table|prochain))`,
      String.raw`faites-vous plaisir`, String.raw`craquez`,
      String.raw`compra (?:ya|ahora|online)`, String.raw`pide (?:ya|ahora)`, String.raw`reserva (?:ya|ahora)`, String.raw`aprovecha(?:lo|la)?`,
      String.raw`hazte con`, String.raw`no esperes mas`,
      String.raw`compre (?:ja|agora)`, String.raw`peca (?:ja|agora)`, String.raw`garanta (?:ja|o seu|a sua|agora|o mesmo|seu|sua)`,
      String.raw`assine (?:ja|agora)`,
      String.raw`jetzt (?:shoppen|kaufen|bestellen|buchen|sichern|abonnieren|upgraden|wechseln|testen)`, String.raw`sichern sie sich`, String.raw`sichere dir`,
      String.raw`gonnen sie sich`, String.raw`gonn dir`, String.raw`zum shop`,
      String.raw`acquista (?:ora|subito|adesso)`, String.raw`ordina (?:ora|subito)`, String.raw`prenota (?:ora|subito)`, String.raw`approfitta(?:ne)?`,
      String.raw`non aspettare`, String.raw`regalati`,
      String.raw`(?:bestel|shop|koop) (?:nu|vandaag|direct)`, String.raw`boek (?:nu|vandaag)`, String.raw`profiteer`, String.raw`sla je slag`, String.raw`verwen jezelf`,
    ],
  },
  // "Enjoy" verbs also serve hotels and trips ("profitez de votre séjour", "aproveite sua estadia"): weaker.
  { id: 'marketing/cta-shop', weight: 1.5, patterns: [String.raw`profitez(?:-en)?`, String.raw`profitez de`, String.raw`aproveite`, String.raw`aproveitar`] },
  {
    // Button captions that send the user to a shop, an offer or a collection.
    id: 'marketing/cta-button',
    weight: 2.5,
    components: ['BUTTONS'],
    patterns: [
      String.raw`shop(?:ping)?`, String.raw`buy`, String.raw`(?:get|see|view|claim|unlock|grab) (?:\S+ )?(?:offers?|deals?|discounts?|coupons?|accessories|products|range|collection|catalog(?:ue)?|sale)`,
      String.raw`offers?`, String.raw`deals?`, String.raw`promo`, String.raw`sale`, String.raw`catalog(?:ue)?`,
      String.raw`(?:voir|decouvrir) (?:l'|les |la )?(?:offres?|promos?|collection|catalogue|boutique)`, String.raw`acheter`, String.raw`boutique`,
      String.raw`(?:ver )?ofertas?`, String.raw`comprar`, String.raw`tienda`, String.raw`coleccion`, String.raw`catalogo`, String.raw`loja`, String.raw`colecao`,
      String.raw`angebote?`, String.raw`kaufen`, String.raw`kollektion`, String.raw`katalog`,
      String.raw`offert[ae]`, String.raw`acquista`, String.raw`negozio`, String.raw`collezione`,
      String.raw`aanbieding(?:en)?`, String.raw`kopen`, String.raw`collectie`, String.raw`winkel`,
    ],
  },
  {
    id: 'marketing/upsell',
    weight: 2.5,
    patterns: [
      String.raw`you (?:might|may|will|'ll) (?:also )?(?:like|love|enjoy)`, String.raw`customers who (?:bought|viewed|purchased)`,
      String.raw`(?:also|others) (?:loved|bought|liked|viewed)`, String.raw`(?:recommended|picked|handpicked|hand-picked|selected|chosen) (?:just )?for you`,
      String.raw`complete (?:the|your) look`, String.raw`frequently bought together`,
      String.raw`upgrade (?:now|today|to (?:pro|premium|plus|gold|platinum|business|unlimited|our|the (?:premium|pro|plus|business)|a (?:bigger|larger|higher|better|faster|premium))|your (?:plan|subscription|package|membership|room|seat|flight|tier|bundle|account))`,
      String.raw`eligible for an? (?:upgrade|higher|increase)`, String.raw`switch to our`, String.raw`try (?:our|the) new`,
      String.raw`add (?:a|an|extra) \S+ to your (?:booking|plan|stay|subscription)`,
      String.raw`vous (?:aimerez|pourriez aimer|allez adorer)`, String.raw`(?:pourrai(?:en)?t|devrai(?:en)?t) vous plaire`, String.raw`les clients (?:ont aussi|qui ont)`,
      String.raw`selectionnes? pour vous`, String.raw`rien que pour vous`,
      String.raw`passez (?:a|au) (?:la |l'|le )?(?:fibre|offre|forfait|formule|version|premium|pro|superieur|gamme|gigabit)`, String.raw`montee en gamme`, String.raw`surclassement`,
      String.raw`completez votre (?:look|tenue|equipement)`,
      String.raw`(?:tambien )?te (?:puede|podria) (?:gustar|interesar)`, String.raw`tambien te gustara`, String.raw`quienes compraron`,
      String.raw`mejora tu (?:plan|tarifa|suscripcion|habitacion|asiento|fibra)`, String.raw`(?:cambiate|pasate) a (?:nuestr[oa]|la tarifa|la fibra|fibra|premium|pro|el plan)`, String.raw`seleccionad[oa]s? para ti`,
      String.raw`(?:voce )?(?:tambem )?(?:pode|vai) (?:gostar|adorar)`, String.raw`quem comprou`, String.raw`(?:mude|migre|passe) para o? ?(?:plano|pacote)`,
      String.raw`faca (?:um )?upgrade`, String.raw`selecionad[oa]s? para voce`,
      String.raw`(?:das|dies) (?:konnte|durfte) (?:ihnen|dir) (?:auch )?gefallen`, String.raw`kunden kauften auch`,
      String.raw`(?:wechseln sie|wechsle|steigen sie um|upgraden sie) (?:jetzt )?(?:auf|zu)(?= (?!ihr|dein))`, String.raw`jetzt upgraden`, String.raw`fur sie ausgewahlt`,
      String.raw`passend dazu`,
      String.raw`(?:potrebbe|potrebbero) (?:piacerti|interessarti)`, String.raw`ti potrebbe(?:ro)? (?:piacere|interessare)`, String.raw`chi ha acquistato`,
      String.raw`scelti per te`, String.raw`passa (?:a|al|alla) (?:fibra|piano|tariffa|premium|pro|offerta)`, String.raw`fai l'upgrade`,
      String.raw`ook (?:leuk|interessant) voor (?:jou|u)`, String.raw`klanten kochten ook`, String.raw`(?:stap over|upgrade) (?:op|naar)`,
      String.raw`(?:speciaal )?voor (?:jou|u) geselecteerd`,
    ],
  },
  {
    // Retargeting per Meta: even when the user asked for the reminder, a cart nudge is marketing.
    id: 'marketing/cart',
    weight: 3,
    patterns: [
      String.raw`in your (?:shopping )?(?:cart|basket|bag)`, String.raw`your (?:shopping )?(?:cart|basket) (?:is waiting|misses you|is about to expire|is still)`,
      String.raw`(?:complete|finish|finalize|finalise) your (?:purchase|checkout)`, String.raw`checkout now`, String.raw`(?:return|back) to (?:your )?(?:cart|basket|checkout)`,
      String.raw`still thinking (?:it over|about)`, String.raw`we (?:saved|kept) (?:them|your items|your cart)`,
      String.raw`votre panier`, String.raw`(?:dans|de) (?:votre|ton) panier`, String.raw`finalisez votre (?:commande|achat)`,
      String.raw`(?:oublie|laisse) (?:quelque chose|des articles)`,
      String.raw`(?:en )?tu (?:carrito|cesta)`, String.raw`finaliza tu (?:compra|pedido)`, String.raw`completa tu compra`, String.raw`olvidaste algo`,
      String.raw`(?:no|seu) carrinho`, String.raw`finalize (?:sua|seu) (?:compra|pedido)`, String.raw`esqueceu (?:algo|alguma coisa)`,
      String.raw`warenkorb`, String.raw`schliess(?:e|en sie) (?:deine|ihre) bestellung (?:jetzt )?ab`,
      String.raw`carrello`, String.raw`completa (?:l'acquisto|il tuo ordine|l'ordine)`, String.raw`dimenticato qualcosa`,
      String.raw`winkelwagen(?:tje)?`, String.raw`winkelmand(?:je)?`, String.raw`rond je (?:bestelling|aankoop) af`,
    ],
  },
  {
    id: 'marketing/retargeting',
    weight: 2.5,
    patterns: [
      String.raw`wish ?list`, String.raw`saved (?:search|searches|items?)`, String.raw`(?:pick up|continue|carry on) (?:from )?where you left off`,
      String.raw`(?:reprenez|reprendre|continuez) (?:la )?ou vous vous etiez arrete(?:e)?`, String.raw`(?:retoma|continua) (?:donde|desde donde) lo dejaste`,
      String.raw`(?:continue|retome) de onde (?:voce )?parou`, String.raw`(?:weitermachen|fortfahren),? wo (?:sie|du) aufgehort`,
      String.raw`riprendi da dove (?:avevi lasciato|eri rimast[oa])`, String.raw`(?:ga )?verder waar (?:je|u) gebleven (?:was|bent)`, String.raw`(?:you|you've|you have) (?:were )?(?:looking at|viewed|browsed|had your eye on)`,
      String.raw`recently viewed`, String.raw`back in stock`, String.raw`prices? (?:has |have )?(?:just )?dropped`, String.raw`price drop`, String.raw`still interested`,
      String.raw`matches your (?:search|preferences|profile|criteria)`, String.raw`meets your (?:saved )?(?:search|criteria)`,
      String.raw`de nouveau (?:en stock|disponible)`, String.raw`(?:a nouveau|est de retour) en stock`, String.raw`vos (?:favoris|envies)`,
      String.raw`liste (?:de souhaits|d'envies)`, String.raw`vous avez (?:consulte|regarde)`, String.raw`toujours interesse`, String.raw`baisse de prix`,
      String.raw`le prix a baisse`,
      String.raw`(?:de nuevo|otra vez) (?:en stock|disponible)`, String.raw`lista de deseos`, String.raw`ha bajado de precio`, String.raw`bajada de precio`,
      String.raw`sigues interesad[oa]`,
      String.raw`(?:de volta|novamente) (?:ao|em) estoque`, String.raw`lista de desejos`, String.raw`baixou de preco`, String.raw`ainda (?:esta )?interessad[oa]`,
      String.raw`wieder (?:auf lager|verfugbar|da)`, String.raw`wunschliste`, String.raw`merkzettel`, String.raw`(?:angesehen|angeschaut) hast`,
      String.raw`preis(?:senkung| gesenkt|sturz)`, String.raw`noch interessiert`,
      String.raw`di nuovo disponibil[ei]`, String.raw`tornat[oi] disponibil[ei]`, String.raw`lista dei desideri`, String.raw`prezzo (?:e )?sceso`,
      String.raw`ancora interessat[oa]`,
      String.raw`weer (?:op voorraad|beschikbaar|leverbaar)`, String.raw`verlanglijst(?:je)?`, String.raw`(?:bekeken|bekeek) hebt`, String.raw`prijsdaling`,
      String.raw`nog (?:steeds )?interesse`,
    ],
  },
  {
    // Pushing the user to renew or stay; a neutral "will renew automatically on <date>" notice is not here.
    id: 'marketing/renewal',
    weight: 2.5,
    patterns: [
      String.raw`renew (?:now|today|it|your|before|early|online)`, String.raw`(?:don'?t|do not) let (?:your|it) (?:\S+ ){0,3}(?:expire|lapse|run out)`,
      String.raw`keep (?:enjoying|watching|listening|streaming|your (?:benefits|perks|discount|status|points))`, String.raw`reactivate your`,
      String.raw`resubscribe`, String.raw`extend your (?:subscription|membership|plan)`,
      String.raw`renouvelez(?:-le|-la|-les)?`, String.raw`(?:pensez a|n'oubliez pas de) renouveler`, String.raw`continuer a profiter`, String.raw`continuez a profiter`,
      String.raw`prolongez votre`, String.raw`reactivez`,
      String.raw`(?<!se )renueva(?:lo|la|los)?(?: ahora| ya| hoy| tu)`, String.raw`renuevalo`, String.raw`renuevala`, String.raw`manten (?:todas )?tus (?:ventajas|beneficios)`,
      String.raw`sigue disfrutando`, String.raw`no pierdas tus (?:ventajas|beneficios)`, String.raw`reactiva tu`,
      String.raw`(?<!se )renove(?: ja| agora| seu| sua| hoje)?`, String.raw`continue aproveitando`, String.raw`garanta (?:o mesmo preco|sua renovacao)`,
      String.raw`nao perca (?:seus|suas) (?:beneficios|vantagens)`,
      String.raw`verlangern sie`, String.raw`jetzt verlangern`, String.raw`verlangere`, String.raw`weiterhin (?:geniessen|profitieren)`,
      String.raw`rinnova (?:ora|subito|adesso|oggi|il tuo|la tua)`, String.raw`rinnovalo`, String.raw`continua(?:re)? a godere`,
      String.raw`non perdere i tuoi (?:vantaggi|benefici)`, String.raw`riattiva`,
      String.raw`verleng (?:nu|je|uw|direct|vandaag)`, String.raw`blijf (?:genieten|profiteren)`, String.raw`heractiveer`,
    ],
  },
  {
    id: 'marketing/reengagement',
    weight: 2.5,
    patterns: [
      String.raw`we miss(?:ed)? you`, String.raw`missing you`, String.raw`since we(?: have|'ve)? (?:last )?(?:saw|seen) you`,
      String.raw`(?:cela|ca) faisait (?:longtemps|un moment)`, String.raw`hace tiempo que no`, String.raw`(?:lange|eine weile) nicht mehr (?:gesehen|bei uns)`,
      String.raw`(?:e|era) da tanto(?: tempo)? che non`, String.raw`(?:al )?een tijdje niet (?:gezien|langs)`, String.raw`it'?s been (?:a while|too long|ages)`, String.raw`long time no see`,
      String.raw`come (?:back (?:this|next|today|and|soon|to us|to see us|to our)|see us again)`, String.raw`we haven'?t seen you`, String.raw`haven'?t (?:seen|heard from) you`, String.raw`where have you been`,
      String.raw`vous nous manquez`, String.raw`tu nous manques`, String.raw`(?:ca|cela) fait (?:longtemps|un moment|un bail)`,
      String.raw`revenez (?:nous voir|vite|chez nous|en (?:magasin|boutique)|profiter)`,
      String.raw`te (?:echamos|hemos echado) de menos`, String.raw`te extranamos`, String.raw`hace (?:mucho )?tiempo que no (?:te vemos|nos visitas|vienes)`, String.raw`ha pasado mucho tiempo`,
      String.raw`vuelve (?:esta|este|pronto|a visitarnos|con nosotros|a (?:comprar|entrenar|disfrutar))`,
      String.raw`sentimos (?:sua|a sua) falta`, String.raw`faz (?:muito )?tempo que (?:voce )?nao`, String.raw`volte (?:a|para) (?:treinar|comprar|nos visitar)`,
      String.raw`volte (?:logo|sempre)`,
      String.raw`wir vermissen (?:dich|sie|euch)`, String.raw`(?:komm|kommen sie) (?:zuruck|wieder)`, String.raw`lange nicht gesehen`,
      String.raw`ci manchi`, String.raw`ci mancate`, String.raw`torna(?:te)? (?:a trovarci|da noi|presto)`,
      String.raw`we missen (?:je|jou|u)`, String.raw`(?:kom|keer) (?:terug|eens langs)`, String.raw`lang niet gezien`, String.raw`we zien je graag terug`,
    ],
  },
  {
    id: 'marketing/app-install',
    weight: 2.5,
    patterns: [
      String.raw`download (?:our|the) (?:free |new )?(?:\S+ )?app`, String.raw`get (?:our|the) (?:free |new )?app`, String.raw`install (?:our|the) (?:\S+ )?app`,
      String.raw`(?:available|get it) on (?:the )?(?:app store|google play)`, String.raw`app store`, String.raw`google play`, String.raw`play store`,
      String.raw`app(?:lication)?\b[^\n{}]{0,80}?\bdownload it (?:now|today|below|for free)`, String.raw`try (?:our|the) (?:new )?app`,
      String.raw`telecharge[zr] (?:gratuitement )?(?:notre |l')app(?:li(?:cation)?)?`, String.raw`installez (?:notre |l')app(?:li(?:cation)?)?`,
      String.raw`telechargez-la`,
      String.raw`descarga(?:te)? (?:nuestra|la) (?:nueva )?app(?:licacion)?`, String.raw`descargala`, String.raw`instala (?:nuestra|la) app`,
      String.raw`baix(?:e|a) (?:o |nosso |o nosso )?(?:app|aplicativo)`, String.raw`instale (?:o |nosso )?(?:app|aplicativo)`,
      String.raw`(?:laden sie|lade dir|hol dir|holen sie sich) (?:jetzt )?(?:unsere|die) (?:neue )?app`, String.raw`app (?:jetzt )?herunter(?:laden)?`,
      String.raw`scarica (?:la nostra |l')?app`, String.raw`scaricala`, String.raw`installa (?:la nostra |l')?app`,
      String.raw`download (?:onze|de) (?:nieuwe )?app`, String.raw`installeer (?:onze|de) app`,
    ],
  },
  {
    id: 'marketing/fundraising',
    weight: 2.5,
    patterns: [
      String.raw`donate (?:now|today|here)`, String.raw`make a (?:donation|gift)`, String.raw`fundrais(?:ing|er)`, String.raw`support our (?:cause|mission|work)`,
      String.raw`contribute (?:now|today)`, String.raw`(?:seeking|need your) (?:donations|support)`, String.raw`every (?:donation|gift) counts`,
      String.raw`faites un don`, String.raw`(?:soutenez|soutenir) notre (?:cause|association|action)`, String.raw`collecte de fonds`, String.raw`appel aux dons`,
      String.raw`haz (?:tu|una) donacion`, String.raw`dona (?:ahora|hoy|ora)`, String.raw`recaudacion de fondos`, String.raw`apoya nuestra causa`,
      String.raw`faca (?:sua|uma) doacao`, String.raw`doe (?:agora|hoje)`, String.raw`arrecadacao`, String.raw`apoie nossa causa`,
      String.raw`jetzt spenden`, String.raw`spenden sie`, String.raw`spendenaktion`, String.raw`unterstutzen sie unsere`,
      String.raw`fai una donazione`, String.raw`raccolta fondi`, String.raw`sostieni (?:la nostra|il nostro)`,
      String.raw`doneer (?:nu|vandaag)`, String.raw`inzamelingsactie`,
    ],
  },
  {
    id: 'marketing/credit-offer',
    weight: 2.5,
    patterns: [
      String.raw`pre[- ]?(?:approved|qualified|selected)`, String.raw`introductory (?:apr|rate|offer|interest)`, String.raw`(?:low|lower|0|zero) ?% ?apr`,
      String.raw`from {N} ?% apr`, String.raw`earn (?:up to )?{N} ?% (?:interest|cashback|back)`, String.raw`personal loans`,
      String.raw`apply (?:via|through|with) your personali[sz]ed link`, String.raw`credit limit increase`, String.raw`get approved`,
      String.raw`pre-?(?:approuve|accorde)e?`, String.raw`credit (?:a|au) taux`, String.raw`taux (?:exceptionnel|preferentiel|promotionnel|avantageux)`,
      String.raw`simulez votre (?:credit|pret)`,
      String.raw`pre-?aprobad[oa]`, String.raw`(?:prestamos?|creditos?) (?:desde|al|con un) {N}`, String.raw`tipo de interes (?:desde|especial)`,
      String.raw`pre-?aprovad[oa]`, String.raw`(?:emprestimo|credito) (?:com taxa|a partir de)`,
      String.raw`vorab genehmigt`, String.raw`(?:kredit|ratenkredit|darlehen) (?:ab|zu) {N}`, String.raw`zinssatz ab`,
      String.raw`pre-?approvat[oa]`, String.raw`prestit[oi] (?:da|a partire da|con tasso)`, String.raw`tasso (?:agevolato|speciale)`,
      String.raw`(?:lening|krediet) (?:vanaf|tegen) {N}`, String.raw`vooraf goedgekeurd`,
    ],
  },
  {
    id: 'marketing/contest',
    weight: 2.5,
    patterns: [
      String.raw`prize draw`, String.raw`sweepstakes?`, String.raw`giveaway`, String.raw`raffle`, String.raw`chances? to win`, String.raw`you could win`,
      String.raw`win (?:a|an|one of|big|prizes?)`, String.raw`enter (?:to win|our (?:draw|contest|competition))`,
      String.raw`tirage au sort`, String.raw`jeu[- ]concours`, String.raw`(?:tentez|gagnez) (?:votre chance|un|une|des)`, String.raw`a gagner`,
      String.raw`sorteo`, String.raw`concurso`, String.raw`gana (?:un|una)`, String.raw`participa y gana`,
      String.raw`sorteio`, String.raw`concorra a`,
      String.raw`gewinnspiel`, String.raw`verlosung`, String.raw`gewinnen sie`, String.raw`zu gewinnen`,
      String.raw`concorso a premi`, String.raw`estrazione`, String.raw`vinci (?:un|una|subito)`, String.raw`in palio`,
      String.raw`winactie`, String.raw`maak kans op`, String.raw`win (?:een|een van)`, String.raw`verloting`,
    ],
  },
  {
    // Survey wording. Kept as MARKETING only when nothing ties it to a specific order or
    // interaction (the classifier drops these hits otherwise).
    id: 'marketing/generic-survey',
    weight: 2.5,
    patterns: [
      String.raw`surveys?`, String.raw`questionnaire`, String.raw`feedback`, String.raw`(?:tell|let) us (?:what you think|how we(?:'re| are) doing|your opinion)`,
      String.raw`how (?:did we do|are we doing|was your experience|would you rate|likely are you to recommend)`, String.raw`rate (?:us|our|your experience)`,
      String.raw`(?:leave|write) (?:us )?a review`, String.raw`your opinion`, String.raw`hear from you`, String.raw`share your (?:thoughts|experience|opinion)`,
      String.raw`donnez-nous votre avis`, String.raw`votre avis`, String.raw`enquete de satisfaction`, String.raw`sondage`, String.raw`notez-nous`,
      String.raw`comment s'est passee?`, String.raw`evaluez`, String.raw`laissez-nous un avis`,
      String.raw`tu opinion`, String.raw`encuesta`, String.raw`valora(?:nos)?`, String.raw`que tal (?:fue|ha sido)`, String.raw`deja(?:nos)? (?:tu|una) (?:opinion|resena)`,
      String.raw`como fue tu experiencia`,
      String.raw`sua opiniao`, String.raw`pesquisa de satisfacao`, String.raw`responda (?:a )?(?:nossa )?pesquisa`, String.raw`avalie`, String.raw`como foi (?:a|o|sua|seu)`,
      String.raw`deixe (?:sua|uma) avaliacao`,
      String.raw`umfrage`, String.raw`ihre meinung`, String.raw`deine meinung`, String.raw`bewerten sie`, String.raw`bewerte`, String.raw`wie zufrieden`,
      String.raw`wie gefallt (?:ihnen|dir)`,
      String.raw`sondaggio`, String.raw`questionario`, String.raw`la tua opinione`, String.raw`com'e andat[oa]`, String.raw`valuta(?:ci)?`,
      String.raw`lasciaci (?:un|una) (?:voto|recensione)`, String.raw`recensione`,
      String.raw`enquete`, String.raw`vragenlijst`, String.raw`je mening`, String.raw`uw mening`, String.raw`wat vind je van`, String.raw`hoe tevreden`,
      String.raw`beoordeel`, String.raw`geef (?:een|ons een) cijfer`,
    ],
  },

  {
    // A credit or voucher handed out to bring the user back (goodwill gesture after a problem,
    // "for your next order"): an incentive on a future purchase, so a promotion. A refund or a
    // billing correction of the user's own money is not here (utility/payment).
    id: 'marketing/goodwill',
    weight: 2,
    patterns: [
      String.raw`(?:store|goodwill|bonus|shopping|gift) credits?`, String.raw`gift cards?`,
      String.raw`(?:added|deposited|loaded|put|given you|giving you) (?:a |an )?(?:(?:{P}|{C} ?{N}|{N} ?{C}) )?(?:in |of )?(?:credit|voucher|gift card)s?`,
      String.raw`(?:added|deposited|loaded|put|given you|giving you) (?:a |an )?\{\{[^{}]*(?:credit|voucher|gift|bonus)[^{}]*\}\}`,
      String.raw`(?:for|on|towards|off|to spend on|to use on) your next (?:order|purchase|visit|booking|stay|trip|ride|meal|shop)`,
      String.raw`(?:sur|pour|lors de|a valoir sur) (?:votre|ta) prochaine? (?:commande|achat|visite|reservation|sejour|course)`, String.raw`geste commercial`,
      String.raw`credit (?:offert|cadeau|fidelite)`,
      String.raw`(?:en|para|con) (?:tu|su) proxim[oa] (?:compra|pedido|visita|reserva|viaje|estancia)`, String.raw`(?:credito|saldo) (?:de regalo|promocional)`,
      String.raw`gesto de buena voluntad`,
      String.raw`(?:na|para a|para o|em sua|na sua|no seu|no) proxim[oa] (?:compra|pedido|visita|reserva|viagem)`, String.raw`credito (?:de presente|promocional|bonus)`,
      String.raw`(?:bei|fur) (?:ihre[nr]?|deine[nr]?|die|den) nachste[nr]? (?:bestellung|einkauf|buchung|besuch)`, String.raw`beim nachsten (?:einkauf|besuch|bestellen)`,
      String.raw`kulanz(?:gutschrift|guthaben)?`,
      String.raw`(?:sul|per il|sul tuo|per il tuo) prossimo (?:ordine|acquisto|soggiorno)`, String.raw`(?:sulla|per la) (?:tua )?prossima (?:prenotazione|visita|spesa)`,
      String.raw`credito (?:in omaggio|bonus|promozionale)`,
      String.raw`(?:bij|voor|op) (?:je|jouw|uw) volgende (?:bestelling|aankoop|boeking|bezoek)`, String.raw`tegoed (?:cadeau|als excuus|als goedmaker)`,
      String.raw`als goedmaker`,
    ],
  },

  // ===================================== MARKETING: softer cues ============================
  {
    // "Awareness" objective: announcing something new rather than serving an existing relationship.
    id: 'marketing/awareness',
    weight: 2,
    patterns: [
      String.raw`did you know`, String.raw`introducing`, String.raw`meet (?:our|the) new`, String.raw`(?:i am|i'm|we are|we're) (?:your|the) new`,
      String.raw`(?:we're|we are) (?:excited|thrilled|happy|delighted|proud) to (?:announce|introduce|share|launch|present)`,
      String.raw`(?:just|newly) (?:launched|opened|arrived|landed|dropped|released)`, String.raw`(?:has|have) (?:just )?(?:landed|launched|dropped)`,
      String.raw`now (?:open|available|live|in stores?)`,
      String.raw`new (?:arrivals?|collection|season|range|menu|flavou?rs?|products?|models?|styles?|look|store|shop|resort|hotel|restaurant|feature|features|in)`,
      String.raw`new-season`, String.raw`newest`, String.raw`brand[- ]new`, String.raw`coming soon`, String.raw`(?:our|the) latest`,
      String.raw`(?:spring|summer|autumn|fall|winter|holiday|christmas) collection`, String.raw`launch(?:ing|es)?`,
      String.raw`le saviez-vous`, String.raw`saviez-vous`, String.raw`(?:nous sommes|on est) (?:heureux|ravis|fiers) de vous (?:presenter|annoncer)`,
      String.raw`nouvelles? (?:collection|gamme|saison|carte|boutique|offre|formule)s?`, String.raw`nouveaux? (?:produits?|menu|magasin|restaurant|forfait|service|modeles?|look)`,
      String.raw`nouveautes?`, String.raw`vient (?:d'ouvrir|d'arriver|de sortir)`, String.raw`disponibles? des (?:aujourd'hui|maintenant)`, String.raw`bientot disponible`,
      String.raw`en avant-premiere`, String.raw`collection (?:printemps|ete|automne|hiver)`,
      String.raw`sabias que`, String.raw`nuev[oa]s? (?:en|coleccion|temporada|carta|tienda|productos?|sabor(?:es)?|modelos?|servicio)`, String.raw`novedad(?:es)?`,
      String.raw`ya (?:esta|estan) (?:aqui|disponibles?)`, String.raw`acaba(?:mos)? de (?:abrir|llegar|lanzar)`, String.raw`lanzamiento`, String.raw`(?:la|nuestra) (?:nueva )?coleccion`,
      String.raw`(?:voce )?sabia que`, String.raw`nov[oa]s? (?:colecao|plano|produtos?|loja|linha|cardapio|sabor(?:es)?|modelos?|servico)`, String.raw`novidades?`,
      String.raw`acaba(?:mos)? de (?:abrir|chegar|lancar)`, String.raw`lancamento`, String.raw`chegou (?:a|o) nov[oa]`,
      String.raw`wussten sie`, String.raw`wusstest du`, String.raw`neu (?:bei uns|im sortiment|eingetroffen|erschienen)`, String.raw`neue (?:kollektion|produkte|filiale|saison)`,
      String.raw`neuheit(?:en)?`, String.raw`[a-z]*kollektion`, String.raw`frisch eingetroffen`, String.raw`jetzt (?:neu|erhaltlich)`, String.raw`ab sofort (?:erhaltlich|verfugbar)`,
      String.raw`lo sapevi`, String.raw`sapevi che`, String.raw`nuov[aoie] (?:collezion[ei]|prodott[oi]|negozi[oi]|menu|arrivi|gusti?)`, String.raw`novita`,
      String.raw`appena (?:arrivat[oaie]|aperto|lanciat[oa])`, String.raw`(?:la|nostra) (?:nuova )?collezione`,
      String.raw`wist je (?:dat|al)`, String.raw`nieuwe (?:collectie|producten|winkel|smaken?|modellen)`, String.raw`nieuw (?:bij|in ons|binnen)`, String.raw`net binnen`,
      String.raw`nu verkrijgbaar`, String.raw`collectie`,
    ],
  },
  {
    id: 'marketing/discover',
    weight: 1.5,
    patterns: [
      String.raw`discover (?:our|the|new|more|your|it|how|products?|what|great)`, String.raw`explore (?:our|the|new)`, String.raw`check out (?:our|the|these|new)`,
      String.raw`take a look`, String.raw`have a look`, String.raw`see what'?s new`, String.raw`browse (?:our|the)`, String.raw`what'?s new`,
      String.raw`ce qui a change`, String.raw`que hay de nuevo`, String.raw`todo lo nuevo`, String.raw`o que ha de novo`, String.raw`o que mudou`,
      String.raw`was es neues gibt`, String.raw`was neu ist`, String.raw`cosa c'e di nuovo`, String.raw`wat er nieuw is`,
      String.raw`decouvr(?:ez|ir)(?:-la|-le|-les)?`, String.raw`je decouvre`, String.raw`venez (?:decouvrir|voir)`, String.raw`jetez un (?:coup d'oeil|oeil)`,
      String.raw`descubr(?:e|a|ir)(?:la|lo|las|los)?`, String.raw`conoce (?:nuestr[oa]s?|la|el|los|las)`, String.raw`echa un vistazo`, String.raw`explora`,
      String.raw`descubra`, String.raw`conheca`, String.raw`confira`, String.raw`de uma olhada`,
      String.raw`entdecken sie`, String.raw`entdecke`, String.raw`jetzt entdecken`, String.raw`stobern`,
      String.raw`scopri(?:la|lo|le|li)?`, String.raw`dai un'occhiata`, String.raw`esplora`,
      String.raw`ontdek`, String.raw`bekijk (?:onze|de nieuwe)`, String.raw`neem een kijkje`,
    ],
  },
  {
    id: 'marketing/info-cta',
    weight: 0.5,
    patterns: [
      String.raw`learn more`, String.raw`find out more`, String.raw`visit our (?:site|website|store|shop)`, String.raw`read more`,
      String.raw`en savoir plus`, String.raw`plus d'infos`, String.raw`mas informacion`, String.raw`saber mas`, String.raw`visita nuestra (?:web|tienda)`,
      String.raw`saiba mais`, String.raw`visite (?:nosso site|nossa loja)`, String.raw`mehr erfahren`, String.raw`mehr infos`, String.raw`besuchen sie unsere`,
      String.raw`scopri di piu`, String.raw`maggiori informazioni`, String.raw`visita il nostro`, String.raw`meer (?:weten|informatie|info)`, String.raw`lees meer`,
      String.raw`bezoek onze`,
    ],
  },
  {
    id: 'marketing/hype',
    weight: 1,
    patterns: [
      String.raw`exclusive(?:ly)?`, String.raw`amazing`, String.raw`incredible`, String.raw`unbeatable`, String.raw`unmissable`, String.raw`irresistible`,
      String.raw`must[- ]have`, String.raw`best[- ]?sell(?:er|ers|ing)`, String.raw`favou?rites`, String.raw`you deserve`,
      String.raw`perfect (?:place|gift|way|time|choice|match|getaway|spot)`, String.raw`getaway`, String.raw`relax and unwind`,
      String.raw`enjoy (?:a |an |our |the )?(?:better|best|more|exclusive|extra|great|amazing|introductory|free)`,
      String.raw`(?:looking|searching) for (?:a|an|the|some|new)`, String.raw`get ready`, String.raw`don'?t wait`, String.raw`why wait`,
      String.raw`(?:big|great|good) news`,
      String.raw`exclusi(?:f|ve|fs|ves|vite|vement)`, String.raw`incontournables?`, String.raw`imbattables?`, String.raw`idees? cadeaux?`,
      String.raw`bonne nouvelle`, String.raw`(?:vos|nos) (?:soins|produits|articles|plats) preferes`, String.raw`moment de detente`, String.raw`a ne pas manquer`,
      String.raw`exclusiv[oa]s?`, String.raw`increibles?`, String.raw`imperdibles?`, String.raw`buenas noticias`, String.raw`date un capricho`,
      String.raw`(?:te lo|te la) mereces`, String.raw`favoritos`,
      String.raw`incrive(?:l|is)`, String.raw`imperdive(?:l|is)`, String.raw`boa noticia`, String.raw`voce merece`, String.raw`que tal`,
      String.raw`exklusiv(?:e[nrs]?)?`, String.raw`unschlagbar(?:e[nrs]?)?`, String.raw`gute nachrichten`, String.raw`lieblings[a-z]*`, String.raw`mehr speed`,
      String.raw`esclusiv[aoie]`, String.raw`imperdibil[ei]`, String.raw`incredibil[ei]`, String.raw`buone notizie`, String.raw`te lo meriti`,
      String.raw`exclusie(?:f|ve)`, String.raw`onweerstaanbaar`, String.raw`goed nieuws`, String.raw`favorieten`,
    ],
  },
  {
    // "Relationship building" objective: wishes and celebrations that serve no transaction.
    id: 'marketing/relationship',
    weight: 2,
    patterns: [
      String.raw`happy (?:birthday|anniversary|holidays|new year|easter|mother'?s day|father'?s day|valentine'?s(?: day)?|diwali|eid|hanukkah|thanksgiving)`,
      String.raw`merry christmas`, String.raw`season'?s greetings`, String.raw`(?:we )?wish(?:ing)? you (?:a|the|all|happy|merry|the best)`, String.raw`best wishes`,
      String.raw`from all of us`,
      String.raw`joyeux (?:anniversaire|noel|paques)`, String.raw`bonne (?:annee|fete|fetes|saint-valentin)`, String.raw`meilleurs voeux`, String.raw`nous vous souhaitons`,
      String.raw`feliz (?:cumpleanos|navidad|ano nuevo|aniversario|dia)`, String.raw`felices fiestas`, String.raw`te deseamos`,
      String.raw`feliz (?:natal|ano novo)`, String.raw`boas festas`, String.raw`desejamos (?:a voce|um|uma|boas|feliz)`,
      String.raw`alles gute zum geburtstag`, String.raw`(?:frohe|frohes|schone) (?:weihnachten|ostern|feiertage|neues jahr|festtage)`, String.raw`(?:wir )?wunschen (?:ihnen|dir|euch)`,
      String.raw`buon (?:compleanno|natale|anno|anniversario)`, String.raw`buone (?:feste|vacanze)`, String.raw`ti auguriamo`,
      String.raw`gefeliciteerd met je verjaardag`, String.raw`(?:fijne|prettige) (?:feestdagen|kerst(?:dagen)?)`, String.raw`gelukkig nieuwjaar`, String.raw`(?:we )?wensen (?:je|jou|u)`,
    ],
  },
  {
    id: 'marketing/relationship',
    weight: 1,
    patterns: [
      String.raw`congratulations`, String.raw`congrats`, String.raw`felicitations`, String.raw`felicidades`, String.raw`enhorabuena`, String.raw`parabens`,
      String.raw`(?:herzlichen )?gluckwunsch`, String.raw`congratulazioni`, String.raw`complimenti`, String.raw`auguri`, String.raw`gefeliciteerd`, String.raw`proficiat`,
    ],
  },
  {
    id: 'marketing/come-visit',
    weight: 2,
    patterns: [
      String.raw`on vous attend`, String.raw`on t'attend`, String.raw`te esperamos`, String.raw`os esperamos`, String.raw`estamos (?:te )?esperando`,
      String.raw`ti aspettiamo`, String.raw`vi aspettiamo`, String.raw`wir freuen uns auf (?:ihren|deinen|euren) besuch`, String.raw`we look forward to (?:seeing|welcoming) you`,
      String.raw`we zien (?:je|u) graag`,
    ],
  },
  {
    id: 'marketing/event-invite',
    weight: 1.5,
    patterns: [
      String.raw`webinars?`, String.raw`you'?re invited`, String.raw`join us (?:for|at|on)`, String.raw`join our (?:free )?(?:webinar|event|workshop|masterclass|live)`,
      String.raw`save the date`, String.raw`reserve your (?:seat|spot|place)`, String.raw`register (?:now|today|for free)`,
      String.raw`vous etes invitee?s?`, String.raw`rejoignez-nous`, String.raw`inscrivez-vous`, String.raw`reservez votre place`, String.raw`webinaire`,
      String.raw`estas invitad[oa]`, String.raw`unete a (?:nosotros|nuestro)`, String.raw`inscribete`, String.raw`reserva tu (?:plaza|lugar)`,
      String.raw`voce esta convidad[oa]`, String.raw`inscreva-se`, String.raw`garanta (?:ja )?(?:sua|a sua) vaga`,
      String.raw`sie sind eingeladen`, String.raw`(?:melden sie sich|melde dich) (?:jetzt )?an`, String.raw`seien sie dabei`, String.raw`sei dabei`,
      String.raw`sei invitat[oa]`, String.raw`iscriviti`, String.raw`partecipa (?:al|alla|anche tu)`, String.raw`prenota il tuo posto`,
      String.raw`je bent uitgenodigd`, String.raw`meld je (?:nu )?aan`, String.raw`doe mee`, String.raw`schrijf je in`,
    ],
  },
  {
    // Adoption nudges: pointing at something the user has not used yet (a feature, the app,
    // a product) is awareness, whatever relationship the user already has with the business.
    id: 'marketing/feature-nudge',
    weight: 2,
    patterns: [
      String.raw`(?:haven'?t|have not|didn'?t|did not) (?:yet )?(?:tried|used|explored|activated|discovered|checked out)(?: out)? (?:our|the|it|this|these|all)`,
      String.raw`we noticed (?:that )?you (?:haven'?t|have not|didn'?t|did not)`, String.raw`have you (?:already )?(?:tried|explored|discovered) (?:our|the|it|this)`,
      String.raw`(?:not|never) (?:yet )?(?:tried|used) (?:our|the) new`,
      String.raw`n'avez (?:pas encore|jamais|toujours pas) (?:essaye|utilise|teste|decouvert|profite de)`, String.raw`n'as (?:pas encore|jamais) (?:essaye|utilise|teste)`,
      String.raw`avez-vous (?:deja )?(?:essaye|teste|decouvert)`,
      String.raw`(?:todavia|aun) no has (?:probado|usado|utilizado|descubierto)`, String.raw`no has (?:probado|usado) (?:todavia|aun)`, String.raw`ya has probado`,
      String.raw`ainda nao (?:usou|experimentou|testou|conheceu|aproveitou)`, String.raw`ja (?:experimentou|testou|conhece) (?:o|a|os|as|nosso|nossa)`,
      String.raw`noch nicht (?:ausprobiert|genutzt|verwendet|getestet|entdeckt)`, String.raw`schon (?:ausprobiert|entdeckt)`,
      String.raw`non (?:hai|avete) ancora (?:provato|usato|utilizzato|scoperto)`, String.raw`hai (?:gia )?provato`,
      String.raw`nog (?:niet|nooit) (?:gebruikt|geprobeerd|uitgeprobeerd|ontdekt)`, String.raw`al (?:geprobeerd|ontdekt)\?`,
    ],
  },
  {
    // Relationship building: thanking the user for their loyalty, with no order or request behind it.
    id: 'marketing/loyalty-thanks',
    weight: 2,
    patterns: [
      String.raw`thank(?:s| you) for (?:being (?:a |an |our |with us|part of)|your (?:loyalty|continued (?:trust|support|business))|staying with us|sticking with us)`,
      String.raw`(?:loyal|valued) (?:customers?|members?|clients?|guests?)`, String.raw`customers? like you`, String.raw`\{\{[^{}]*(?:loyal|valued)[^{}]*\}\}`,
      String.raw`look forward to (?:continuing|many more)`,
      String.raw`merci (?:pour|de) votre (?:fidelite|confiance)`, String.raw`merci d'etre (?:a nos cotes|avec nous|parmi nous|client)`, String.raw`a nos cotes depuis`,
      String.raw`clients? fideles?`, String.raw`votre fidelite`,
      String.raw`gracias por (?:tu|su) (?:fidelidad|confianza|lealtad)`, String.raw`gracias por (?:confiar|seguir|estar) (?:en|con) nosotros`, String.raw`clientes? fiel(?:es)?`,
      String.raw`tu fidelidad`,
      String.raw`obrigad[oa] (?:pela|por) (?:sua )?(?:fidelidade|confianca|lealdade)`, String.raw`obrigad[oa] por (?:confiar|estar) (?:em|com) (?:nos|a gente)`, String.raw`clientes? fie(?:l|is)`,
      String.raw`danke fur (?:ihre|deine) (?:treue|vertrauen)`, String.raw`(?:die )?treue (?:halten|haltst)`, String.raw`treue(?:n)? kund(?:en|in|e)`,
      String.raw`grazie per (?:la (?:tua|vostra|sua) )?(?:fedelta|fiducia)`, String.raw`grazie per essere (?:con noi|nostr[oa] client[ei])`, String.raw`client[ei] fedel[ei]`,
      String.raw`bedankt voor (?:je|jouw|uw) (?:trouw|vertrouwen|loyaliteit)`, String.raw`bedankt dat (?:je|u) (?:al )?(?:\S+ ){0,3}(?:klant|lid) (?:bent|bij ons)`, String.raw`trouwe klant(?:en)?`,
    ],
  },
  {
    id: 'marketing/referral',
    weight: 2,
    patterns: [
      String.raw`invite (?:them|your friends?|a friend|friends|your contacts)`, String.raw`refer (?:a friend|your friends|friends)`,
      String.raw`(?:your )?friends? (?:\S+ ){0,2}(?:recently |just )?(?:joined|signed up|(?:are|is) (?:already )?using)`,
      String.raw`parrain(?:ez|age|er)`, String.raw`invitez (?:vos amis|vos proches|un ami)`,
      String.raw`invita a (?:tus amigos|un amigo|tus contactos)`, String.raw`recomienda(?:nos)? a (?:tus amigos|un amigo)`,
      String.raw`indique (?:um amigo|amigos|seus amigos)`, String.raw`convide (?:seus amigos|um amigo)`,
      String.raw`(?:lade|laden sie) (?:deine |ihre )?freunde ein`, String.raw`freunde werben`,
      String.raw`invita (?:i tuoi amici|un amico)`, String.raw`porta un amico`,
      String.raw`nodig (?:je |uw )?vrienden uit`, String.raw`vriend(?:en)? (?:aanbrengen|uitnodigen)`,
    ],
  },
  {
    id: 'marketing/opt-out-button',
    weight: 2,
    components: ['BUTTONS'],
    patterns: [
      String.raw`stop (?:promotions?|promos?|marketing|offers)`, String.raw`(?:arreter|stop) (?:les )?(?:promotions?|promos|offres)`,
      String.raw`(?:no|sin|parar|nao quero) (?:mas |mais )?(?:promociones|promocoes|ofertas)`, String.raw`keine (?:werbung|angebote)`,
      String.raw`(?:stop|niente) (?:promozioni|offerte)`, String.raw`geen (?:aanbiedingen|reclame)`,
    ],
  },

  // ===================================== UTILITY ==========================================
  {
    // The strongest utility cue: a reference to one of the user's own transactions.
    id: 'utility/transaction-ref',
    weight: 3,
    patterns: [
      `(?:${REF_NOUNS})${NUMBER_WORD}(?: ?[#:]| )? ?#?${REF_VALUE}`,
      // A named parameter that carries the reference itself: {{order_number}}, {{id_commande}}...
      String.raw`\{\{[^{}]*(?:order|booking|invoice|tracking|reference|ref|pnr|ticket|case|account|commande|facture|pedido|factura|fatura|bestellung|rechnung|ordine|fattura|bestelling|factuur|reservation|reserva|transaction|receipt|policy|contract|contrat|contrato|vertrag|dossier)[^{}]*\}\}`,
    ],
  },
  {
    id: 'utility/user-action',
    weight: 2,
    patterns: [
      String.raw`(?:you|you've|you have) (?:just |recently )?(?:ordered|purchased|bought|booked|requested|scheduled|reserved|signed up|registered|paid|returned|submitted|applied|contacted|called|chatted)`,
      String.raw`(?:your|the) (?:recent )?(?:purchase|request|enquiry|inquiry|application|claim|complaint|submission|call|chat|conversation)`,
      String.raw`as (?:you )?requested`, String.raw`(?:following up|follow-up) on`,
      String.raw`thank(?:s| you) for (?:your (?:order|purchase|payment|booking|request|call|message|patience)|contacting|confirming|choosing|shopping)`,
      String.raw`vous avez (?:commande|achete|reserve|demande|souscrit|paye|effectue|contacte|sollicite|retourne)`,
      String.raw`(?:votre|suite a votre) (?:demande|achat|appel|reclamation|candidature|echange)`, String.raw`que vous avez (?:achete|commande|reserve|demande)`,
      String.raw`merci pour votre (?:commande|achat|paiement|reservation|appel)`, String.raw`suite a votre`,
      String.raw`(?:has|hiciste|realizaste) (?:comprado|pedido|reservado|solicitado|pagado)`, String.raw`tu (?:compra|solicitud|reclamacion|consulta|llamada)`,
      String.raw`gracias por tu (?:compra|pedido|pago|reserva)`, String.raw`que (?:compraste|pediste|reservaste|solicitaste)`,
      String.raw`voce (?:comprou|pediu|reservou|solicitou|pagou|agendou)`, String.raw`sua (?:compra|solicitacao|reclamacao|ligacao)`,
      String.raw`obrigad[oa] (?:pela|por) (?:sua )?(?:compra|pedido|pagamento|reserva)`,
      String.raw`(?:sie haben|du hast) (?:\S+ ){0,3}(?:bestellt|gekauft|gebucht|angefragt|beantragt|bezahlt|reserviert)`,
      String.raw`(?:ihre|deine) (?:anfrage|reklamation|anmeldung)`, String.raw`von (?:ihnen|dir) gekaufte`, String.raw`danke fur (?:ihre|deine) (?:bestellung|zahlung|buchung|anfrage)`,
      String.raw`(?:hai|avete) (?:ordinato|acquistato|prenotato|richiesto|pagato)`, String.raw`(?:la tua|tua) (?:richiesta|segnalazione|chiamata)`,
      String.raw`grazie per (?:il tuo ordine|l'acquisto|il pagamento|aver acquistato|la prenotazione)`, String.raw`che hai (?:acquistato|ordinato|prenotato)`,
      String.raw`(?:je hebt|u heeft|jij hebt) (?:\S+ ){0,3}(?:besteld|gekocht|geboekt|aangevraagd|betaald|gereserveerd)`,
      String.raw`(?:je|jouw|uw) (?:aanvraag|klacht|melding|aankoop)`, String.raw`bedankt voor (?:je|uw) (?:bestelling|betaling|aankoop|boeking)`,
    ],
  },
  {
    id: 'utility/user-action',
    weight: 1.5,
    // "your order", "votre commande"... without a reference still points at the user's own purchase.
    patterns: [
      String.raw`your (?:order|booking|reservation|parcel|package|delivery|shipment|return|refund|ticket|tickets)`,
      String.raw`(?:your|the) (?:recent|last) (?:visit|stay|trip|consultation|repair|installation|appointment|session|class|ride|meal)`,
      String.raw`how was your (?:visit|stay|trip|consultation|repair|installation|appointment|session|class|ride|meal)`,
      String.raw`your \{\{[^{}]*(?:visit|order|stay|appointment|purchase|delivery|booking|trip|repair|consultation)[^{}]*\}\}`,
      String.raw`votre (?:derniere|recente) (?:visite|commande|reservation|seance)`, String.raw`votre (?:dernier|recent) (?:sejour|achat|passage|rendez-vous)`,
      String.raw`comment s'est passee? votre (?:visite|sejour|rendez-vous|livraison|seance)`,
      String.raw`tu (?:ultima|reciente) (?:visita|compra|estancia|reserva)`, String.raw`(?:que tal|como) (?:fue|ha ido|estuvo) tu (?:visita|estancia|cita)`,
      String.raw`sua (?:ultima|recente) (?:visita|compra|estadia|reserva)`, String.raw`como foi (?:a )?sua (?:visita|estadia|consulta)`,
      String.raw`(?:ihr|ihren|dein|deinen) letzte[nr]? (?:besuch|aufenthalt|einkauf)`, String.raw`wie war (?:ihr|dein) (?:besuch|aufenthalt)`,
      String.raw`(?:la tua|tua) (?:ultima|recente) (?:visita|prenotazione)`, String.raw`(?:il tuo|tuo) (?:ultimo|recente) (?:soggiorno|acquisto)`,
      String.raw`com'e andat[oa] (?:la tua|il tuo) (?:visita|soggiorno)`,
      String.raw`(?:je|jouw|uw) (?:laatste|recente) (?:bezoek|verblijf|aankoop)`, String.raw`hoe was (?:je|uw) (?:bezoek|verblijf)`,
      String.raw`(?:votre|ta) (?:commande|reservation|livraison|colis)`, String.raw`(?:tu|su) (?:pedido|reserva|envio|paquete)`,
      String.raw`(?:seu|sua) (?:pedido|reserva|encomenda|entrega)`, String.raw`(?:ihre|deine) (?:bestellung|buchung|lieferung|sendung|paket)`,
      String.raw`(?:il tuo|tuo|la tua|tua) (?:ordine|prenotazione|spedizione|pacco|consegna)`, String.raw`(?:je|jouw|uw) (?:bestelling|boeking|pakket|levering|zending)`,
    ],
  },
  {
    id: 'utility/order-status',
    weight: 2,
    patterns: [
      String.raw`(?:has|have) been (?:shipped|dispatched|delivered|confirmed|cancell?ed|processed|received|refunded|approved|completed|collected|updated|changed|rescheduled|resolved|activated|issued|posted|moved)`,
      String.raw`(?:was|were|is|are) (?:shipped|dispatched|delivered|confirmed|processed|approved|rescheduled|resolved|activated)`,
      String.raw`(?:has|have) (?:shipped|arrived)`, String.raw`on (?:its|the|their) way`, String.raw`out for delivery`, String.raw`ready for (?:pick ?-?up|collection)`,
      String.raw`tracking (?:number|link|code|id)`, String.raw`track (?:your|it|the|my)(?: order| parcel| package| shipment| delivery)?`,
      String.raw`(?:expected|estimated|scheduled) (?:delivery|arrival)`, String.raw`arriv(?:e|es|ing) (?:by|on|between|today|tomorrow)`,
      String.raw`delivery (?:date|window|slot|address)`, String.raw`we(?: have|'ve)? received (?:your|the)`, String.raw`(?:is|are) (?:attached|ready)`,
      String.raw`your (?:refund|return|repair|case|claim) (?:has|is|was)`, String.raw`has progressed`, String.raw`next step`,
      String.raw`a (?:bien )?ete (?:expedie|livre|confirme|annule|traite|recu|rembourse|valide|modifie|envoye|pris en compte|active|enregistre|retarde|reporte|expediee|livree|confirmee|annulee|traitee|recue|remboursee|validee|modifiee|envoyee|prise en compte|activee|enregistree)s?`,
      String.raw`(?:est|sont) (?:en cours de (?:livraison|preparation|traitement)|en route|en chemin|en preparation|prete?s?|confirmee?s?)`,
      String.raw`livraison prevue`, String.raw`(?:numero|lien) de suivi`, String.raw`suivre (?:votre|mon) (?:colis|commande)`, String.raw`nous avons (?:bien )?recu`,
      String.raw`(?:sera|seront) (?:livree?s?|effectuee?s?|prelevee?s?|expediee?s?|remboursee?s?)`,
      String.raw`ha sido (?:enviad|entregad|confirmad|cancelad|procesad|aprobad|reembolsad|modificad|recibid)[oa]s?`, String.raw`(?:ya )?esta en camino`,
      String.raw`en reparto`, String.raw`llegara`, String.raw`(?:hemos|ha) recibido`, String.raw`esta confirmad[oa]`, String.raw`numero de seguimiento`,
      String.raw`hemos reubicado`,
      String.raw`(?:foi|foram) (?:entregue|enviad[oa]|postad[oa]|confirmad[oa]|cancelad[oa]|aprovad[oa]|alterad[oa]|processad[oa]|recebid[oa]|reembolsad[oa])s?`,
      String.raw`saiu para entrega`, String.raw`(?:esta )?a caminho`, String.raw`chega (?:hoje|amanha|ate|em)`, String.raw`codigo de rastreio`, String.raw`rastreamento`,
      String.raw`recebemos`,
      String.raw`wurde (?:\S+ )?(?:versandt|verschickt|zugestellt|storniert|bestatigt|geliefert|erstattet|geandert|bearbeitet|verschoben|aktiviert|gutgeschrieben|abgebucht)`,
      String.raw`(?:ist|sind) unterwegs`, String.raw`(?:voraussichtliche )?zustellung`, String.raw`sendungsverfolgung`, String.raw`wir haben (?:ihre|deine) (?:\S+ ){0,4}erhalten`,
      String.raw`ist (?:bereit|abholbereit|fertig)`,
      String.raw`e stat[oa] (?:spedit|consegnat|confermat|annullat|rimborsat|elaborat|ricevut|modificat|effettuat|attivat)[oaie]`,
      String.raw`(?:e|sono) in (?:consegna|arrivo|transito)`, String.raw`consegna prevista`, String.raw`(?:abbiamo|ha) ricevuto`, String.raw`e confermat[oa]`,
      String.raw`numero di tracciamento`,
      String.raw`(?:is|zijn|werd|werden) (?:verzonden|bezorgd|geleverd|bevestigd|geannuleerd|ontvangen|terugbetaald|gewijzigd|verwerkt|geactiveerd)`,
      String.raw`(?:is|zijn) onderweg`, String.raw`wordt (?:\S+ ){0,4}(?:bezorgd|geleverd)`, String.raw`track (?:en|&) trace`, String.raw`(?:we hebben|hebben we) (?:\S+ ){0,4}ontvangen`,
      String.raw`(?:is|staat) klaar`,
    ],
  },
  {
    id: 'utility/appointment',
    weight: 2,
    patterns: [
      String.raw`appointments?`, String.raw`reminder`,
      String.raw`(?:your|the) (?:visit|consultation|session|class|booking|reservation|stay|check-?up|test results?|results|treatment|repair|installation|viewing|interview|pickup|collection) (?:on|at|is|with|for|has|are|was)`,
      String.raw`(?:is|are) (?:scheduled|booked|confirmed) for`, String.raw`reply (?:1|yes|y|c) to confirm`, String.raw`to (?:confirm|cancel|reschedule)`, String.raw`reschedule`,
      String.raw`patient portal`, String.raw`doors open`, String.raw`check-?out (?:is|time|at)`, String.raw`your stay`,
      String.raw`votre sejour`, String.raw`tu estancia`, String.raw`sua estadia`, String.raw`(?:ihr(?:en|em)?|dein(?:en|em)?) aufenthalt`, String.raw`(?:il )?tuo soggiorno`, String.raw`(?:je|uw) verblijf`,
      String.raw`rendez-vous`, String.raw`rdv`, String.raw`rappel`, String.raw`(?:votre|la) (?:consultation|seance|visite|intervention|table|chambre|installation)`,
      String.raw`(?:est|a ete) (?:programmee?|reportee?)`, String.raw`pour (?:confirmer|annuler|reporter|modifier)`, String.raw`en cas d'empechement`, String.raw`merci de prevenir`,
      String.raw`citas?`, String.raw`recordatorio`, String.raw`(?:tu|su) (?:consulta|visita|sesion|clase|mesa|habitacion|cita)`, String.raw`para (?:confirmar|cancelar|reprogramar)`,
      String.raw`consultas?`, String.raw`lembrete`, String.raw`agendamento`, String.raw`sua (?:consulta|visita|sessao|aula)`, String.raw`(?:esta )?marcad[oa] para`,
      String.raw`para (?:confirmar|cancelar|remarcar)`,
      String.raw`termin(?:e|erinnerung)?`, String.raw`erinnerung`, String.raw`(?:ihre|deine) (?:reservierung|behandlung|untersuchung|sitzung)`,
      String.raw`zum (?:bestatigen|absagen|verschieben)`, String.raw`versichertenkarte`,
      String.raw`appuntament[oi]`, String.raw`promemoria`, String.raw`(?:la tua|tua) (?:visita|seduta|consulenza)`, String.raw`e fissat[oa]`,
      String.raw`per (?:confermare|disdire|annullare|spostare)`,
      String.raw`afspraak`, String.raw`herinnering`, String.raw`(?:je|uw|jouw) (?:reservering|behandeling|bezoek)`, String.raw`(?:om te|wil je) (?:bevestigen|annuleren|verzetten)`,
      String.raw`kun je niet`,
    ],
  },
  {
    id: 'utility/travel',
    weight: 1.5,
    patterns: [
      String.raw`flights?`, String.raw`boarding(?: pass| starts| time| gate)?`, String.raw`gate`, String.raw`departs?`, String.raw`departure`, String.raw`platform`,
      String.raw`itinerary`, String.raw`check-?in`, String.raw`baggage`, String.raw`layover`,
      String.raw`vols?`, String.raw`embarquement`, String.raw`depart`, String.raw`quai`, String.raw`correspondance`, String.raw`bagages?`,
      String.raw`vuelos?`, String.raw`embarque`, String.raw`puerta de embarque`, String.raw`salida`, String.raw`anden`, String.raw`facturacion`, String.raw`equipaje`,
      String.raw`voos?`, String.raw`portao`, String.raw`partida`, String.raw`bagagem`,
      String.raw`flug`, String.raw`abflug`, String.raw`zug`, String.raw`gleis`, String.raw`abfahrt`, String.raw`gepack`,
      String.raw`vol[oi]`, String.raw`imbarco`, String.raw`partenza`, String.raw`binario`, String.raw`bagaglio`,
      String.raw`vlucht(?:en)?`, String.raw`instappen`, String.raw`vertrek`, String.raw`spoor`,
    ],
  },
  {
    id: 'utility/payment',
    weight: 2,
    patterns: [
      String.raw`payments?`, String.raw`paid`, String.raw`invoices?`, String.raw`(?:your|the|electricity|phone|water|gas|energy|monthly|utility) bill`, String.raw`billed`,
      String.raw`billing`, String.raw`receipts?`, String.raw`refunds?`, String.raw`charged`, String.raw`amount (?:due|charged|paid|of)`, String.raw`(?:is|are|payment) due`,
      String.raw`due (?:on|date|by|today|tomorrow)`, String.raw`balance`, String.raw`statements?`, String.raw`direct debit`, String.raw`transactions?`, String.raw`overdue`,
      String.raw`late (?:fee|payment)`, String.raw`outstanding`, String.raw`disbursements?`, String.raw`deposit(?:ed)?`, String.raw`credited`, String.raw`debited`,
      String.raw`withdrawal`, String.raw`total (?:price|amount|cost|due)`, String.raw`purchase of`, String.raw`instal(?:l)?ments?`,
      String.raw`paiements?`, String.raw`factures?`, String.raw`prelevements?`, String.raw`rembourse(?:ment|e|es|s)?`, String.raw`montant`, String.raw`echeance`,
      String.raw`solde (?:de votre|du compte|disponible|restant)`, String.raw`reglement`, String.raw`frais de (?:retard|dossier)`, String.raw`impayes?`, String.raw`virement`,
      String.raw`operation de`,
      String.raw`pagos?`, String.raw`pagad[oa]`, String.raw`facturas?`, String.raw`recibos?`, String.raw`reembolsos?`, String.raw`importe`, String.raw`vencen?`,
      String.raw`vencimiento`, String.raw`saldo`, String.raw`cargos?`, String.raw`transaccion(?:es)?`, String.raw`cobro`, String.raw`domiciliacion`,
      String.raw`pagamentos?`, String.raw`faturas?`, String.raw`boletos?`, String.raw`valor de`, String.raw`vencem?`, String.raw`vencimento`, String.raw`cobranca`,
      String.raw`transac(?:ao|oes)`, String.raw`debito automatico`, String.raw`estorno`,
      String.raw`zahlung(?:en|seingang|serinnerung)?`, String.raw`abschlag(?:szahlung|sbetrag)?`, String.raw`bezahlt`, String.raw`rechnung(?:en|sbetrag)?`, String.raw`betrag`, String.raw`fallig`, String.raw`lastschrift`,
      String.raw`erstattung`, String.raw`erstattet`, String.raw`kontostand`, String.raw`uberweis(?:en|ung|ungen)`, String.raw`abbuchung`, String.raw`gutschrift`, String.raw`kaufpreis`,
      String.raw`mahnung`,
      String.raw`pagament[oi]`, String.raw`pagat[oa]`, String.raw`fattur[ae]`, String.raw`bollett[ae]`, String.raw`rimbors[oi]`, String.raw`importo`, String.raw`scadenza`,
      String.raw`addebit[oi]`, String.raw`accredit[oi]`, String.raw`bonifico`,
      String.raw`betaling(?:en)?`, String.raw`betaald`, String.raw`facturen`, String.raw`factuur`, String.raw`bedrag`, String.raw`terugbetaling`, String.raw`terugbetaald`,
      String.raw`incasso`, String.raw`uiterlijk`, String.raw`vervaldatum`, String.raw`afschrijving`, String.raw`overboeking`, String.raw`aanmaning`,
    ],
  },
  {
    id: 'utility/account',
    weight: 1.5,
    patterns: [
      String.raw`your (?:account|profile|password|card|subscription|membership|policy|contract|plan|workspace|balance|data (?:allowance|usage)|allowance|settings|details|number|line|meter)`,
      String.raw`account (?:settings|details|number)`, String.raw`(?:log|sign) ?(?:in|into) (?:to )?your (?:account|profile|portal)`, String.raw`sign-?in`,
      String.raw`log-?in`, String.raw`password`, String.raw`customer (?:area|portal)`, String.raw`set(?:ting)? up your`,
      String.raw`votre (?:compte|profil|mot de passe|carte|abonnement|contrat|forfait|espace client|solde|ligne|dossier|compteur|consommation)`, String.raw`espace client`,
      String.raw`mot de passe`, String.raw`identifiant`,
      String.raw`(?:tu|su) (?:cuenta|perfil|contrasena|tarjeta|suscripcion|contrato|plan|tarifa|saldo|linea|consumo)`, String.raw`area de clientes`, String.raw`contrasena`,
      String.raw`(?:sua|seu) (?:conta|perfil|senha|cartao|assinatura|contrato|plano|saldo|linha|cadastro)`, String.raw`senha`, String.raw`area do cliente`,
      String.raw`(?:ihr|ihre|ihrem|ihren|dein|deine|deinem|deinen) (?:konto|kundenkonto|profil|kennwort|passwort|karte|abonnement|abo|vertrag|tarif|guthaben|kontostand)`,
      String.raw`kennwort`, String.raw`passwort`, String.raw`kundenkonto`, String.raw`kundenbereich`,
      String.raw`(?:il tuo|tuo|la tua|tua) (?:conto|account|profilo|password|carta|abbonamento|contratto|piano|tariffa|saldo|linea|utenza)`, String.raw`area (?:clienti|riservata)`,
      String.raw`(?:je|jouw|uw) (?:account|profiel|wachtwoord|pas|rekening|abonnement|contract|bundel|tegoed|saldo)`, String.raw`wachtwoord`, String.raw`mijn omgeving`,
      String.raw`inloggen`,
    ],
  },
  {
    // "Essential" per Meta: alerts that protect the user's money or account.
    id: 'utility/security',
    weight: 3,
    patterns: [
      String.raw`fraud(?:ulent)?`, String.raw`suspicious`, String.raw`unusual (?:activity|transaction|payment|sign-?in|login|purchase|charge)`, String.raw`unauthori[sz]ed`,
      String.raw`if (?:this|it) (?:wasn'?t|was not) you`, String.raw`(?:wasn'?t|not) you\?`, String.raw`did you (?:just )?(?:make|authori[sz]e|request|sign|log|try)`,
      String.raw`security (?:alert|notice|warning|check)`, String.raw`(?:was|has been) (?:blocked|declined|locked|frozen|suspended)`, String.raw`reset your password`,
      String.raw`block (?:the|your) card`, String.raw`new (?:sign-?in|login|device)`, String.raw`(?:password|pin) (?:was|has been) changed`,
      String.raw`(?:didn'?t|did not) make this change`, String.raw`phishing`, String.raw`scam`,
      String.raw`fraud(?:e|uleux|uleuse)`, String.raw`alerte (?:de )?securite`, String.raw`suspecte?s?`, String.raw`inhabituel(?:le)?s?`,
      String.raw`si vous n'etes pas (?:a l'origine|l'auteur)`, String.raw`(?:a ete|est) (?:refusee?|bloquee?|suspendue?)`, String.raw`faire opposition`,
      String.raw`nouvel(?:le)? (?:connexion|appareil)`, String.raw`mot de passe a ete modifie`,
      String.raw`alerta de seguridad`, String.raw`sospechos[oa]s?`, String.raw`si no (?:fuiste|has sido) tu`, String.raw`no reconocid[oa]s?`,
      String.raw`(?:ha sido|fue) (?:bloquead|rechazad)[oa]`, String.raw`inicio de sesion`, String.raw`(?:dispositivo nuevo|nuevo dispositivo)`,
      String.raw`nao reconhecid[oa]s?`, String.raw`suspeit[oa]s?`, String.raw`se (?:nao )?foi voce`, String.raw`(?:foi|esta) bloquead[oa]`, String.raw`alerta de seguranca`,
      String.raw`novo dispositivo`,
      String.raw`betrug`, String.raw`sicherheits(?:hinweis|warnung|meldung)`, String.raw`ungewohnlich(?:e[nrs]?)?`, String.raw`verdachtig(?:e[nrs]?)?`,
      String.raw`(?:wenn|falls) (?:sie|du) das nicht (?:waren|warst)`, String.raw`waren sie das`, String.raw`warst du das`, String.raw`(?:wurde|ist) gesperrt`,
      String.raw`neues gerat`,
      String.raw`frod[ei]`, String.raw`(?:avviso|allerta) di sicurezza`, String.raw`sospett[oaie]`, String.raw`se non sei stat[oa] tu`, String.raw`(?:e stat[oa]|e) bloccat[oa]`,
      String.raw`nuovo dispositivo`, String.raw`blocca (?:subito )?la carta`,
      String.raw`verdachte?`, String.raw`(?:was|ben) jij dit`, String.raw`heb jij dit niet gedaan`, String.raw`geblokkeerd`, String.raw`(?:onbekend|nieuw) apparaat`,
    ],
  },
  {
    // "Essential or critical": safety, public service, disruption, recalls, legal duties.
    id: 'utility/essential',
    weight: 3,
    patterns: [
      String.raw`recall(?:ed|s)?`, String.raw`safety (?:notice|alert|warning|issue|recall)`, String.raw`(?:health |public )?emergency`, String.raw`outages?`,
      String.raw`disruptions?`, String.raw`(?:is|are|has been|have been|was|were) (?:cancell?ed|delayed|suspended|halted|closed|interrupted|diverted)`, String.raw`halted`,
      String.raw`delay(?:ed|s)?`, String.raw`evacuat(?:e|ion)`, String.raw`boil (?:water|your water)`, String.raw`contaminat(?:ed|ion)`, String.raw`avoid the area`,
      String.raw`service interruption`, String.raw`(?:planned|scheduled|emergency) (?:maintenance|works|outage)`, String.raw`required by law`,
      String.raw`regulat(?:ion|ions|ory)`, String.raw`compl(?:y|iance)`, String.raw`legal(?:ly)? (?:required|obligation)`, String.raw`this is to (?:notify|inform) you`,
      String.raw`crisis`, String.raw`hazard(?:ous)?`, String.raw`overheat(?:ing)?`,
      String.raw`rappel (?:de )?produit`, String.raw`fait l'objet d'un rappel`, String.raw`urgence`, String.raw`danger`, String.raw`pannes?`, String.raw`coupures?`,
      String.raw`(?:sera|seront) coupee?s?`, String.raw`perturbations?`, String.raw`retarde(?:e|s|es)?`, String.raw`annule(?:e|s|es)?`, String.raw`travaux`,
      String.raw`interruption de service`, String.raw`obligation (?:legale|reglementaire)`, String.raw`conformement a la (?:loi|reglementation)`,
      String.raw`alerte (?:meteo|sanitaire)`,
      String.raw`retirada (?:de producto|del mercado)`, String.raw`emergencia`, String.raw`averia`, String.raw`corte (?:de|del) (?:suministro|agua|luz)`,
      String.raw`interrupcion`, String.raw`retrasad[oa]`, String.raw`cancelad[oa]`, String.raw`retraso`, String.raw`obligatorio por ley`, String.raw`normativa`,
      String.raw`interrupcao`, String.raw`suspens[oa]`, String.raw`manutencao`, String.raw`atrasad[oa]`, String.raw`atraso`, String.raw`exigencia legal`,
      String.raw`ruckruf`, String.raw`notfall`, String.raw`storung(?:en)?`, String.raw`verspatung`, String.raw`verspatet`, String.raw`ausfall`, String.raw`(?:fallt|fallen) aus`,
      String.raw`unterbrechung`, String.raw`wartung(?:sarbeiten)?`, String.raw`gesetzlich(?:e[nrs]?)?`, String.raw`(?:kann|konnte) uberhitzen`, String.raw`nicht mehr verwenden`,
      String.raw`richiam[oi]`, String.raw`emergenza`, String.raw`guast[oi]`, String.raw`interruzion[ei]`, String.raw`in ritardo`, String.raw`ritardo`, String.raw`cancellat[oa]`,
      String.raw`soppress[oa]`, String.raw`sciopero`, String.raw`manutenzione`, String.raw`obbligo (?:di legge|normativo)`,
      String.raw`terugroep(?:actie)?`, String.raw`noodgeval`, String.raw`storingen`, String.raw`storing`, String.raw`vertraging`, String.raw`geannuleerd`,
      String.raw`rijdt (?:vandaag )?niet`, String.raw`onderhoud`, String.raw`wettelijke?`, String.raw`buiten gebruik`,
    ],
  },
  {
    // Legal and regulatory notices (terms, privacy policy, data protection) are essential per Meta.
    id: 'utility/legal',
    weight: 2,
    components: ['HEADER', 'BODY'],
    patterns: [
      String.raw`privacy (?:policy|notice|statement|terms)`, String.raw`terms (?:of (?:service|use|sale)|and conditions)`, String.raw`(?:cookie|data protection) policy`,
      String.raw`data protection`, String.raw`gdpr`, String.raw`legal notice`, String.raw`user agreement`,
      String.raw`politique de (?:confidentialite|protection des donnees|cookies)`, String.raw`conditions generales(?: de (?:vente|service|utilisation))?`, String.raw`cgv`, String.raw`cgu`,
      String.raw`mentions legales`, String.raw`rgpd`,
      String.raw`politica de (?:privacidad|cookies|proteccion de datos)`, String.raw`(?:terminos|condiciones) (?:y condiciones|de (?:uso|servicio|venta))`, String.raw`condiciones generales`,
      String.raw`aviso (?:legal|de privacidad)`, String.raw`proteccion de datos`,
      String.raw`politica de (?:privacidade|cookies)`, String.raw`termos (?:de (?:uso|servico)|e condicoes)`, String.raw`condicoes gerais`, String.raw`aviso de privacidade`,
      String.raw`protecao de dados`, String.raw`lgpd`,
      String.raw`datenschutz(?:erklarung|hinweise|bestimmungen|richtlinie)?`, String.raw`agb`, String.raw`allgemeinen? geschaftsbedingungen`, String.raw`nutzungsbedingungen`,
      String.raw`dsgvo`,
      String.raw`(?:informativa|politica) (?:sulla|della|per la) privacy`, String.raw`informativa privacy`, String.raw`condizioni (?:generali|d'uso|di (?:servizio|utilizzo|vendita))`,
      String.raw`termini (?:e condizioni|di servizio|d'uso)`, String.raw`trattamento dei dati`,
      String.raw`privacy(?:verklaring|beleid|voorwaarden|statement)`, String.raw`algemene voorwaarden`, String.raw`gebruiksvoorwaarden`,
    ],
  },
  {
    // Public service, public health and civil protection: essential information per Meta, even
    // when it is not about a transaction of the user.
    id: 'utility/public-service',
    weight: 2.5,
    components: ['HEADER', 'BODY'],
    patterns: [
      String.raw`public (?:health|service|transport) (?:notice|alert|announcement|information)`, String.raw`public health`, String.raw`vaccin(?:e|es|ation|ations)`,
      String.raw`immuni[sz]ation`, String.raw`health (?:screening|authority|department|centre|center|clinic)`,
      String.raw`(?:cancer|hepatitis|diabetes|hiv|covid(?:-19)?|flu|measles|blood pressure) (?:screening|testing|tests?|vaccines?|jabs?|shots?)`, String.raw`polling (?:station|place)s?`, String.raw`elections?`, String.raw`voter`,
      String.raw`civil (?:protection|defen[cs]e)`, String.raw`(?:weather|storm|flood|heat|tornado|hurricane|wildfire|fire|snow|tsunami|earthquake|air quality) (?:warning|alert|watch)s?`,
      String.raw`tornado`, String.raw`hurricane`, String.raw`wildfires?`, String.raw`flooding`, String.raw`(?:stay|remain) indoors`, String.raw`shelter in place`,
      String.raw`(?:town|city) (?:hall|council)`, String.raw`municipality`, String.raw`(?:waste|bin|garbage|rubbish|recycling) collection`, String.raw`drinking water`, String.raw`road closures?`,
      String.raw`sante publique`, String.raw`vaccin(?:s|ation|ations)?`, String.raw`depistage`, String.raw`bureaux? de vote`, String.raw`elections?`, String.raw`scrutin`,
      String.raw`(?:protection|securite) civile`, String.raw`vigilance (?:orange|rouge|jaune|meteo|crues?|canicule)`, String.raw`alerte (?:meteo|canicule|inondation|orages?|crue)`,
      String.raw`canicule`, String.raw`inondations?`, String.raw`restez (?:chez vous|a l'abri|a l'interieur)`, String.raw`mairie`, String.raw`prefecture`,
      String.raw`collecte des (?:dechets|ordures|encombrants)`, String.raw`ramassage des (?:dechets|ordures)`, String.raw`eau potable`,
      String.raw`salud publica`, String.raw`vacunas?`, String.raw`vacunacion`, String.raw`(?:colegio|mesa) electoral`, String.raw`elecciones`, String.raw`proteccion civil`,
      String.raw`(?:alerta|aviso) (?:naranja|roja|rojo|amarilla|amarillo|meteorologic[oa])`, String.raw`inundacion(?:es)?`, String.raw`ola de calor`, String.raw`ayuntamiento`,
      String.raw`recogida de (?:basura|residuos)`, String.raw`agua potable`,
      String.raw`saude publica`, String.raw`vacinas?`, String.raw`vacinacao`, String.raw`(?:secao|local de votacao|zona) eleitoral`, String.raw`eleic(?:ao|oes)`,
      String.raw`(?:defesa|protecao) civil`, String.raw`alerta (?:laranja|vermelho|amarelo)`, String.raw`alagamentos?`, String.raw`enchentes?`, String.raw`inundac(?:ao|oes)`,
      String.raw`onda de calor`, String.raw`prefeitura`, String.raw`camara municipal`, String.raw`coleta de lixo`, String.raw`recolha (?:do|de) lixo`, String.raw`agua potavel`,
      String.raw`areas de risco`,
      String.raw`gesundheitsamt`, String.raw`offentliche gesundheit`, String.raw`impf(?:ung|ungen|termin|stoff|zentrum|aktion|angebot)`, String.raw`wahllokal`,
      String.raw`(?:bundestags|kommunal|landtags|europa)wahl(?:en)?`, String.raw`wahlbenachrichtigung`, String.raw`katastrophenschutz`, String.raw`zivilschutz`,
      String.raw`unwetter(?:warnung)?`, String.raw`sturm(?:warnung|boen)`, String.raw`hochwasser`, String.raw`hitze(?:warnung|welle)`, String.raw`bleiben sie (?:zu hause|im haus|drinnen)`,
      String.raw`stadtverwaltung`, String.raw`rathaus`, String.raw`mullabfuhr`, String.raw`trinkwasser`, String.raw`amtliche`,
      String.raw`salute pubblica`, String.raw`vaccin(?:o|i|azione|azioni)`, String.raw`seggi(?:o|i) elettorali?`, String.raw`elezioni`, String.raw`protezione civile`,
      String.raw`allerta (?:meteo|arancione|rossa|gialla)`, String.raw`alluvion(?:e|i)`, String.raw`ondata di calore`, String.raw`comune di`, String.raw`raccolta (?:dei )?rifiuti`,
      String.raw`acqua potabile`, String.raw`limita(?:re)? gli spostamenti`,
      String.raw`volksgezondheid`, String.raw`ggd`, String.raw`vaccin(?:atie|aties|eren)`, String.raw`stembureau`, String.raw`verkiezingen?`, String.raw`code (?:oranje|rood|geel)`,
      String.raw`weer(?:alarm|waarschuwing)`, String.raw`overstroming(?:en)?`, String.raw`hittegolf`, String.raw`gemeente`, String.raw`afvalinzameling`, String.raw`drinkwater`,
      String.raw`blijf binnen`,
    ],
  },
  {
    id: 'utility/request',
    weight: 2,
    patterns: [
      String.raw`(?:you )?will no longer receive`, String.raw`unsubscribed`, String.raw`opt[- ]?(?:out|in) (?:preference|request|confirmed)`,
      String.raw`your (?:preferences?|request|ticket|case|complaint) (?:has|have|is|was|number)`, String.raw`(?:your|the) case (?:has|is|was|number)`,
      String.raw`customer (?:service|support|care)`, String.raw`we(?:'re| are) (?:following up|looking into|working on)`,
      String.raw`we(?:'ll| will) (?:update|notify|follow up|keep you (?:posted|informed)|contact you)`, String.raw`our (?:engineers|technicians|team) (?:are|is) working`,
      String.raw`vous ne recevrez plus`, String.raw`desinscri(?:t|te|ption)`, String.raw`desabonne(?:e|ment)?`, String.raw`votre (?:demande|reclamation|dossier) (?:a ete|est|n)`,
      String.raw`nous (?:reviendrons|revenons) vers vous`, String.raw`nous vous tiendrons informee?s?`, String.raw`service client`,
      String.raw`ya no recibiras`, String.raw`(?:te has dado|has sido dado) de baja`, String.raw`tu (?:solicitud|reclamacion|incidencia) (?:ha|esta|fue)`,
      String.raw`te mantendremos informad[oa]`, String.raw`atencion al cliente`,
      String.raw`(?:nao )?recebera mais`, String.raw`descadastrad[oa]`, String.raw`sua (?:solicitacao|reclamacao) (?:foi|esta)`, String.raw`manteremos voce informad[oa]`,
      String.raw`(?:sie|du) (?:erhalten|erhaltst) keine (?:weiteren )?nachrichten`, String.raw`abgemeldet`, String.raw`(?:ihre|deine) (?:anfrage|reklamation) (?:wurde|ist)`,
      String.raw`wir halten (?:sie|dich) auf dem laufenden`, String.raw`kundenservice`, String.raw`kundendienst`,
      String.raw`non riceverai piu`, String.raw`disiscritt[oa]`, String.raw`la tua (?:richiesta|segnalazione) (?:e|e stata)`, String.raw`ti terremo aggiornat[oa]`,
      String.raw`servizio clienti`,
      String.raw`(?:je|u) ontvangt geen (?:berichten )?meer`, String.raw`afgemeld`, String.raw`(?:je|uw) (?:aanvraag|klacht|melding) (?:is|wordt)`,
      String.raw`we houden (?:je|u) op de hoogte`, String.raw`laat (?:het|u het) ons weten`, String.raw`klantenservice`, String.raw`neem (?:direct )?contact (?:met ons )?op`,
      String.raw`contact us (?:immediately|right away|now)`, String.raw`contactez-nous`,
    ],
  },
  {
    id: 'utility/date-ref',
    weight: 0.5,
    patterns: [
      String.raw`(?:on|by|at|before|until|le|du|au|el|del|a las|as|am|um|bis|il|alle|op|om|tot|uiterlijk) {P}`,
      String.raw`\{\{[^{}]*(?:date|time|amount|due|balance|hour|fecha|hora|importe|montant|heure|datum|uhrzeit|betrag|data|ora|importo|valor|bedrag|tijd)[^{}]*\}\}`,
    ],
  },

  // ===================================== ONE-TIME PASSCODES ===============================
  {
    id: 'otp/code',
    weight: 3,
    veto: NON_OTP_CODE,
    patterns: [
      String.raw`verification codes?`, String.raw`one[- ]time (?:pass ?(?:word|code)|code|pin|password)`, String.raw`otp`, String.raw`passcodes?`,
      String.raw`(?:login|log-?in|sign-?in|access|authentication|auth|2fa|mfa|password reset|reset|activation|validation) codes?`,
      String.raw`security codes?(?! on the back| (?:of|on|from) (?:your|the) card)`,
      String.raw`codes? (?:de )?(?:verification|confirmation|connexion|securite|validation|acces|authentification|activation)`, String.raw`code a usage unique`,
      String.raw`mot de passe (?:a usage unique|temporaire)`,
      String.raw`codigos? (?:de )?(?:verificacion|seguridad|acceso|confirmacion|validacion|activacion|un solo uso|autenticacion|inicio de sesion)`,
      String.raw`clave (?:dinamica|temporal|de un solo uso)`,
      String.raw`codigos? (?:de )?(?:verificacao|seguranca|acesso|confirmacao|validacao|ativacao|autenticacao|login)`, String.raw`senha (?:temporaria|de uso unico)`,
      String.raw`(?:bestatigungs|verifizierungs|anmelde|sicherheits|einmal|zugangs|login|freischalt|authentifizierungs|aktivierungs)-?code`,
      String.raw`einmal(?:passwort|kennwort|-pin)`, String.raw`(?:mobile|sms|push)-?tan`, String.raw`tan-?(?:nummer|code)`,
      String.raw`codic[ei] (?:di )?(?:verifica|sicurezza|accesso|conferma|autorizzazione|attivazione|otp|monouso)`, String.raw`codice (?:otp|monouso|usa e getta)`,
      String.raw`(?:verificatie|inlog|beveiligings|bevestigings|toegangs|activatie|sms)-?code`, String.raw`eenmalige (?:code|wachtwoord|toegangscode)`,
    ],
  },
  {
    id: 'otp/code',
    weight: 2.5,
    veto: NON_OTP_CODE,
    patterns: [String.raw`confirmation codes?`, String.raw`two[- ](?:factor|step) (?:authentication|verification)`],
  },
  {
    // The parameter itself is announced as "your code".
    id: 'otp/code-parameter',
    weight: 3,
    veto: NON_OTP_CODE,
    patterns: [
      String.raw`{P} is your (?:\S+ ){0,3}?(?:code|pin|otp|password|passcode)`, String.raw`your (?:\S+ ){0,3}?(?:code|pin|otp|passcode) is:? {P}`,
      String.raw`(?:use|enter) (?:the )?(?:code |pin |otp )?{P} to (?:verify|log ?in|sign ?in|confirm|complete|reset|access|authenticate|activate|validate)`,
      String.raw`{P} est votre (?:\S+ ){0,2}?code`, String.raw`votre code(?: \S+){0,3}? (?:est|:) ?:? ?{P}`, String.raw`(?:saisissez|entrez|utilisez) le code (?:\S+ ){0,3}?{P}`,
      String.raw`{P} es (?:tu|su) (?:\S+ ){0,2}?(?:codigo|clave)`, String.raw`(?:tu|su) (?:codigo|clave)(?: \S+){0,3}? es:? {P}`,
      String.raw`{P} e (?:o )?(?:seu|sua) (?:\S+ ){0,2}?(?:codigo|senha)`, String.raw`(?:seu|sua) (?:codigo|senha)(?: \S+){0,3}? e:? {P}`,
      String.raw`(?:use|digite|insira) o codigo {P} para`,
      String.raw`{P} ist (?:ihr|dein) \S*code`, String.raw`(?:ihr|dein) \S*code (?:lautet|ist):? {P}`,
      String.raw`{P} e il tuo (?:\S+ ){0,2}?codice`, String.raw`il tuo codice(?: \S+){0,3}? e:? {P}`,
      String.raw`{P} is (?:je|jouw|uw) \S*code`, String.raw`(?:je|jouw|uw) \S*code is:? {P}`,
    ],
  },
  {
    // "Enter the code {{1}}": a code the user types in. Alone it may be a locker or door code,
    // so it needs a second cue (an expiry, a do-not-share warning, a verification request).
    id: 'otp/code-parameter',
    weight: 2,
    // Not NON_OTP_CODE: "activate your card, enter the code {{1}}" is a passcode.
    veto: String.raw`locker|door|building|garage|parking|wifi|wi-fi|porte|portail|immeuble|promo|discount|coupon|voucher|gift|referral|tracking|booking|pick ?-?up|retrait|abhol|ritiro|qr|bar|cvv|cvc`,
    patterns: [
      String.raw`(?:enter|type|use) (?:the |this |your )?(?:code|pin|otp) {P}`, String.raw`(?:saisissez|entrez|tapez|indiquez) (?:le )?code {P}`,
      String.raw`(?:introduce|ingresa|escribe|usa) (?:el )?codigo {P}`, String.raw`(?:digite|insira|use|informe) o codigo {P}`,
      String.raw`geben sie (?:den )?code {P} ein`, String.raw`gib (?:den )?code {P} ein`, String.raw`(?:inserisci|digita|usa) (?:il )?codice {P}`,
      String.raw`(?:voer|vul) (?:de )?code {P} in`,
    ],
  },
  {
    id: 'otp/do-not-share',
    weight: 2,
    patterns: [
      String.raw`(?:do not|don'?t|never) share (?:this|the|your|it)(?: code| pin| otp| with anyone)?`,
      String.raw`ne (?:le |la )?(?:communiquez|partagez|transmettez|divulguez) (?:a personne|jamais|pas)`, String.raw`ne partagez jamais (?:ce|votre) code`,
      String.raw`no (?:lo |la )?compartas`, String.raw`nao (?:o )?compartilhe`,
      String.raw`geben sie (?:diesen|den|ihren) code (?:niemals|nicht) weiter`, String.raw`gib (?:diesen|den) code (?:niemals|nicht) weiter`,
      String.raw`non (?:lo )?condivider(?:lo|e)`, String.raw`deel (?:deze|de|je) code (?:met niemand|niet)`,
    ],
  },
  {
    id: 'otp/expiry',
    weight: 1,
    patterns: [
      String.raw`(?:this |the |your )?code (?:expires|is valid|will expire)`, String.raw`expires in {N} minutes?`,
      String.raw`(?:il |ce code )?expire dans {N} minutes?`, String.raw`(?:code )?valable {N} minutes?`, String.raw`caduca en {N} minutos?`, String.raw`expira em {N} minutos?`,
      String.raw`(?:ist|bleibt) {N} minuten gultig`, String.raw`scade tra {N} minuti`, String.raw`(?:is|blijft) {N} minuten geldig`,
    ],
  },
  {
    id: 'otp/verify',
    weight: 2,
    patterns: [
      String.raw`verify your (?:phone|number|mobile|email|account|identity|login)`, String.raw`confirm your (?:phone|number|login|identity)`,
      String.raw`(?:verifier|confirmer) votre (?:numero|identite|connexion)`, String.raw`verifica(?:r)? tu (?:numero|identidad)`,
      String.raw`confirmar (?:seu|o seu) (?:login|numero)`, String.raw`bestatigen sie ihre (?:nummer|identitat|anmeldung)`,
      String.raw`verifieer je (?:nummer|identiteit)`,
    ],
  },
];
