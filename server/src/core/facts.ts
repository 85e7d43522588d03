/**
 * Facts that change over time or that sources disagree on. Every one can be
 * overridden in walint.config.yaml under `facts:`; defaults cite their source
 * (see ../../../shared/reference/whatsapp-policy-catalogue.md and docs/facts.md).
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
};
