import { create } from 'zustand';
import type { Locale } from '../content/locale';

/**
 * The app's one store: which step is shown, the language, what the user has picked and changed.
 * Per-frame values (camera, animation phase) never pass through it.
 */
export interface ExplainerState {
  locale: Locale;
  stepIndex: number;
  /** The structure the user tapped (or tapped in the text), shown highlighted with its name. */
  selectedId: string | null;
  setLocale: (locale: Locale) => void;
  goToStep: (index: number) => void;
  select: (id: string | null) => void;
}

export const useExplainer = create<ExplainerState>()((set) => ({
  locale: 'zh-TW',
  stepIndex: 0,
  selectedId: null,
  setLocale: (locale) => set({ locale }),
  goToStep: (stepIndex) => set({ stepIndex, selectedId: null }),
  select: (selectedId) => set({ selectedId }),
}));
