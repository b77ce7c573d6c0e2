import { create } from 'zustand';
import { DEFAULT_LOCALE, type Locale } from '../content/locale';
import type { CameraPreset } from '../story/sceneState';

/**
 * The app's one store: which step is shown, the language, what the user has picked and changed.
 * Per-frame values (camera, animation phase) never pass through it.
 */
export interface ExplainerState {
  locale: Locale;
  stepIndex: number;
  /** The structure the user tapped (or tapped in the text), shown highlighted with its name. */
  selectedId: string | null;
  /** The user's own view and x-ray choice; a new step clears them. */
  viewOverride: CameraPreset | null;
  xrayOverride: boolean | null;
  /** Bumped on every view request, so asking for the current view again still moves the camera back. */
  viewNonce: number;
  setLocale: (locale: Locale) => void;
  goToStep: (index: number) => void;
  select: (id: string | null) => void;
  requestView: (preset: CameraPreset | null) => void;
  setXray: (on: boolean) => void;
  /** Back to the step's own view and x-ray setting. */
  resetView: () => void;
}

export const useExplainer = create<ExplainerState>()((set) => ({
  locale: DEFAULT_LOCALE,
  stepIndex: 0,
  selectedId: null,
  viewOverride: null,
  xrayOverride: null,
  viewNonce: 0,
  setLocale: (locale) => set({ locale }),
  goToStep: (stepIndex) => set({ stepIndex, selectedId: null, viewOverride: null, xrayOverride: null }),
  select: (selectedId) => set({ selectedId }),
  requestView: (viewOverride) => set((s) => ({ viewOverride, viewNonce: s.viewNonce + 1 })),
  setXray: (xrayOverride) => set({ xrayOverride }),
  resetView: () => set((s) => ({ viewOverride: null, xrayOverride: null, viewNonce: s.viewNonce + 1 })),
}));
