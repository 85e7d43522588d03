import type { TemplateModel } from '../../model/template';
import { defineRule, type RuleContext } from '../types';
import { buttonsOf, category, componentsOf, hasEmoji, obj, str, upper, type RawButton } from './util';

const PACKAGE_RE = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;
const HASH_RE = /^[A-Za-z0-9+/=]{11}$/;
const OTP_TYPES = ['COPY_CODE', 'ONE_TAP', 'ZERO_TAP'];

/** The signature hash as Android computes it; Meta's own examples URL-encode it (`%2F`). */
function decodeHash(h: string): string {
  try {
    return decodeURIComponent(h);
  } catch {
    return h;
  }
}

export default defineRule({
  meta: {
    id: 'template/authentication',
    severity: 'error',
    appliesTo: ['templates'],
    title: { en: 'Authentication templates use Meta\'s preset components and one OTP button', fr: 'Les templates d\'authentification utilisent les composants prédéfinis de Meta et un bouton OTP' },
    explanation: {
      en: 'Since 2023 an AUTHENTICATION template has no text of its own: the body is preset ("<code> is your verification code"), with only `add_security_recommendation`; the footer only carries `code_expiration_minutes` (1 to 90); there is no header, URL, media or emoji; the BUTTONS component holds exactly one OTP button whose `otp_type` is COPY_CODE, ONE_TAP or ZERO_TAP. One-tap and zero-tap buttons name the Android apps that receive the code (`supported_apps`: package name and 11-character signature hash), and zero-tap also needs `zero_tap_terms_accepted: true`. Meta refuses other shapes at creation. Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates',
      fr: 'Depuis 2023, un template AUTHENTICATION n\'a pas de texte propre : le corps est prédéfini (« <code> est votre code de vérification »), avec seulement `add_security_recommendation` ; le pied ne porte que `code_expiration_minutes` (1 à 90) ; ni en-tête, ni URL, ni média, ni emoji ; le composant BUTTONS contient exactement un bouton OTP dont `otp_type` vaut COPY_CODE, ONE_TAP ou ZERO_TAP. Les boutons one-tap et zero-tap désignent les applications Android qui reçoivent le code (`supported_apps` : nom de package et empreinte de signature de 11 caractères), et le zero-tap exige aussi `zero_tap_terms_accepted: true`. Meta refuse toute autre forme à la création. Source : https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates',
    },
    source: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates',
    messages: {
      bodyText: { en: 'Authentication templates have a preset body: remove `text` (only `add_security_recommendation: true` may be set).', fr: 'Les templates d\'authentification ont un corps prédéfini : supprimez `text` (seul `add_security_recommendation: true` est possible).' },
      footerText: { en: 'The footer of an authentication template is preset: remove `text` and set `code_expiration_minutes` instead.', fr: 'Le pied d\'un template d\'authentification est prédéfini : supprimez `text` et indiquez plutôt `code_expiration_minutes`.' },
      expiry: { en: '`code_expiration_minutes` must be a whole number from 1 to {max}.', fr: '`code_expiration_minutes` doit être un nombre entier de 1 à {max}.' },
      header: { en: 'Authentication templates have no header (no text, media or location). Remove this component.', fr: 'Les templates d\'authentification n\'ont pas d\'en-tête (ni texte, ni média, ni localisation). Supprimez ce composant.' },
      otherComponent: { en: 'A {type} component is not allowed in an authentication template. Remove it.', fr: 'Un composant {type} n\'est pas permis dans un template d\'authentification. Supprimez-le.' },
      noButton: { en: 'Authentication templates need a BUTTONS component with one OTP button (otp_type COPY_CODE, ONE_TAP or ZERO_TAP).', fr: 'Les templates d\'authentification ont besoin d\'un composant BUTTONS avec un bouton OTP (otp_type COPY_CODE, ONE_TAP ou ZERO_TAP).' },
      oneButton: { en: 'Authentication templates hold exactly one button, of type OTP; remove this {type} button.', fr: 'Les templates d\'authentification ont exactement un bouton, de type OTP ; supprimez ce bouton {type}.' },
      otpType: { en: 'The OTP button needs `otp_type`: COPY_CODE, ONE_TAP or ZERO_TAP.', fr: 'Le bouton OTP a besoin d\'`otp_type` : COPY_CODE, ONE_TAP ou ZERO_TAP.' },
      apps: { en: 'A {otp} button needs `supported_apps` (1 to 5 entries with `package_name` and `signature_hash`), the Android apps that receive the code.', fr: 'Un bouton {otp} a besoin de `supported_apps` (1 à 5 entrées avec `package_name` et `signature_hash`), les applications Android qui reçoivent le code.' },
      tooManyApps: { en: 'At most 5 supported apps; remove {over}.', fr: '5 applications au plus ; retirez-en {over}.' },
      packageName: { en: 'Package name "{value}" is not an Android application id (at least two dot-separated parts starting with a letter, letters, digits and underscores, at most 224 characters).', fr: 'Le nom de package « {value} » n\'est pas un identifiant d\'application Android (au moins deux parties séparées par des points, commençant par une lettre, lettres, chiffres et underscores, 224 caractères au plus).' },
      signatureHash: { en: 'Signature hash "{value}" must be exactly 11 characters of letters, digits, +, / or = (the app\'s SMS Retriever hash).', fr: 'L\'empreinte « {value} » doit faire exactement 11 caractères parmi lettres, chiffres, +, / ou = (l\'empreinte SMS Retriever de l\'application).' },
      zeroTapTerms: { en: 'A ZERO_TAP button requires `zero_tap_terms_accepted: true` (you accept Meta\'s zero-tap terms).', fr: 'Un bouton ZERO_TAP exige `zero_tap_terms_accepted: true` (acceptation des conditions zero-tap de Meta).' },
      emoji: { en: 'No emoji in authentication templates. Remove it from this text.', fr: 'Pas d\'emoji dans les templates d\'authentification. Retirez-le de ce texte.' },
    },
    fix: 'none',
  },
  check(ctx) {
    for (const t of ctx.templates) if (category(t) === 'AUTHENTICATION') checkAuth(ctx, t);
  },
});

function checkAuth(ctx: RuleContext, t: TemplateModel): void {
  for (const c of t.components) {
    if (c.type === 'BODY' && c.raw.text !== undefined) ctx.report({ messageId: 'bodyText', path: [...c.path, 'text'], target: 'key' });
    else if (c.type === 'FOOTER') {
      if (c.raw.text !== undefined) ctx.report({ messageId: 'footerText', path: [...c.path, 'text'], target: 'key' });
      const m = c.raw.code_expiration_minutes;
      const max = ctx.facts.templateCodeExpiryMaxMinutes;
      if (m !== undefined && !(typeof m === 'number' && Number.isInteger(m) && m >= 1 && m <= max)) ctx.report({ messageId: 'expiry', data: { max }, path: [...c.path, 'code_expiration_minutes'], target: 'value' });
    } else if (c.type === 'HEADER') ctx.report({ messageId: 'header', path: [...c.path, 'type'], target: 'value' });
    else if (c.type !== 'BODY' && c.type !== 'BUTTONS') ctx.report({ messageId: 'otherComponent', data: { type: c.type }, path: [...c.path, 'type'], target: 'value' });
  }
  const block = componentsOf(t, 'BUTTONS')[0];
  const buttons = buttonsOf(block);
  if (!block || buttons.length === 0) {
    // Templates read back from the Graph API show the preset buttons as they were created; still required.
    ctx.report({ messageId: 'noButton', path: block ? [...block.path, 'type'] : [...t.path, 'components'], target: block ? 'value' : 'key' });
    return;
  }
  const otp = buttons.filter((b) => b.type === 'OTP');
  for (const b of buttons) {
    if (b.type !== 'OTP' || b !== otp[0]) ctx.report({ messageId: 'oneButton', data: { type: b.type || '?' }, path: [...b.path, 'type'], target: 'value' });
  }
  if (otp[0]) checkOtp(ctx, otp[0]);
  for (const b of buttons) {
    for (const key of ['text', 'autofill_text']) {
      const v = str(b.raw[key]);
      if (v && hasEmoji(v)) ctx.report({ messageId: 'emoji', path: [...b.path, key], target: 'value' });
    }
  }
}

function checkOtp(ctx: RuleContext, b: RawButton): void {
  const otp = upper(b.raw.otp_type);
  if (!otp || !OTP_TYPES.includes(otp)) {
    if (b.raw.otp_type === undefined) ctx.report({ messageId: 'otpType', path: [...b.path, 'type'], target: 'value' });
    return; // other values: template/schema lists the valid ones
  }
  if (otp === 'COPY_CODE') return;
  const apps = b.raw.supported_apps;
  // Meta's v23 OpenAPI examples still put package_name/signature_hash on the button itself (older form).
  const entries: { raw: Record<string, unknown>; path: (string | number)[] }[] = Array.isArray(apps)
    ? apps.map((a, i) => ({ raw: obj(a) ?? {}, path: [...b.path, 'supported_apps', i] }))
    : b.raw.package_name !== undefined || b.raw.signature_hash !== undefined
      ? [{ raw: b.raw, path: [...b.path] }]
      : [];
  if (!entries.length) ctx.report({ messageId: 'apps', data: { otp }, path: [...b.path, 'otp_type'], target: 'value' });
  if (entries.length > 5) ctx.report({ messageId: 'tooManyApps', data: { over: entries.length - 5 }, path: entries[5].path, target: 'line' });
  for (const e of entries) {
    const pkg = str(e.raw.package_name);
    if (pkg === undefined || !PACKAGE_RE.test(pkg) || pkg.length > 224) ctx.report({ messageId: 'packageName', data: { value: pkg ?? '' }, path: pkg === undefined ? e.path : [...e.path, 'package_name'], target: pkg === undefined ? 'line' : 'value' });
    const hash = str(e.raw.signature_hash);
    if (hash === undefined || !HASH_RE.test(decodeHash(hash))) ctx.report({ messageId: 'signatureHash', data: { value: hash ?? '' }, path: hash === undefined ? e.path : [...e.path, 'signature_hash'], target: hash === undefined ? 'line' : 'value' });
  }
  if (otp === 'ZERO_TAP' && b.raw.zero_tap_terms_accepted !== true) ctx.report({ messageId: 'zeroTapTerms', path: b.raw.zero_tap_terms_accepted === undefined ? [...b.path, 'otp_type'] : [...b.path, 'zero_tap_terms_accepted'], target: 'value' });
}
