import { z } from './zod';

/** The clinic's kiosk settings as stored on the device (JSON); pure, the storage is state/kioskSettings.ts. */

/** The idle times the settings dialog offers, in minutes. */
export const IDLE_MINUTE_CHOICES = [1, 2, 5, 10] as const;

const settingsSchema = z.object({
  /** Seconds without a touch before the "still there?" question. */
  idleSeconds: z.catch(z.int().check(z.gte(2), z.lte(3600)), 120),
  /** Seconds the question counts down before the reset. */
  questionSeconds: z.catch(z.int().check(z.gte(2), z.lte(120)), 20),
});

export type KioskSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_KIOSK_SETTINGS: KioskSettings = { idleSeconds: 120, questionSeconds: 20 };

/** Stored text to settings; each malformed field (or a malformed whole) falls back to its default. */
export function parseKioskSettings(raw: string): KioskSettings {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_KIOSK_SETTINGS;
  } catch {
    return DEFAULT_KIOSK_SETTINGS;
  }
}

/** Where an idle tablet stands: in use, asking "still there?" (with the seconds left), or due for the reset. */
export type IdlePhase = { name: 'in-use' } | { name: 'question'; secondsLeft: number } | { name: 'reset' };

export function idlePhase(idleMs: number, settings: KioskSettings): IdlePhase {
  const askAtMs = settings.idleSeconds * 1000;
  if (idleMs < askAtMs) return { name: 'in-use' };
  const leftMs = askAtMs + settings.questionSeconds * 1000 - idleMs;
  return leftMs > 0 ? { name: 'question', secondsLeft: Math.ceil(leftMs / 1000) } : { name: 'reset' };
}
