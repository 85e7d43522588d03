import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  classifyTemplate,
  DEFAULT_THRESHOLD,
  NO_REFERENCE_WEIGHT,
  SIGNAL_TYPES,
  type CategoryInput,
  type CategorySignal,
  type CategoryVerdict,
} from '../../server/src/core/category/classifier';
import { RULES } from '../../server/src/core/category/lexicon';

function classify(body: string, extra: Partial<CategoryInput> = {}): CategoryVerdict {
  return classifyTemplate({ category: 'UTILITY', body, ...extra });
}

const ids = (v: CategoryVerdict): string[] => v.signals.map((s) => s.id);
const has = (v: CategoryVerdict, id: string): boolean => ids(v).includes(id);
const promoSignals = (v: CategoryVerdict): CategorySignal[] =>
  v.signals.filter((s) => s.kind === 'marketing' && SIGNAL_TYPES.find((t) => t.id === s.id)?.promo);

function describeVerdict(v: CategoryVerdict): string {
  return `${v.predicted} m=${v.marketingScore} u=${v.utilityScore} [${v.signals.map((s) => `${s.id}:"${s.text}"`).join(', ')}]`;
}

function assertMarketing(body: string, expectId?: string, extra: Partial<CategoryInput> = {}): CategoryVerdict {
  const v = classify(body, extra);
  assert.equal(v.predicted, 'MARKETING', `${body}\n  -> ${describeVerdict(v)}`);
  if (expectId) assert.ok(has(v, expectId), `expected ${expectId} in ${describeVerdict(v)}`);
  return v;
}

function assertUtility(body: string, extra: Partial<CategoryInput> = {}): CategoryVerdict {
  const v = classify(body, extra);
  assert.equal(v.predicted, 'UTILITY', `${body}\n  -> ${describeVerdict(v)}`);
  assert.equal(v.otp, false, `${body}: unexpected OTP`);
  return v;
}

/** A utility template that must not carry a single explicit-promotion signal. */
function assertCleanUtility(body: string, extra: Partial<CategoryInput> = {}): CategoryVerdict {
  const v = assertUtility(body, extra);
  assert.deepEqual(promoSignals(v), [], `${body}: promotional signals ${describeVerdict(v)}`);
  assert.ok(v.marketingScore < v.threshold);
  assert.ok(v.utilityScore > 0, `${body}: no utility signal`);
  return v;
}

function componentText(input: CategoryInput, s: CategorySignal): string {
  switch (s.component) {
    case 'HEADER':
      return input.header ?? '';
    case 'BODY':
      return input.body;
    case 'FOOTER':
      return input.footer ?? '';
    case 'BUTTONS': {
      const b = input.buttons?.[s.index ?? -1];
      assert.ok(b, `signal ${s.id} points at a missing button ${s.index}`);
      return (s.field === 'url' ? b.url : b.text) ?? '';
    }
  }
}

/** Every signal's offsets must point at its text (or at the parameter its example value fills). */
function assertOffsets(input: CategoryInput, v: CategoryVerdict = classifyTemplate(input)): void {
  for (const s of v.signals) {
    const src = componentText(input, s);
    assert.ok(s.start >= 0 && s.end <= src.length && s.start <= s.end, `${s.id} offsets ${s.start}..${s.end} out of range`);
    if (s.example !== undefined) {
      assert.match(src.slice(s.start, s.end), /^\{\{[^{}]+\}\}$/, `${s.id}: example signal must point at a parameter`);
      assert.ok(input.examples![s.example].includes(s.text), `${s.id}: "${s.text}" not in example ${s.example}`);
    } else if (s.component === 'BUTTONS' && s.text !== src.slice(s.start, s.end)) {
      // button-type signals (COPY_CODE, OTP...) with an empty caption carry the type name
      assert.equal(src, '');
    } else {
      assert.equal(src.slice(s.start, s.end), s.text, `${s.id}: slice does not match text`);
    }
  }
}

describe('category classifier', () => {
  describe('API shape', () => {
    it('returns a complete verdict with the default threshold', () => {
      const v = classify('Your order {{1}} has shipped.');
      assert.deepEqual(Object.keys(v).sort(), ['marketingScore', 'otp', 'predicted', 'signals', 'threshold', 'utilityScore', 'vague']);
      assert.equal(v.threshold, DEFAULT_THRESHOLD);
      for (const s of v.signals) {
        assert.ok(['marketing', 'utility', 'otp', 'vague'].includes(s.kind));
        assert.ok(['HEADER', 'BODY', 'FOOTER', 'BUTTONS'].includes(s.component));
        assert.ok(s.weight > 0);
        assert.ok(s.label.en.length > 0 && s.label.fr.length > 0);
      }
    });

    it('honours the threshold option', () => {
      const body = 'Did you know? Our new store is now open in {{1}}.';
      assert.equal(classify(body).predicted, 'MARKETING');
      const strict = classifyTemplate({ body }, { threshold: 50 });
      assert.equal(strict.threshold, 50);
      assert.equal(strict.predicted, 'UTILITY');
      assert.equal(classifyTemplate({ body }, { threshold: Number.NaN }).threshold, DEFAULT_THRESHOLD);
    });
  });

  describe('languages: a promotion and a transactional message in each', () => {
    const cases: { lang: string; marketing: string; id: string; utility: string }[] = [
      { lang: 'en', marketing: 'Spring deals are here: 25% off all rain jackets until Friday.', id: 'marketing/discount', utility: 'Hi {{1}}, your order {{2}} has been delivered to your mailbox.' },
      { lang: 'fr', marketing: 'Profitez de 20 % de réduction sur toute la gamme jardin ce week-end seulement !', id: 'marketing/discount', utility: 'Bonjour {{1}}, votre commande n° {{2}} est en cours de livraison et arrivera le {{3}}.' },
      { lang: 'es', marketing: 'Rebajas de verano: hasta un 40% de descuento en toda la tienda.', id: 'marketing/discount', utility: 'Hola {{1}}, tu pedido {{2}} ha sido entregado. Gracias por tu compra.' },
      { lang: 'pt', marketing: 'Aproveite: 30% de desconto em todos os tênis só hoje!', id: 'marketing/discount', utility: 'Olá {{1}}, seu pedido {{2}} foi enviado e chega até {{3}}.' },
      { lang: 'de', marketing: 'Nur diese Woche: 15 % Rabatt auf alle Jacken. Jetzt shoppen!', id: 'marketing/discount', utility: 'Hallo {{1}}, Ihre Bestellung {{2}} wurde zugestellt.' },
      { lang: 'it', marketing: 'Solo oggi: 30% di sconto su tutte le scarpe!', id: 'marketing/discount', utility: 'Ciao {{1}}, il tuo ordine {{2}} è stato spedito e arriverà il {{3}}.' },
      { lang: 'nl', marketing: 'Deze week 20% korting op alle fietsen. Bestel nu!', id: 'marketing/discount', utility: 'Hoi {{1}}, je bestelling {{2}} is verzonden en wordt morgen bezorgd.' },
    ];
    for (const c of cases) {
      it(`${c.lang}: promotion -> MARKETING, order update -> UTILITY`, () => {
        assertMarketing(c.marketing, c.id, { language: c.lang });
        assertCleanUtility(c.utility, { language: c.lang });
      });
    }
  });

  describe('marketing signal kinds', () => {
    const cases: [string, string, Partial<CategoryInput>?][] = [
      ['marketing/coupon', 'Use promo code {{1}} at checkout.'],
      ['marketing/coupon', 'Mit dem Code SOMMER25 erhalten Sie Ihr Geschenk.'],
      ['marketing/free-gift', 'Free shipping on everything you buy this weekend.'],
      ['marketing/free-gift', 'Livraison offerte pour toute commande passée avant dimanche.'],
      ['marketing/sale-event', 'Black Friday starts now at {{1}}.'],
      ['marketing/urgency', 'Limited time: our best sellers are back at a special price.'],
      ['marketing/urgency', 'Dernière chance pour réserver votre séjour à prix réduit.'],
      ['marketing/urgency', 'Solo hoy: envío gratis en toda la tienda.'],
      ['marketing/upsell', 'Customers who bought {{1}} also loved these matching cases.'],
      ['marketing/upsell', 'Upgrade to Premium today and unlock offline listening.'],
      ['marketing/cart', 'You left something in your cart, {{1}}. Complete your purchase now.'],
      ['marketing/cart', 'Votre panier vous attend encore, {{1}}.'],
      ['marketing/retargeting', 'The sneakers on your wishlist are back in stock.'],
      ['marketing/renewal', 'Your membership ends soon. Renew now to keep your benefits.'],
      ['marketing/renewal', 'Il tuo abbonamento scade il {{1}}: rinnova ora.'],
      ['marketing/reengagement', 'We miss you, {{1}}! It has been a while since your last visit.'],
      ['marketing/reengagement', 'Vous nous manquez ! Revenez nous voir bientôt.'],
      ['marketing/app-install', 'Download our app to track your points wherever you are.'],
      ['marketing/app-install', 'Baixe nosso app e acompanhe seus pontos.'],
      ['marketing/generic-survey', 'Tell us what you think! Take our 3-minute survey.'],
      ['marketing/awareness', 'Did you know? Our new collection is now available online.'],
      ['marketing/awareness', 'Wist je dat onze nieuwe collectie nu online staat?'],
      ['marketing/relationship', 'Happy birthday {{1}}! The whole team wishes you a wonderful year.'],
      ['marketing/fundraising', 'Help us reach our goal: donate now and support our cause.'],
      ['marketing/credit-offer', 'You are pre-approved for a personal loan with an introductory rate.'],
      ['marketing/contest', 'Enter our prize draw for a chance to win a weekend in Rome.'],
      ['marketing/price-pitch', 'Weekend in Porto from €49 per person, flights included.'],
      ['marketing/cta-shop', 'Our winter coats are in. Shop now.'],
      ['marketing/cta-button', 'Your loyalty card {{1}} is ready.', { buttons: [{ type: 'URL', text: 'Voir l’offre', url: 'https://example.com' }] }],
      ['marketing/coupon', 'Thanks for visiting us, {{1}}.', { buttons: [{ type: 'COPY_CODE', text: 'Copy code' }] }],
      ['marketing/app-install', 'Manage your trips on the go.', { buttons: [{ type: 'URL', text: 'Get it', url: 'https://play.google.com/store/apps/details?id=x.y' }] }],
    ];
    for (const [id, body, extra] of cases) {
      it(`${id}: ${body}`, () => {
        assertMarketing(body, id, extra ?? {});
        assertOffsets({ body, ...(extra ?? {}) });
      });
    }
  });

  describe('mixed content is MARKETING (Meta: an order update with a promo)', () => {
    it('order confirmation + coupon for next time', () => {
      const v = assertMarketing('Your order {{1}} is confirmed. Use code SAVE10 to get 10% off your next order!', 'marketing/coupon');
      assert.ok(has(v, 'utility/transaction-ref'), 'utility context is still reported');
      assert.ok(v.utilityScore >= 3);
    });
    it('fr: expédition + code promo', () => {
      assertMarketing('Votre commande {{1}} a été expédiée. Bénéficiez de 15 % de remise sur votre prochain achat avec le code MERCI15.', 'marketing/discount');
    });
    it('de: Zahlung + Upsell', () => {
      assertMarketing('Wir haben Ihre Zahlung für Rechnung {{1}} erhalten. Wechseln Sie jetzt auf den Premium-Tarif und sparen Sie 20 %.', 'marketing/upsell');
    });
    it('a shop-now button on a delivery notice', () => {
      assertMarketing('Your parcel {{1}} was delivered today.', 'marketing/cta-button', { buttons: [{ type: 'URL', text: 'Shop now', url: 'https://example.com/shop' }] });
    });
    it('a promo in the footer', () => {
      assertMarketing('Your appointment with {{1}} is confirmed for {{2}}.', 'marketing/discount', { footer: 'Members get 10% off all treatments' });
    });
    it('a promo carried by an example value', () => {
      const input: CategoryInput = { body: 'Hi {{1}}, here is your update: {{2}}', examples: ['Ana', 'Enjoy 20% off everything this weekend'] };
      const v = classifyTemplate(input);
      assert.equal(v.predicted, 'MARKETING');
      const s = v.signals.find((x) => x.example === 1);
      assert.ok(s, describeVerdict(v));
      assert.equal(s.id, 'marketing/discount');
      assert.equal(input.body.slice(s.start, s.end), '{{2}}');
      assert.equal(s.text, '20% off');
      assertOffsets(input, v);
    });
  });

  describe('surveys', () => {
    it('a survey tied to a specific order stays UTILITY', () => {
      const v = assertUtility('Your order {{1}} was delivered on {{2}}. How would you rate the delivery? Tap below to answer a short survey.');
      assert.ok(!has(v, 'marketing/generic-survey'));
    });
    it('fr/es/de: surveys about a specific delivery or visit stay UTILITY', () => {
      assertUtility('Votre colis {{1}} a été livré hier. Comment s’est passée la livraison ? Donnez-nous votre avis en un clic.');
      assertUtility('¿Qué tal fue tu cita del {{1}} con {{2}}? Valora la atención recibida del 1 al 5.');
      assertUtility('Ihre Bestellung {{1}} wurde zugestellt. Wie zufrieden sind Sie mit der Lieferung?');
    });
    it('a generic survey is MARKETING', () => {
      assertMarketing('We value your opinion! Please fill out our customer satisfaction survey.', 'marketing/generic-survey');
      assertMarketing('Votre avis compte ! Répondez à notre sondage en 2 minutes.', 'marketing/generic-survey');
      assertMarketing('Nehmen Sie an unserer Umfrage teil und sagen Sie uns Ihre Meinung.', 'marketing/generic-survey');
    });
  });

  describe('unclear content is MARKETING', () => {
    it('only a parameter', () => {
      const v = assertMarketing('{{1}}', 'vague/only-parameter');
      assert.equal(v.vague, true);
    });
    it('only a greeting', () => {
      for (const body of ['Hello {{1}}!', 'Bonjour {{1}}, comment allez-vous ?', 'Hola {{1}}', 'Hallo {{1}}, wie geht es Ihnen?', 'Ciao {{1}}!', 'Hoi {{1}}!', 'Olá {{1}}, tudo bem?']) {
        const v = assertMarketing(body, 'vague/greeting-only');
        assert.equal(v.vague, true);
      }
    });
    it('"Congratulations {{1}}!" in every language', () => {
      for (const body of ['Congratulations {{1}}!', 'Félicitations {{1}} !', '¡Felicidades {{1}}!', 'Parabéns, {{1}}!', 'Herzlichen Glückwunsch, {{1}}!', 'Congratulazioni {{1}}!', 'Gefeliciteerd {{1}}!']) {
        assertMarketing(body, 'vague/greeting-only');
      }
    });
    it('too little content, or content only in parameters', () => {
      assertMarketing('Big news, {{1}}!', 'vague/too-short');
      assertMarketing('{{1}} {{2}} at {{3}}: {{4}}', 'vague/only-parameter');
      assertMarketing('News for {{1}}: {{2}}, {{3}} and {{4}} inside today', 'vague/parameter-heavy');
    });
    it('a short but specific message is not vague', () => {
      const v = assertCleanUtility('Order {{1}} shipped.');
      assert.equal(v.vague, false);
    });
  });

  describe('one-time passcodes', () => {
    const otpBodies = [
      '{{1}} is your verification code.',
      'Your login code is {{1}}. Do not share it with anyone.',
      '{{1}} est votre code de vérification. Ne le communiquez à personne.',
      'Tu código de verificación es {{1}}.',
      'Seu código de acesso é {{1}}. Não compartilhe.',
      'Ihr Bestätigungscode lautet {{1}}.',
      'Il tuo codice di verifica è {{1}}.',
      'Je verificatiecode is {{1}}.',
      'Use {{1}} to verify your phone number.',
    ];
    for (const body of otpBodies) {
      it(`detects: ${body}`, () => {
        const v = classify(body);
        assert.equal(v.otp, true, describeVerdict(v));
        assert.equal(v.predicted, 'AUTHENTICATION');
        assert.ok(v.signals.some((s) => s.kind === 'otp'));
        assertOffsets({ body });
      });
    }
    it('flags an OTP inside a UTILITY order message', () => {
      const v = classify('Hi {{1}}, to confirm your order {{2}} enter the one-time password {{3}} on our website.');
      assert.equal(v.otp, true, describeVerdict(v));
      assert.equal(v.predicted, 'AUTHENTICATION');
    });
    it('flags an OTP inside a MARKETING template', () => {
      const v = classifyTemplate({ category: 'MARKETING', body: 'Welcome! Your verification code is {{1}}. Enjoy 10% off your first order.' });
      assert.equal(v.otp, true);
    });
    it('does not confuse other codes with OTPs', () => {
      for (const body of [
        'Your tracking code is {{1}}.',
        'Your booking code is {{1}}. Show it at check-in.',
        'Pickup code: {{1}}. Your parcel waits in locker {{2}}.',
        'Seu código de rastreio é {{1}}.',
        'Show the QR code at the entrance, gate {{1}}.',
        'Your postal code {{1}} is not served yet.',
      ]) {
        const v = classify(body);
        assert.equal(v.otp, false, `${body} -> ${describeVerdict(v)}`);
      }
      const promo = classify('Your promo code is {{1}}: 15% off your next order.');
      assert.equal(promo.otp, false);
      assert.equal(promo.predicted, 'MARKETING');
    });
    it('accepts the preset AUTHENTICATION body (no text)', () => {
      const v = classifyTemplate({ category: 'AUTHENTICATION', body: '' });
      assert.equal(v.predicted, 'AUTHENTICATION');
      assert.equal(v.otp, true);
      assert.equal(v.vague, false);
    });
    it('an OTP button is a signal', () => {
      const v = classifyTemplate({ category: 'UTILITY', body: 'Tap the button to finish signing in.', buttons: [{ type: 'OTP', text: 'Copy code' }] });
      assert.ok(has(v, 'otp/button'));
      assert.equal(v.otp, true);
    });
  });

  describe('utility templates stay clean', () => {
    const clean: [string, string][] = [
      ['order shipped (en)', 'Good news {{1}}: your order {{2}} has shipped! Track it with the link below.'],
      ['order shipped (fr)', 'Bonne nouvelle {{1}} : votre commande {{2}} a été expédiée. Suivez-la avec le lien ci-dessous.'],
      ['order shipped (es)', 'Tu pedido n.º {{1}} ha sido enviado y llegará el {{2}}.'],
      ['order shipped (de)', 'Ihre Bestellung Nr. {{1}} wurde versandt. Voraussichtliche Zustellung: {{2}}.'],
      ['appointment reminder (en)', 'Reminder: your appointment with Dr. {{1}} is on {{2}} at {{3}}. Reply 1 to confirm or 2 to reschedule.'],
      ['appointment reminder (fr)', 'Rappel : votre rendez-vous au cabinet {{1}} est prévu le {{2}} à {{3}}.'],
      ['appointment reminder (es)', 'Recordatorio: tienes cita en la clínica {{1}} el {{2}} a las {{3}}.'],
      ['appointment reminder (de)', 'Erinnerung: Ihr Termin in der Praxis {{1}} ist am {{2}} um {{3}} Uhr.'],
      ['payment receipt (en)', 'We received your payment of {{1}} for invoice {{2}}. Thank you!'],
      ['payment receipt (fr)', 'Nous avons bien reçu votre paiement de {{1}} pour la facture {{2}}.'],
      ['payment receipt (es)', 'Hemos recibido tu pago de {{1}} de la factura {{2}}.'],
      ['payment receipt (de)', 'Vielen Dank, wir haben Ihre Zahlung über {{1}} für Rechnung {{2}} erhalten.'],
      ['fraud alert (en)', 'Fraud alert: a payment of {{1}} was attempted with your card ending {{2}}. If this wasn’t you, reply BLOCK.'],
      ['fraud alert (fr)', 'Alerte fraude : un paiement suspect de {{1}} a été détecté sur votre carte se terminant par {{2}}.'],
      ['fraud alert (es)', 'Alerta de seguridad: detectamos un cargo sospechoso de {{1}} en tu tarjeta terminada en {{2}}.'],
      ['fraud alert (de)', 'Sicherheitswarnung: Eine verdächtige Zahlung über {{1}} mit Ihrer Karte mit der Endung {{2}} wurde blockiert.'],
      ['invoice with a price', 'Your invoice {{1}} is ready. Total price: {{2}}.'],
      ['percentage that is not a discount', 'You have used 80% of your data allowance. It resets on {{1}}.'],
      ['renewal receipt', 'Your subscription {{1}} was renewed on {{2}}. Amount charged: {{3}}.'],
      ['product recall', 'Safety recall: the {{1}} you bought on {{2}} may overheat. Stop using it and reply for a free replacement.'],
      ['payment due for a specific invoice', 'Your invoice {{1}} of {{2}} is due on {{3}}. Pay online to avoid late fees.'],
      ['account security', 'A new sign-in to your account was detected on {{1}}. If this wasn’t you, reset your password.'],
      ['flight delay', 'Flight {{1}} to {{2}} is delayed. New departure time: {{3}}.'],
      ['opt-out confirmation', 'You have been unsubscribed. You will no longer receive messages from us on WhatsApp.'],
      ['outage', 'Power outage in {{1}}: our technicians are working on it and we will update you by {{2}}.'],
    ];
    for (const [name, body] of clean) {
      it(name, () => {
        assertCleanUtility(body);
        assertOffsets({ body });
      });
    }
    it('buttons and footer of a utility template do not add promotion', () => {
      const input: CategoryInput = {
        category: 'UTILITY',
        header: 'Order update',
        body: 'Your order {{1}} is out for delivery and arrives today between {{2}} and {{3}}.',
        footer: 'Reply STOP to unsubscribe',
        buttons: [
          { type: 'URL', text: 'Track order', url: 'https://example.com/track/{{1}}' },
          { type: 'QUICK_REPLY', text: 'Talk to an agent' },
        ],
      };
      const v = classifyTemplate(input);
      assert.equal(v.predicted, 'UTILITY', describeVerdict(v));
      assert.deepEqual(promoSignals(v), []);
    });
  });

  describe('false friends: service phrases that look promotional stay UTILITY', () => {
    const cases = [
      'Votre colis {{1}} est disponible pour remise en main propre au relais {{2}}.',
      'Rappel : ne manquez pas votre rendez-vous du {{1}} à {{2}}.',
      'Si vous avez la moindre question sur le dossier {{1}}, revenez vers nous en répondant à ce message.',
      'Tu cita es el lunes {{1}} a las {{2}}, ¿vale?',
      'Ahorra tiempo: haz el check-in online de tu vuelo {{1}}.',
      'Tu pedido {{1}} está listo. Pásate a recogerlo en la tienda {{2}}.',
      'Il corriere è a soli 5 minuti da te con il pacco {{1}}.',
      'Aproveite sua estadia no hotel {{1}}! Seu check-out é às {{2}}.',
      'Não perca seu voo {{1}}: o embarque começa às {{2}}.',
      'Ihre Datengeschwindigkeit wurde reduziert, da Ihr Datenvolumen für Vertrag {{1}} aufgebraucht ist.',
      'Damit Sie Ihren Termin am {{1}} nicht verpassen: Wir erwarten Sie um {{2}} Uhr.',
      'Your parcel {{1}} is held at customs clearance. Please pay the duty of {{2}}.',
      'Claim your refund for flight {{1}} using the form below.',
      'Your invoice {{1}} is ready. Download it below.',
      'We received the order today and will ship it tomorrow.',
      'Our team will come back to you within 24 hours about case {{1}}.',
      'Enjoy your stay at {{1}}! Check-out is at {{2}}.',
      'Profitez de votre séjour ! Le petit-déjeuner est servi de 7 h à 10 h.',
      'Your replacement for the recalled {{1}} is free of charge and ships on {{2}}.',
    ];
    for (const body of cases) it(body, () => assertUtility(body));
    it('codes that are not one-time passcodes', () => {
      for (const body of [
        'Enter the security code on the back of your card to confirm the payment of {{1}}.',
        'Your building access code for {{1}} is {{2}}.',
      ]) {
        const v = classify(body);
        assert.equal(v.otp, false, `${body} -> ${describeVerdict(v)}`);
      }
    });
  });

  describe('essential notices are UTILITY, bland marketing is MARKETING', () => {
    const essential: [string, string][] = [
      ['en terms', 'Our terms of use change on {{1}}. The new version is on our website.'],
      ['en public health', 'Free hepatitis screening at the {{1}} health centre on {{2}}, no appointment needed.'],
      ['en civil protection', 'Flood warning for {{1}} until {{2}}: stay indoors and keep away from the river.'],
      ['fr legal', 'Nos conditions générales d’utilisation évoluent le {{1}}. Consultez-les sur notre site.'],
      ['es public service', 'El ayuntamiento informa: corte de agua potable en {{1}} el {{2}} por obras.'],
      ['pt legal', 'Atualizamos nossa política de privacidade. As mudanças valem a partir de {{1}}.'],
      ['de public service', 'Hitzewarnung für {{1}} bis {{2}}: Bitte trinken Sie ausreichend Wasser.'],
      ['it legal', 'Dal {{1}} cambiano i termini di servizio: trovi il testo completo sul sito.'],
      ['nl public service', 'De gemeente meldt: de afvalinzameling in {{1}} schuift op naar {{2}}.'],
    ];
    for (const [name, body] of essential) {
      it(`${name}: ${body}`, () => {
        const v = assertCleanUtility(body);
        assert.ok(has(v, 'utility/legal') || has(v, 'utility/public-service'), describeVerdict(v));
      });
    }

    it('"free" in a public-service notice is not a freebie, an explicit gift still is', () => {
      const v = assertUtility('Public health notice: free vaccination at {{1}} on {{2}}.');
      assert.ok(has(v, 'utility/public-service') && !has(v, 'marketing/free-gift'), describeVerdict(v));
      assertMarketing('Vaccination day at {{1}}: every visitor gets a free gift from our shop!', 'marketing/free-gift');
    });

    const bland: [string, string][] = [
      ['marketing/feature-nudge', 'Hi {{1}}, you haven’t tried our new expense tracker yet. It takes a minute to set up.'],
      ['marketing/feature-nudge', 'Bonjour {{1}}, vous n’avez pas encore essayé le mode hors ligne de l’application.'],
      ['marketing/feature-nudge', 'Hallo {{1}}, Sie haben die neue Sparfunktion noch nicht ausprobiert.'],
      ['marketing/loyalty-thanks', 'Thank you for being a loyal customer, {{1}}. We are glad to have you with us.'],
      ['marketing/loyalty-thanks', 'Grazie per la tua fedeltà, {{1}}: sei con noi da {{2}} anni.'],
      ['marketing/goodwill', 'Sorry for the wait last time, {{1}}. We have added store credit to your account.'],
      ['marketing/goodwill', 'Como disculpa, tienes {{1}} de descuento en tu próxima compra.'],
      ['marketing/referral', 'Invite your friends to {{1}} and cook together this weekend.'],
      ['marketing/reengagement', 'It has been a while since we last saw you at {{1}}, {{2}}.'],
      ['marketing/retargeting', 'Your application is saved: sign in again and continue where you left off.'],
    ];
    for (const [id, body] of bland) it(`${id}: ${body}`, () => assertMarketing(body, id));

    it('soft cues are offset by a specific reference; goodwill credit is not', () => {
      assertUtility('Thank you for your loyalty, {{1}}: your order {{2}} has shipped.');
      assertMarketing('Your order {{1}} was late: we have added {{2}} in store credit to your account for next time.', 'marketing/goodwill');
    });

    it('a feedback request about a visit named by a parameter is specific', () => {
      const v = assertUtility('How did we do? Rate your {{last_visit}} with us from 1 to 5 in our short survey.');
      assert.ok(!has(v, 'marketing/generic-survey'), describeVerdict(v));
    });

    it('a code the user types in needs a second cue to be an OTP', () => {
      assert.equal(classify('Enter the code {{1}} in the app. It is valid for 10 minutes.').otp, false);
      assert.equal(classify('Enter the code {{1}} in the app. The code is valid for 10 minutes.').otp, true);
      assert.equal(classify('Activate your card: enter the code {{1}}. Do not share it with anyone.').otp, true);
      assert.equal(classify('Enter the code {{1}} at the parcel locker.').otp, false);
    });

    it('"read-only until" is not urgency', () => {
      const v = classify('Your workspace {{1}} becomes read-only until a plan is chosen.');
      assert.ok(!has(v, 'marketing/urgency'), describeVerdict(v));
    });

    it('no reference alone does not make a template MARKETING (NO_REFERENCE_WEIGHT < threshold)', () => {
      assert.ok(NO_REFERENCE_WEIGHT < DEFAULT_THRESHOLD);
      const v = classify('Your driver {{1}} is arriving in a silver car, plate {{2}}.');
      assert.ok(has(v, 'vague/no-specific-reference'));
      assert.equal(v.predicted, 'UTILITY');
    });
  });

  describe('signals explain themselves', () => {
    it('offsets point at the matched words in every component', () => {
      const input: CategoryInput = {
        header: 'SOLDES d’été',
        body: 'Bonjour {{1}},\u00a0Dernière  chance : jusqu’à -50 % sur la collection Été. Votre commande n° {{2}} reste disponible.',
        footer: 'Offre valable jusqu’au {{3}}',
        buttons: [
          { type: 'QUICK_REPLY', text: 'Stop promotions' },
          { type: 'URL', text: 'J’en profite', url: 'https://shop.example.com/soldes?utm_campaign=ete' },
          { type: 'COPY_CODE', text: '' },
        ],
      };
      const v = classifyTemplate(input);
      assert.equal(v.predicted, 'MARKETING');
      assertOffsets(input, v);
      const urgency = v.signals.find((s) => s.id === 'marketing/urgency');
      assert.ok(urgency);
      assert.equal(urgency.text, 'Dernière  chance', 'original accents and spacing are kept');
      assert.equal(input.body.slice(urgency.start, urgency.end), urgency.text);
      const header = v.signals.find((s) => s.component === 'HEADER');
      assert.ok(header && header.id === 'marketing/sale-event' && header.text === 'SOLDES');
      const button = v.signals.find((s) => s.component === 'BUTTONS' && s.index === 1 && s.field !== 'url');
      assert.ok(button, 'the URL button caption is a signal');
      assert.equal(button.text, 'J’en profite');
      const url = v.signals.find((s) => s.component === 'BUTTONS' && s.index === 1 && s.field === 'url');
      assert.ok(url && url.id === 'marketing/promo-link');
      const copy = v.signals.find((s) => s.component === 'BUTTONS' && s.index === 2);
      assert.ok(copy && copy.id === 'marketing/coupon' && copy.text === 'COPY_CODE');
      assert.ok(v.signals.some((s) => s.id === 'marketing/opt-out-button' && s.index === 0));
    });

    it('named parameters are read as words ({{order_number}})', () => {
      const body = 'Your package from {{order_number}} ships tomorrow.';
      const v = classify(body);
      const ref = v.signals.find((s) => s.id === 'utility/transaction-ref');
      assert.ok(ref, describeVerdict(v));
      assert.equal(ref.text, '{{order_number}}');
    });

    it('handles astral characters (emoji) without shifting offsets', () => {
      const input: CategoryInput = { body: '🎉🎉 Flash sale 🛍️: 30% off everything! 🎉' };
      const v = classifyTemplate(input);
      assert.equal(v.predicted, 'MARKETING');
      assertOffsets(input, v);
      assert.ok(v.signals.some((s) => s.text === '30% off'));
    });

    it('signals are sorted by component, index and position', () => {
      const v = classifyTemplate({ header: 'Sale', body: 'Shop now: 20% off. Last chance!', footer: 'Limited time', buttons: [{ type: 'URL', text: 'Shop', url: 'https://x.y' }] });
      const order = { HEADER: 0, BODY: 1, FOOTER: 2, BUTTONS: 3 };
      for (let i = 1; i < v.signals.length; i++) {
        const a = v.signals[i - 1];
        const b = v.signals[i];
        assert.ok(order[a.component] < order[b.component] || (a.component === b.component && ((a.index ?? -1) < (b.index ?? -1) || a.start <= b.start)));
      }
    });

    it('every signal id and label comes from the lexicon', () => {
      const known = new Set(SIGNAL_TYPES.map((t) => t.id));
      for (const rule of RULES) assert.ok(known.has(rule.id), `rule id ${rule.id} has no signal type`);
      for (const t of SIGNAL_TYPES) {
        assert.ok(t.label.en && t.label.fr, `${t.id} needs en and fr labels`);
        assert.equal(t.id.split('/')[0], t.kind, `${t.id} id prefix must be its kind`);
      }
    });
  });

  describe('determinism and robustness', () => {
    it('same input, same verdict (deep equal and same serialisation)', () => {
      const input: CategoryInput = {
        header: 'Last chance',
        body: 'Your order {{1}} shipped. Use code SAVE10 for 10% off your next order.',
        buttons: [{ type: 'URL', text: 'Shop now', url: 'https://example.com' }],
        examples: ['#123'],
      };
      const a = classifyTemplate(input);
      const b = classifyTemplate(JSON.parse(JSON.stringify(input)) as CategoryInput);
      assert.deepEqual(a, b);
      assert.equal(JSON.stringify(a), JSON.stringify(classifyTemplate(input)));
      // Interleaving other calls must not leak state (regex lastIndex, caches).
      classifyTemplate({ body: 'Félicitations {{1}} !' });
      assert.deepEqual(classifyTemplate(input), a);
    });

    it('does not mutate its input', () => {
      const input: CategoryInput = { body: 'Hi {{1}}, {{2}}', examples: ['Ana', '50% off'], buttons: [{ type: 'COPY_CODE' }] };
      const copy = JSON.parse(JSON.stringify(input));
      classifyTemplate(input);
      assert.deepEqual(input, copy);
    });

    it('never throws on odd input', () => {
      const odd: unknown[] = [
        { body: '' },
        { body: '   ' },
        { body: '{{' },
        { body: '}}{{}}{{1}' },
        { body: 'x'.repeat(100_000) },
        { body: '\u0000\uffff\ud800 lone surrogate' },
        { body: 'ok', buttons: [null, { type: 42 }, { type: 'URL' }] },
        { body: 'ok', examples: [null, 3, 'fine'] },
        { body: 'İSTANBUL ß ŒUVRE ﬁ' },
        { body: 42 },
        {},
      ];
      for (const input of odd) assert.doesNotThrow(() => classifyTemplate(input as CategoryInput));
    });

    it('is pure: the classifier imports nothing but its lexicon', () => {
      // Walk up from the compiled test to the repository root.
      let root = __dirname;
      while (!existsSync(join(root, 'server/src/core/category/classifier.ts')) && dirname(root) !== root) root = dirname(root);
      if (!existsSync(join(root, 'server/src/core/category/classifier.ts'))) root = process.cwd();
      for (const f of ['classifier.ts', 'lexicon.ts']) {
        const src = readFileSync(join(root, 'server/src/core/category', f), 'utf8');
        const imports = [...src.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
        for (const spec of imports) assert.ok(spec === './lexicon', `${f} imports ${spec}`);
        assert.doesNotMatch(src, /require\(/);
      }
    });
  });
});
