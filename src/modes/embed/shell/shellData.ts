import type { Locale } from '../../../content/locale';

/**
 * What the embed page's build writes into it (`<script type="application/json" id="embed-data">`, see
 * scripts/embed/embedPage.ts), so the shell needs neither the story nor a request to show a poster.
 */
export interface ShellData {
  /** Every step in order: its chapter and its title in each language. */
  steps: { id: string; chapter: string; title: Record<Locale, string> }[];
  chapters: Record<string, Record<Locale, string>>;
  /** The red-flag list, so it is one tap away on the poster too. */
  redFlags: Record<Locale, { button: string; title: string; intro: string; items: string[]; action: string; close: string }>;
  /** Origins that may frame the explainer (`*`: any). */
  allowedOrigins: string[];
  /** The app's classic script (its styles inside), relative to the page. */
  app: { script: string };
}

export const EMBED_DATA_ID = 'embed-data';

export function readShellData(): ShellData | null {
  try {
    return JSON.parse(document.getElementById(EMBED_DATA_ID)?.textContent ?? 'null') as ShellData | null;
  } catch {
    return null;
  }
}

/** Where a step's poster lives, relative to the embed page (built by `npm run posters`). */
export const posterUrl = (stepId: string): string => `posters/${stepId}.webp`;
