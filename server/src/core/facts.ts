/**
 * Facts that change over time or that sources disagree on. Every one can be
 * overridden in walint.config.yaml under `facts:`; defaults cite their source
 * (see docs/configuration.md, section Facts, and the team's policy catalogue).
 */
export interface Facts {
  /** Customer-service window length, hours (Meta: 24). */
  serviceWindowHours: number;
  /** Free entry point window after a Click-to-WhatsApp ad reply, hours (Meta: 72). */
  freeEntryPointHours: number;
  /** Template body limit (Meta docs: 1024; some BSPs report 550 for marketing/utility). */
  templateBodyMax: number;
  templateHeaderTextMax: number;
  templateFooterMax: number;
  templateButtonTextMax: number;
  templateNameMax: number;
  templateUrlMax: number;
  textMessageMax: number;
  captionMax: number;
  interactiveBodyMax: number;
  replyButtonsMax: number;
  replyButtonTitleMax: number;
  listRowsMax: number;
  listSectionsMax: number;
  listRowTitleMax: number;
  listRowDescriptionMax: number;
  listButtonMax: number;
  listSectionTitleMax: number;
  /** ISO date from which general-purpose AI assistants are banned (Meta terms §4.7). */
  aiProviderBanDate: string;
  /** Per-message prices by category, in the configured currency (indicative). */
  prices: { currency: string; marketing: number; utility: number; authentication: number; service: number };
  /** Whether utility templates sent inside an open service window are free. */
  utilityFreeInWindow: boolean;
  /** Template buttons in total (Meta M-components: 10). */
  templateButtonsMax: number;
  /** URL buttons per template (Meta M-components: 2). */
  templateUrlButtonsMax: number;
  /** Phone number of a PHONE_NUMBER button, characters (Meta M-components: 20). */
  templatePhoneNumberMax: number;
  /** Example code of a COPY_CODE button, characters (Meta M-components, M-lto: 15). */
  templateCopyCodeMax: number;
  /** Cards of a media card carousel (Meta M-carousel: 2..10). */
  templateCarouselCardsMax: number;
  /** Body of a carousel card, characters (Meta M-carousel: 160). */
  templateCardBodyMax: number;
  /** Body of a limited-time-offer template, characters (Meta M-lto: 600). */
  templateLtoBodyMax: number;
  /** `limited_time_offer.text`, characters (Meta M-lto: 16). */
  templateLtoTextMax: number;
  /** `code_expiration_minutes` of an authentication footer (Meta M-auth: 1..90). */
  templateCodeExpiryMaxMinutes: number;
  /** `message_send_ttl_seconds` ranges by category (Meta M-ttl). */
  templateTtlSeconds: { authenticationMin: number; authenticationMax: number; utilityMin: number; utilityMax: number; marketingMin: number; marketingMax: number };
  /** Header text of an interactive (buttons/list) message, characters (Meta M-replybtn, M-list: 60). */
  interactiveHeaderMax: number;
  /** Footer of an interactive (buttons/list) message, characters (Meta M-replybtn, M-list: 60). */
  interactiveFooterMax: number;
  /** Reply button `id`, characters (Meta M-replybtn: 256). */
  replyButtonIdMax: number;
  /** List row `id`, characters (Meta M-list: 200). */
  listRowIdMax: number;
}

export const DEFAULT_FACTS: Facts = {
  serviceWindowHours: 24,
  freeEntryPointHours: 72,
  templateBodyMax: 1024,
  templateHeaderTextMax: 60,
  templateFooterMax: 60,
  templateButtonTextMax: 25,
  templateNameMax: 512,
  templateUrlMax: 2000,
  textMessageMax: 4096,
  captionMax: 1024,
  interactiveBodyMax: 1024,
  replyButtonsMax: 3,
  replyButtonTitleMax: 20,
  listRowsMax: 10,
  listSectionsMax: 10,
  listRowTitleMax: 24,
  listRowDescriptionMax: 72,
  listButtonMax: 20,
  listSectionTitleMax: 24,
  aiProviderBanDate: '2026-01-15',
  // Indicative rates for France (EUR), Meta per-message pricing, rate card of 2026.
  prices: { currency: 'EUR', marketing: 0.0859, utility: 0.02, authentication: 0.02, service: 0 },
  utilityFreeInWindow: true,
  templateButtonsMax: 10,
  templateUrlButtonsMax: 2,
  templatePhoneNumberMax: 20,
  templateCopyCodeMax: 15,
  templateCarouselCardsMax: 10,
  templateCardBodyMax: 160,
  templateLtoBodyMax: 600,
  templateLtoTextMax: 16,
  templateCodeExpiryMaxMinutes: 90,
  // Meta "Time-to-live" page (updated Apr 30, 2026); -1 (30 days) is also accepted for auth/utility.
  templateTtlSeconds: { authenticationMin: 30, authenticationMax: 900, utilityMin: 30, utilityMax: 43200, marketingMin: 43200, marketingMax: 2592000 },
  interactiveHeaderMax: 60,
  interactiveFooterMax: 60,
  replyButtonIdMax: 256,
  listRowIdMax: 200,
};
