import type { Locale } from '../../i18n';
import { fold } from '../../util/strings';

/**
 * Detection of requests for sensitive identifiers in bot and template texts,
 * in French, English, Spanish, Portuguese, German and Italian.
 *
 * Not a keyword list: a sentence must name a sensitive object (directly, "card
 * number", or indirectly, "the 16 digits on the front of your card") AND ask for
 * it (a request verb, a question mark, or an `ask:` step). Partial identifiers
 * ("last 4 digits"), negations ("we will never ask for your password"),
 * loyalty/gift cards and order/phone numbers do not count.
 */

export type SensitiveKind = 'card' | 'cvv' | 'expiry' | 'bank' | 'nationalId' | 'passport' | 'password';

export const KIND_ORDER: readonly SensitiveKind[] = ['card', 'cvv', 'expiry', 'bank', 'nationalId', 'passport', 'password'];

export interface SensitiveMatch {
  kind: SensitiveKind;
  /** Offsets in the original text (fold keeps lengths for Latin scripts). */
  start: number;
  end: number;
}

const CARD_WORD = '(?:carte|card|tarjeta|cartao|karte|carta)';
const NUM_WORD = '(?:numero|numeros|number|nummer|chiffres|digits|digitos|cifre|ziffern)';
const PREP = "(?:de|du|d'|of|on|da|do|della|di|dela|der|sur|au|en)";
const DET = "(?:la|le|votre|ta|sa|your|the|su|tu|seu|sua|tua|vostra|ihrer|deiner|l')";
const ADJ = '(?:complet|complete|completo|completa|entier|entiere|intero|full|long|entire|16)';

/** Cards that are not payment cards. */
const NOT_PAYMENT_AFTER = /^\s*(?:de\s+|d'|of\s+|di\s+|da\s+|do\s+|del\s+)?(?:fidelite|cadeau|gift|loyalty|membre|member|membership|club|abonnement|rewards?|fidelidad|fidelidade|fedelta|regalo|presente|sim|vitale|grise|d'embarquement|embarquement|boarding|etudiante?|student|transport|navigo|bibliotheque|library|adherent|socio|tessera|identite|d'identite|identidad|identidade|identita|d'identita|cliente|client|customer)\b/;
const NOT_PAYMENT_BEFORE = /\b(?:gift|loyalty|member|membership|library|rewards?|sim|student|boarding|id|identity|business|customer|club|access|key)\s+$/;

/** "order ID number", "customer ID number": business identifiers, not personal ones. */
const NOT_PERSONAL_BEFORE = /\b(?:order|customer|client|member|booking|reference|tracking|ticket|commande|reservation|pedido|bestell|ordine|account|user|employee|parcel|colis)\s+$/;

const PARTIAL = /\b(?:last|derniers?|dernieres?|ultimos?|ultimas?|ultime|ultimi|letzten|finali)\s+(?:\w+\s+)?(?:4|four|quatre|cuatro|quatro|vier|quattro)\b|\b(?:4|four|quatre|cuatro|quatro|vier|quattro)\s+(?:last|derniers?|dernieres?|ultimos?|ultimas?|ultime|ultimi|letzten|cifre finali)\b|\b(?:ending (?:in|with)|se terminant par|finissant par|terminada en|terminado em|terminada em|endet auf|endend auf|che termina con|termina en|termina con)\b/;

const NEGATION = /\b(?:jamais|never|nunca|jamas|niemals|non|not|don't|dont|do not|n'(?:envoyez|indiquez|ecrivez|communiquez|partagez|donnez)|ne\s+(?:partagez|communiquez|donnez|envoyez|transmettez|divulguez|saisissez|tapez|ecrivez)|nao|no\s+(?:comparta|compartas|envie|envies|des|de|escriba|escribas)|nie\s+(?:ihre|deine|ihr|dein)|geben sie (?:ihre|ihr) \w+ nie|mai)\b/;

const CUE = new RegExp(
  [
    // fr
    "quel(?:le)?s?\\s+(?:est|sont)", 'indique[zr]?', 'donne[zr]?', 'envoie[zr]?', 'envoy(?:ez|er)', 'communique[zr]?', 'saisi(?:r|ssez|s)', 'entre[zr]', 'tape[zr]?',
    'renseigne[zr]?', 'ecri(?:vez|re|s)', 'transmet(?:tez|tre|s)', 'partage[zr]?', 'fourni(?:r|ssez|s)', 'precise[zr]', 'rappel(?:ez|er)', 'confirme[zr]?',
    "j'ai besoin", 'nous avons besoin', 'il (?:me|nous) faut', 'pouvez-vous', 'pourriez-vous', 'peux-tu', 'demande[rz]?',
    // en
    "what(?:'s|\\s+is|\\s+are)", 'enter', 'type', 'send', 'share', 'provide', 'give', 'tell (?:me|us)', 'reply with', 'respond with', 'we need', 'i need',
    'can (?:you|i have|we have)', 'could you', 'may i have', 'let (?:me|us) (?:know|have)', 'submit', 'write', 'input', 'confirm', 'upload', 'ask (?:for|the user|the customer)',
    // es
    'cual(?:es)?\\s+(?:es|son)', 'indica', 'indique', 'ingresa', 'ingrese', 'introduce', 'introduzca', 'escribe', 'escriba', 'envia', 'envie', 'envianos', 'comparte', 'comparta',
    'proporciona', 'proporcione', 'facilita', 'facilite', 'dame', 'danos', 'digame', 'dime', 'necesitamos', 'necesito', 'confirma',
    // pt
    'qual\\s+(?:e|o|a)', 'informe', 'informa', 'digite', 'mande', 'manda', 'compartilhe', 'forneca', 'preciso', 'precisamos', 'me passa', 'confirme', 'escreva',
    // de
    'wie (?:lautet|ist)', 'geben sie', 'gib', 'nennen sie', 'nenne', 'senden sie', 'sende', 'schicken sie', 'schick', 'teilen sie', 'tippen sie', 'eingeben', 'angeben',
    'mitteilen', 'ubermitteln', 'bestatigen sie', 'brauchen', 'benotigen',
    // it
    'qual\\s+e', 'quale', 'inserisci', 'inserire', 'inserisca', 'indichi', 'invia', 'inviaci', 'invii', 'comunica', 'comunichi', 'fornisci', 'fornisca', 'scrivi',
    'scriva', 'dimmi', 'mi dai', 'abbiamo bisogno', 'conferma', 'digita', 'digiti',
  ].map((c) => `\\b${c}\\b`).join('|'),
);

/** Password and ID flows that point to a reset or login page are fine. */
const RESET = /\b(?:oublie|forgot|forgotten|reset|reinitialis\w*|restablecer|redefinir|zurucksetzen|reimposta\w*|vergessen|olvidaste|olvido|esqueceu|esqueci|dimenticat\w*|change|changer|modifier|cambiar|alterar|andern|cambiare)\b/;

interface ObjectPattern {
  kind: SensitiveKind;
  re: RegExp;
  /** Tested on the original (not folded) text: acronyms that must be written in capitals. */
  caseSensitive?: boolean;
}

const PATTERNS: ObjectPattern[] = [
  // card: "numéro (complet) de votre carte", "número de la tarjeta", "número do cartão", "numero della carta", "chiffres de votre carte"
  { kind: 'card', re: new RegExp(`\\b${NUM_WORD}\\s+(?:${ADJ}\\s+)?${PREP}\\s*(?:${DET}\\s*)?(?:${ADJ}\\s+)?(?:(?:credit|debit|bank|bancaire|bleue)\\s+)?${CARD_WORD}\\b`, 'g') },
  // "card number", "credit card number", "card no", "Kartennummer"
  { kind: 'card', re: /\b(?:credit\s+|debit\s+|bank\s+|payment\s+)?card\s*(?:number|no\b|#|details|info(?:rmation)?)|\b(?:kredit|debit|bank|giro|ec-)?kartennummer\b|\bkartendaten\b/g },
  // "carte bancaire", "tarjeta de crédito" with a photo/details word: "les infos de votre carte bancaire"
  { kind: 'card', re: new RegExp(`\\b(?:photo|foto|scan|copie|copy|coordonnees|informations|infos|donnees|datos|dados|dati|daten)\\s+(?:${PREP}\\s*)?(?:${DET}\\s*)?${CARD_WORD}\\b`, 'g') },
  // "16 digits", "les 16 chiffres"
  { kind: 'card', re: /\b(?:16|seize|sixteen|dieciseis|dezesseis|sechzehn|sedici)[\s-]*(?:chiffres|digits?|digitos|numeros|ziffern|cifre|stellige)\b/g },
  // "the long number on the front of your card"
  { kind: 'card', re: new RegExp(`\\b${NUM_WORD}\\b[^.?!\\n]{0,40}\\b(?:front|recto|devant|frente|anverso|vorderseite|fronte|davanti)\\b[^.?!\\n]{0,25}\\b${CARD_WORD}\\b`, 'g') },
  // CVV
  { kind: 'cvv', re: /\b(?:cvv2?|cvc2?|cvn|cryptogramme(?:\s+visuel)?|card verification (?:code|value|number)|kartenprufnummer|prufnummer)\b/g },
  { kind: 'cvv', re: new RegExp(`\\b(?:code de securite|security code|codigo de seguridad|codigo de seguranca|sicherheitscode|codice di sicurezza)\\s+(?:${PREP}\\s*)?(?:${DET}\\s*)?${CARD_WORD}\\b`, 'g') },
  { kind: 'cvv', re: /\b(?:3|trois|three|tres|drei|tre)\s+(?:chiffres|digits|digitos|ziffern|cifre)\b[^.?!\n]{0,30}\b(?:dos|back|verso|reverso|ruckseite|retro)\b/g },
  // expiry (reported only with a card number)
  { kind: 'expiry', re: /\b(?:date d'expiration|date de validite|date d'echeance|expiry date|expiration date|exp\.? date|valid (?:thru|through|until)|fecha de (?:caducidad|vencimiento|expiracion)|data de (?:validade|vencimento|expiracao)|ablaufdatum|gultig bis|gultigkeitsdatum|data di scadenza)\b/g },
  // bank
  { kind: 'bank', re: /\b(?:iban|releve d'identite bancaire|coordonnees bancaires|bank details|banking details|bank account (?:number|details|info)|(?:bank|banking|checking|savings|financial)\s+account\s+(?:number|no)|account and (?:routing|sort)|routing number|sort code|numero de cuenta(?: bancaria)?|datos bancarios|numero da conta(?: bancaria)?|dados bancarios|kontonummer|bankverbindung|bankdaten|numero di conto(?: corrente)?|coordinate bancarie|dati bancari|clabe)\b/g },
  { kind: 'bank', re: /\bnumero de compte(?! (?:client|fidelite|abonne|utilisateur|membre|adherent|personnel|en ligne|de fidelite))(?: bancaire)?\b/g },
  { kind: 'bank', re: /\b(?:votre|ton|un|le|du|vos|d'un|son|the|your)\s+rib\b/g },
  { kind: 'bank', re: /\b(?:RIB|IBAN|BIC\/IBAN)\b/g, caseSensitive: true },
  // national ID, social security, tax ID
  { kind: 'nationalId', re: /\b(?:numero de securite sociale|numero de secu|n° de secu|social security number|national insurance number|national id(?: number)?|id number|id card number|identity card number|numero d'identification fiscale|numero fiscal|tax id(?:entification)?(?: number)?|numero de seguridad social|numero de identificacion(?: fiscal)?|documento nacional de identidad|numero de identidade|numero do cpf|numero de cpf|personalausweisnummer|ausweisnummer|steuer-?id|steueridentifikationsnummer|sozialversicherungsnummer|codice fiscale|numero di previdenza|aadhaar(?: number)?|numero de (?:la |votre |ta )?carte vitale|numero de (?:votre |ta |la )?(?:carte d'identite|cni|piece d'identite)|numero (?:de |de la |do |da |della |di )?(?:su |tu |seu |sua |tua )?(?:cedula|dni|documento de identidad|carteira de identidade|carta d'identita|carta di identita))\b/g },
  { kind: 'nationalId', re: /\b(?:NIR|SSN|DNI|NIE|NIF|CPF|RG|CNI|NINO|CURP|RFC|NIS|PIS)\b/g, caseSensitive: true },
  // a photo or copy of an ID document (documents that hold identifiers)
  { kind: 'passport', re: new RegExp(`\\b(?:numero|number|nummer|photo|foto|scan|copie|copy|picture|image|imagen|imagem|bild|immagine)\\s+(?:${PREP}\\s*)?(?:${DET}\\s*)?(?:passport|passeport|pasaporte|passaporte|reisepass|passaporto|carte d'identite|piece d'identite|id card|identity card|documento de identidad|carteira de identidade|personalausweis|ausweis|carta d'identita)\\b`, 'g') },
  { kind: 'passport', re: /\b(?:passport|id card|identity card)\s+(?:number|no\b|#|details|scan|photo|copy)|\b(?:reise)?passnummer\b/g },
  // passwords, PINs, secret codes
  { kind: 'password', re: /\b(?:mot de passe|mdp|password|passcode|passwort|kennwort|contrasena|senha|code secret|code confidentiel|geheimzahl|clave secreta|clave de acceso|codigo secreto|codice segreto|login credentials|identifiants de connexion)\b/g },
  { kind: 'password', re: /\b(?:code|codigo|codice)\s+PIN\b|\bPIN(?:\s+(?:code|number|nummer))?\b/g, caseSensitive: true },
];

/**
 * Words at least one of which every pattern above needs: texts without any of
 * them (most texts) are skipped before the sentence-by-sentence work.
 */
const PREFILTER = /card|carte|tarjeta|cartao|karte|carta|cvv|cvc|cvn|crypto|prufnummer|verification|16|seize|sixteen|dieciseis|dezesseis|sechzehn|sedici|dos\b|back|verso|reverso|ruckseite|retro|iban|rib\b|banc|bank|compte|cuenta|\bconta\b|konto|\bconto\b|routing|sort code|clabe|secu|social|insurance|national|\bid\b|identi|fiscal|tax|seguridad|cpf|steuer|sozial|previdenza|aadhaar|vitale|\b(?:cni|dni|nie|nif|nir|ssn|rg|nino|curp|rfc|nis|pis)\b|cedula|ausweis|pass|pasaporte|reisepass|mdp|senha|contrasena|kennwort|code|codigo|codice|geheimzahl|clave|credentials|identifiants|\bpin\b/;

/** Normalise typographic apostrophes and spaces without changing lengths. */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u00b4`]/g, "'").replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/** Sentences of a text: [start, end) offsets, cut after . ! ? ; and at line breaks. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^.!?;\n]*(?:[.!?;]+|\n|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}

export interface DetectOptions {
  /** The text is a question the bot waits on (`ask:`), so any mention is a request. */
  question?: boolean;
}

/** What sensitive data a text asks for, in order of appearance. */
/**
 * Results by text: a flow's texts rarely change between keystrokes, so each text is
 * analysed once. Bounded (cleared when full) so memory stays flat.
 */
const requestMemo = new Map<string, SensitiveMatch[]>();
/** Same, for questions (`ask:`): keyed by the text itself, whose hash the engine keeps. */
const questionMemo = new Map<string, SensitiveMatch[]>();
const MEMO_MAX = 20000;

export function detectSensitiveRequests(original: string, options: DetectOptions = {}): SensitiveMatch[] {
  const memo = options.question ? questionMemo : requestMemo;
  const hit = memo.get(original);
  if (hit) return hit;
  if (memo.size >= MEMO_MAX) memo.clear();
  const res = detectUncached(original, options);
  memo.set(original, res);
  return res;
}

function detectUncached(original: string, options: DetectOptions): SensitiveMatch[] {
  if (!original || original.length > 20_000) return [];
  const text = normalise(original);
  const folded = fold(text);
  if (!PREFILTER.test(folded)) return [];
  // fold keeps lengths for Latin text; when it does not, positions fall back to the whole value
  const aligned = folded.length === text.length;
  const found: SensitiveMatch[] = [];
  for (const [s, e] of sentences(folded)) {
    const sentence = folded.slice(s, e);
    const sentenceOrig = aligned ? text.slice(s, e) : '';
    if (!PREFILTER.test(sentence) || NEGATION.test(sentence)) continue;
    const request = options.question || /\?/.test(sentence) || CUE.test(sentence);
    if (!request) continue;
    const partial = PARTIAL.test(sentence);
    for (const p of PATTERNS) {
      const hay = p.caseSensitive ? sentenceOrig : sentence;
      if (!hay) continue;
      p.re.lastIndex = 0;
      for (const m of hay.matchAll(p.re)) {
        const start = s + m.index!;
        const end = start + m[0].length;
        if (p.kind === 'card') {
          if (partial) continue;
          const after = folded.slice(end, end + 40);
          const before = folded.slice(Math.max(s, start - 30), start);
          if (NOT_PAYMENT_AFTER.test(after) || NOT_PAYMENT_BEFORE.test(before)) continue;
        }
        if ((p.kind === 'nationalId' || p.kind === 'passport') && NOT_PERSONAL_BEFORE.test(folded.slice(Math.max(s, start - 30), start))) continue;
        if (p.kind === 'password' || p.kind === 'nationalId') {
          if (RESET.test(sentence)) continue;
        }
        if (p.kind === 'password' && /\b(?:location|localisation|position|ubicacion|localizacao|standort|posizione|map|carte)\b/.test(folded.slice(Math.max(s, start - 20), end + 20))) continue;
        if (found.some((f) => f.start < end && start < f.end)) continue;
        found.push({ kind: p.kind, start, end });
      }
    }
  }
  // an expiry date alone (a subscription, a voucher) is not sensitive; with a card number it is
  const hasCard = found.some((f) => f.kind === 'card');
  return found.filter((f) => f.kind !== 'expiry' || hasCard).sort((a, b) => a.start - b.start);
}

/** Kinds in a stable order, without duplicates. */
export function kindsOf(matches: readonly SensitiveMatch[]): SensitiveKind[] {
  return KIND_ORDER.filter((k) => matches.some((m) => m.kind === k));
}

const LABELS: Record<SensitiveKind, { en: string; fr: string }> = {
  card: { en: 'a full card number', fr: 'un numéro de carte complet' },
  cvv: { en: 'the card security code (CVV)', fr: 'le cryptogramme (CVV) de la carte' },
  expiry: { en: 'the card expiry date', fr: 'la date d\'expiration de la carte' },
  bank: { en: 'a bank account number (IBAN, RIB)', fr: 'un numéro de compte bancaire (IBAN, RIB)' },
  nationalId: { en: 'a national ID, tax or social security number', fr: 'un numéro d\'identité, fiscal ou de sécurité sociale' },
  passport: { en: 'a passport or ID document (number or photo)', fr: 'un passeport ou une pièce d\'identité (numéro ou photo)' },
  password: { en: 'a password or PIN', fr: 'un mot de passe ou un code PIN' },
};

export function labelOf(kind: SensitiveKind, locale: Locale): string {
  return LABELS[kind][locale];
}

export type SafeGroup = 'payment' | 'bank' | 'identity' | 'password';

export function groupOf(kinds: readonly SensitiveKind[]): SafeGroup {
  if (kinds.some((k) => k === 'card' || k === 'cvv' || k === 'expiry')) return 'payment';
  if (kinds.includes('bank')) return 'bank';
  if (kinds.includes('password')) return 'password';
  return 'identity';
}

const ALTERNATIVES: Record<SafeGroup, { en: string; fr: string }> = {
  payment: {
    en: 'take the payment through a payment link or a WhatsApp Flow backed by a PCI-DSS payment provider; to identify a card, ask only for its last 4 digits',
    fr: 'encaissez par un lien de paiement ou un WhatsApp Flow adossé à un prestataire certifié PCI-DSS ; pour identifier une carte, demandez seulement ses 4 derniers chiffres',
  },
  bank: {
    en: 'collect bank details through a secure form on your website, or ask only for the last 4 characters to identify the account',
    fr: 'recueillez les coordonnées bancaires via un formulaire sécurisé sur votre site, ou demandez seulement les 4 derniers caractères pour identifier le compte',
  },
  identity: {
    en: 'verify identity through a secure form or your app, or ask only for a partial identifier',
    fr: 'vérifiez l\'identité via un formulaire sécurisé ou votre application, ou demandez seulement un identifiant partiel',
  },
  password: {
    en: 'never ask for it in a chat: send a link to your login or reset page instead',
    fr: 'ne le demandez jamais dans une conversation : envoyez plutôt un lien vers votre page de connexion ou de réinitialisation',
  },
};

export function alternativeOf(group: SafeGroup, locale: Locale): string {
  return ALTERNATIVES[group][locale];
}

/**
 * A replacement prompt for the suggestion fix, in the flow's language. The
 * texts never name the sensitive object, so the fixed file is clean.
 */
const SAFE_TEXTS: Record<SafeGroup, Record<string, string>> = {
  payment: {
    en: 'To pay securely, please use the payment link we are sending you.',
    fr: 'Pour payer en toute sécurité, utilisez le lien de paiement que nous vous envoyons.',
    es: 'Para pagar de forma segura, utiliza el enlace de pago que te enviamos.',
    pt: 'Para pagar com segurança, use o link de pagamento que enviamos para você.',
    de: 'Zum sicheren Bezahlen nutzen Sie bitte den Zahlungslink, den wir Ihnen senden.',
    it: 'Per pagare in sicurezza, usa il link di pagamento che ti inviamo.',
  },
  bank: {
    en: 'For this request, please use the secure form on our website.',
    fr: 'Pour cette démarche, utilisez le formulaire sécurisé de notre site.',
    es: 'Para este trámite, utiliza el formulario seguro de nuestra web.',
    pt: 'Para este pedido, use o formulário seguro do nosso site.',
    de: 'Für dieses Anliegen nutzen Sie bitte das sichere Formular auf unserer Website.',
    it: 'Per questa richiesta, usa il modulo sicuro sul nostro sito.',
  },
  identity: {
    en: 'To verify your identity, please use the secure form on our website.',
    fr: 'Pour vérifier votre identité, utilisez le formulaire sécurisé de notre site.',
    es: 'Para verificar tu identidad, utiliza el formulario seguro de nuestra web.',
    pt: 'Para verificar sua identidade, use o formulário seguro do nosso site.',
    de: 'Zur Überprüfung Ihrer Identität nutzen Sie bitte das sichere Formular auf unserer Website.',
    it: 'Per verificare la tua identità, usa il modulo sicuro sul nostro sito.',
  },
  password: {
    en: 'For your security, please sign in directly on our website or app.',
    fr: 'Pour votre sécurité, connectez-vous directement sur notre site ou notre application.',
    es: 'Por tu seguridad, inicia sesión directamente en nuestra web o aplicación.',
    pt: 'Para sua segurança, entre diretamente no nosso site ou aplicativo.',
    de: 'Zu Ihrer Sicherheit melden Sie sich bitte direkt auf unserer Website oder in unserer App an.',
    it: 'Per la tua sicurezza, accedi direttamente dal nostro sito o dalla nostra app.',
  },
};

export function safeText(group: SafeGroup, language: string): string {
  const t = SAFE_TEXTS[group];
  return t[language] ?? t.en;
}

/** Variable names that hold sensitive data: `card_number`, `cardNumber`, `iban`, `cvv`, `ssn`, `passport_no`, `password`. */
const variableMemo = new Map<string, SensitiveKind | null>();

export function sensitiveVariable(name: string): SensitiveKind | undefined {
  let v = variableMemo.get(name);
  if (v === undefined) {
    if (variableMemo.size >= MEMO_MAX) variableMemo.clear();
    v = sensitiveVariableUncached(name) ?? null;
    variableMemo.set(name, v);
  }
  return v ?? undefined;
}

function sensitiveVariableUncached(name: string): SensitiveKind | undefined {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const has = (w: string) => words.includes(w);
  const joined = words.join('_');
  if (words.some((w) => /^(?:last|last4|derniers|ultimos|masked|hint|type|brand|holder|name|nom|token|id)$/.test(w)) && !/(?:password|passwd|cvv|cvc|ssn)/.test(joined)) {
    // card_last4, card_type, card_holder, card_token: not the number itself
    if (!/^(?:iban|rib)$/.test(words[0])) return undefined;
  }
  if (has('cvv') || has('cvc') || has('cvv2') || has('cvc2') || has('cryptogramme') || joined.includes('security_code')) return 'cvv';
  if (/(?:^|_)(?:card|carte|tarjeta|cartao|carta|cc|credit_card|kreditkarte)_(?:number|num|no|nr|numero|nummer)(?:_|$)/.test(joined) || has('ccnum') || has('ccnumber') || has('cardnumber') || has('kartennummer') || has('pan') || /^(?:numero|num|no)_(?:de_)?(?:carte|tarjeta|cartao|carta)/.test(joined)) return 'card';
  if (has('iban') || has('rib') || /(?:bank_account|account_number|numero_de_compte|numero_compte|kontonummer|numero_cuenta|numero_conta)/.test(joined)) return 'bank';
  if (has('ssn') || has('nir') || has('cpf') || has('dni') || has('nie') || has('nif') || has('secu') || /(?:social_security|securite_sociale|national_id|codice_fiscale|tax_id|steuer_id|personalausweis|id_number|numero_identite)/.test(joined)) return 'nationalId';
  if (has('passport') || has('passeport') || has('pasaporte') || has('passaporte') || has('reisepass') || has('passaporto')) return 'passport';
  if (has('password') || has('passwd') || has('pwd') || has('mdp') || has('pin') || has('passcode') || has('passwort') || has('senha') || has('contrasena') || /(?:mot_de_passe|code_secret|secret_code)/.test(joined)) return 'password';
  return undefined;
}
