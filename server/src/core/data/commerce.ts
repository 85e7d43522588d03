import type { Msg } from '../i18n';
import type { VERTICALS } from '../model/config';

/**
 * WhatsApp Commerce Policy: goods that may not be sold on WhatsApp, with the
 * words that name them (en, fr, es, pt, de, it), and the words that show a sale
 * (buy, order, cart, price, payment, delivery).
 *
 * Version: 2026-05 (walint data v1).
 * Sources: WhatsApp Commerce Policy prohibited list (Business Messaging Policy,
 * version of Oct 25, 2022, and BSP copies); the 2024 update letting alcohol, OTC
 * medication and real-money gambling businesses message but never sell; the
 * health-sector rule (pharmacies and device makers may sell services such as
 * appointments, tests and vaccinations, not drugs or devices). See
 * shared/reference/whatsapp-policy-catalogue.md §2.13.
 *
 * All patterns are matched on accent-folded, lower-case text, as whole words.
 *  - `strong` terms name the good without doubt (vodka, e-cigarette): checked
 *    whatever the vertical;
 *  - `weak` terms are ambiguous outside their vertical ("gin", "pills",
 *    "ordonnance"): checked only when the configured vertical is one of `verticals`;
 *  - `selling` terms are a sale by themselves ("puppies for sale", "place your
 *    bets"): no separate sale word is needed.
 */
export const COMMERCE_DATA_VERSION = '2026-05';

export type Vertical = (typeof VERTICALS)[number];

export interface GoodsCategory {
  id: string;
  label: Msg;
  /** Verticals where this category is the business's own trade. */
  verticals: readonly Vertical[];
  strong: readonly string[];
  weak: readonly string[];
  selling?: readonly string[];
}

export const PROHIBITED_GOODS: readonly GoodsCategory[] = [
  {
    id: 'medicines',
    label: { en: 'medicines (prescription or over-the-counter)', fr: 'des médicaments (sur ordonnance ou non)' },
    verticals: ['pharmacy', 'healthcare'],
    strong: [
      'medicaments?', 'medicines?', 'medications?', 'antibiotiques?', 'antibiotics?', 'antibioticos?', 'antibiotika',
      'medicamentos?', 'medikamente?', 'arzneimittel\\w*', 'farmaci', 'farmaco', 'medicinali', 'medicinale',
      'viagra', 'cialis', 'ozempic', 'xanax', 'tramadol', 'oxycodone', 'codeine', 'insulin[ea]?',
    ],
    weak: [
      'pilules?', 'pills?', 'comprimes?', 'tablets?', 'gelules?', 'capsules?', 'pastillas?', 'comprimidos?', 'tabletten', 'compresse',
      'ordonnances?', 'prescriptions?', 'recetas?', 'receitas?', 'rezepte?', 'ricette?',
      'paracetamol', 'doliprane', 'ibuprofen[e]?', 'aspirin[ea]?', 'sirop', 'syrup', 'jarabe', 'xarope', 'sciroppo',
    ],
  },
  {
    id: 'medical-devices',
    label: { en: 'medical devices', fr: 'des dispositifs médicaux' },
    verticals: ['pharmacy', 'healthcare'],
    strong: [
      'medical devices?', 'dispositifs? medica(?:l|ux)', 'dispositivos? medicos?', 'dispositivi medici', 'medizinprodukte?',
      'tensiometres?', 'blood pressure monitors?', 'glucometres?', 'glucometers?', 'glucose meters?', 'hearing aids?',
      'appareils? auditifs?', 'audifonos?', 'aparelhos? auditivos?', 'horgerate?', 'apparecchi acustici', 'blutdruckmessgerate?',
    ],
    weak: ['thermometres?', 'thermometers?', 'oximetres?', 'oximeters?', 'nebuli[sz]eurs?', 'nebuli[sz]ers?', 'tests? de grossesse', 'pregnancy tests?', 'autotests?', 'self-tests?'],
  },
  {
    id: 'drugs',
    label: { en: 'recreational drugs', fr: 'des drogues' },
    verticals: [],
    strong: ['cannabis', 'marijuana', 'marihuana', 'maconha', 'haschich', 'hashish', 'cocaine', 'cocaina', 'kokain', 'mdma', 'ecstasy', 'lsd', 'psilocybin\\w*', 'magic mushrooms', 'champignons hallucinogenes', 'heroin[ea]?'],
    weak: [],
  },
  {
    id: 'tobacco',
    label: { en: 'tobacco and e-cigarettes', fr: 'du tabac et des cigarettes électroniques' },
    verticals: ['tobacco'],
    strong: [
      'cigarettes?', 'e-cigarettes?', 'cigarettes? electroniques?', 'cigarrillos?', 'cigarros?', 'cigarros? electronicos?', 'cigarette elettroniche',
      'sigarette?', 'sigarette elettroniche', 'zigaretten?', 'e-zigaretten?', 'vapes?', 'vapoteuses?', 'e-liquides?', 'e-liquids?', 'tabac', 'tobacco', 'tabaco',
      'tabak', 'tabacco', 'cigares?', 'cigars?', 'zigarren?', 'chicha', 'shisha', 'hookah', 'narguile', 'nicotine', 'nicotina', 'nikotin',
    ],
    weak: ['puffs?', 'pods?', 'resistances?'],
  },
  {
    id: 'alcohol',
    label: { en: 'alcohol', fr: 'de l\'alcool' },
    verticals: ['alcohol'],
    strong: [
      'alcool', 'alcohol', 'alkohol', 'alcol', 'alcoolici', 'bieres?', 'beers?', 'cervezas?', 'cervejas?', 'bier', 'biere', 'birra', 'birre',
      'wines?', 'vins?', 'vinos?', 'vinhos?', 'weine?', 'vini', 'champagnes?', 'prosecco', 'cava', 'whiskys?', 'whiskeys?', 'whiskies', 'vodkas?', 'tequilas?',
      'rhums?', 'cognac', 'spiritueux', 'liqueurs?', 'licores?', 'spirituosen', 'superalcolici',
    ],
    weak: ['gin', 'rum', 'ron', 'spirits', 'cocktails?', 'aperitifs?', 'bouteilles?', 'bottles?', 'botellas?', 'garrafas?', 'flaschen?', 'bottiglie?', 'cuvees?', 'millesimes?'],
  },
  {
    id: 'weapons',
    label: { en: 'weapons, ammunition or explosives', fr: 'des armes, munitions ou explosifs' },
    verticals: ['weapons'],
    strong: [
      'firearms?', 'armes? a feu', 'armas? de fogo', 'armas? de fuego', 'schusswaffen?', 'armi da fuoco', 'ammunition', 'ammo', 'munitions?', 'municion(?:es)?',
      'municoes', 'municao', 'munizioni', 'explosifs?', 'explosives?', 'explosivos?', 'sprengstoff\\w*', 'esplosivi', 'handguns?', 'rifles?', 'fusils?', 'carabines?',
      'pistolets? automatiques?', 'revolvers?',
    ],
    weak: ['armes?', 'weapons?', 'guns?', 'armas?', 'waffen?', 'armi', 'pistolets?', 'pistolas?', 'pistolen?', 'pistole', 'cartouches?', 'cartridges?'],
  },
  {
    id: 'animals',
    label: { en: 'live animals', fr: 'des animaux vivants' },
    verticals: [],
    strong: [],
    weak: [],
    selling: [
      '(?:chiots?|chatons?|puppies|puppy|kittens?|cachorr(?:o|os|inhos?)|gatitos?|gatinhos?|welpen|katzchen|cuccioli|gattini|animaux|animals|animales|animais|tiere|animali) (?:a vendre|for sale|en venta|a la venta|a venda|zu verkaufen|in vendita)',
      'live animals', 'animaux vivants',
    ],
  },
  {
    id: 'adult',
    label: { en: 'adult products or services', fr: 'des produits ou services pour adultes' },
    verticals: ['adult'],
    strong: ['sex ?toys?', 'sextoys?', 'jouets? (?:pour adultes|sexuels)', 'juguetes? sexuales', 'brinquedos? sexuais', 'sexspielzeug\\w*', 'giocattoli sessuali', 'porn\\w*', 'escorts?'],
    weak: ['lingerie erotique', 'erotic\\w*', 'erotique\\w*', 'adult (?:toys|content|videos?)'],
  },
  {
    id: 'gambling',
    label: { en: 'real-money gambling', fr: 'des jeux d\'argent' },
    verticals: ['gambling'],
    strong: ['casino en ligne', 'online casino', 'paris sportifs?', 'sports betting', 'apuestas? deportivas?', 'apostas? esportivas?', 'sportwetten', 'scommesse sportive'],
    weak: ['casinos?', 'poker', 'roulette', 'ruleta', 'jackpots?', 'bets?', 'betting', 'apuestas?', 'apostas?', 'wetten', 'scommess[ae]', 'loteri[ea]s?', 'lotter(?:y|ies)', 'lotto'],
    selling: [
      'place (?:your|a) bets?', 'bet now', 'pariez', 'misez', 'placez vos paris', 'apuesta ya', 'apuesta ahora', 'aposte (?:ja|agora)', 'jetzt wetten', 'scommetti (?:ora|subito)',
    ],
  },
  {
    id: 'currency',
    label: { en: 'real, virtual or fake currency (crypto, binary options)', fr: 'de la monnaie réelle, virtuelle ou fausse (crypto, options binaires)' },
    verticals: ['crypto'],
    strong: [
      'bitcoins?', 'ethereum', 'cryptomonnaies?', 'crypto-monnaies?', 'cryptocurrenc(?:y|ies)', 'criptomonedas?', 'criptomoedas?', 'kryptowahrung(?:en)?', 'criptovalut[ae]',
      'options binaires', 'binary options', 'opciones binarias', 'opcoes binarias', 'binare optionen', 'opzioni binarie', 'fausse monnaie', 'fake money', 'counterfeit money', 'faux billets',
      'initial coin offerings?', 'icos?',
    ],
    weak: ['crypto', 'tokens?', 'nft', 'nfts', 'usdt', 'btc', 'eth'],
  },
  {
    id: 'loans',
    label: { en: 'payday loans, peer-to-peer lending or bail bonds', fr: 'des prêts sur salaire, prêts entre particuliers ou cautions pénales' },
    verticals: ['lending'],
    strong: [
      'payday loans?', 'prets? sur salaire', 'avances? sur salaire', 'prestamos? de dia de pago', 'prestamos? rapidos?', 'emprestimos? rapidos?', 'peer-to-peer lending', 'p2p lending',
      'prets? entre particuliers', 'prestamos? entre particulares', 'emprestimos? entre pessoas', 'privatkredite?', 'prestiti tra privati', 'bail bonds?', 'kurzzeitkredite?', 'minikredite?', 'mini-credits?',
    ],
    weak: ['prets? express', 'credits? rapides?', 'quick loans?', 'cash advances?'],
  },
];

/**
 * Words and signs of a sale: buying, ordering, a cart, a price, paying, a
 * payment link, delivering the goods. Information ("your prescription is ready
 * at the counter") and services (appointments, tests, vaccination) are not sales.
 */
export const SALE_SIGNALS: readonly string[] = [
  // en
  'buy', 'buying', '(?<!in )order(?! to)', 'add to (?:cart|basket)', 'cart', 'basket', 'checkout', 'price[sd]?', 'pay', 'payment', 'purchase',
  'shop now', 'delivery', 'delivered to your door', 'home delivery', 'in stock', 'for sale', 'sell', 'selling',
  // fr
  'acheter', 'achetez', 'achat', 'commander', 'commandez', 'commande', 'panier', 'prix', 'tarifs?', 'payer', 'payez', 'paiement', 'livraison', 'livre a domicile', 'livrons',
  'en stock', 'a vendre', 'vendre', 'vendons', 'boutique en ligne',
  // es
  'comprar?', 'compra', 'compre', 'pedido', 'pedir', 'pide', 'carrito', 'precios?', 'pagar', 'pago', 'envio', 'entrega a domicilio', 'en venta', 'vendemos',
  // pt
  'carrinho', 'precos?', 'preco', 'pagamento', 'entrega', 'entregamos', 'encomend\\w*', 'a venda', 'vendemos',
  // de
  'kaufen', 'kaufe', 'jetzt kaufen', 'bestellen', 'bestellung', 'bestelle', 'warenkorb', 'preis(?:e)?', 'bezahlen', 'zahlung', 'lieferung', 'liefern', 'versand', 'zu verkaufen',
  // it
  'comprare', 'compra ora', 'acquista\\w*', 'ordina\\w*', 'ordine', 'carrello', 'prezz[oi]', 'pagare', 'pagamento', 'consegna', 'spedizione', 'in vendita',
  // amounts: 12 €, €12, $9.99, 15 EUR, R$ 30
  '\\d+(?:[.,]\\d{1,2})? ?(?:€|eur|euros?|\\$|usd|£|gbp|mxn|brl|chf)', '(?:€|\\$|£|r\\$) ?\\d+',
];

/** Payment links (hosts and paths) that take money in a message. */
export const PAYMENT_LINK_RE = /(?:\bpaypal\.(?:me|com)\b|\bbuy\.stripe\.com\b|\bcheckout\.stripe\.com\b|\bpay\.[a-z0-9-]+\.[a-z]{2,}|\bsumup\.|\blydia-app\.com\b|\bmpago\.la\b|\bmercadopago\.|\bpagseguro\.|\bwa\.me\/p\/|\bwa\.me\/c\/|\/(?:checkout|cart|panier|carrito|warenkorb|carrello|pay|payment|paiement|pago|pagamento)(?:[/?#]|$))/i;

/** Verticals that may message (marketing/utility) but never sell or take payment on WhatsApp. */
export const REGULATED_VERTICALS: readonly Vertical[] = ['alcohol', 'pharmacy', 'healthcare', 'gambling'];
/** Verticals whose goods the Commerce Policy prohibits: no catalog, no payments either. */
export const PROHIBITED_VERTICALS: readonly Vertical[] = ['tobacco', 'weapons', 'adult', 'crypto', 'lending', 'dating', 'supplements'];

export const VERTICAL_LABEL: Partial<Record<Vertical, Msg>> = {
  alcohol: { en: 'alcohol', fr: 'alcool' },
  pharmacy: { en: 'pharmacy', fr: 'pharmacie' },
  healthcare: { en: 'healthcare', fr: 'santé' },
  gambling: { en: 'gambling', fr: 'jeux d\'argent' },
  tobacco: { en: 'tobacco', fr: 'tabac' },
  weapons: { en: 'weapons', fr: 'armes' },
  adult: { en: 'adult', fr: 'adulte' },
  crypto: { en: 'crypto-currency', fr: 'crypto-monnaie' },
  lending: { en: 'lending', fr: 'crédit' },
  dating: { en: 'dating', fr: 'rencontres' },
  supplements: { en: 'supplements', fr: 'compléments alimentaires' },
};
