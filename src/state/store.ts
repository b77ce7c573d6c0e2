import { create } from 'zustand';
import type { Segment } from '../anatomy/levels';
import { DEFAULT_LOCALE, type Locale } from '../content/locale';
import type { Findings } from '../story/findings';
import type { CameraPreset } from '../story/sceneState';

/** The user's own posture: trunk angle, looped animation, disc height loss of one segment, the segment in focus. */
export interface MotionOverride {
  extensionDeg: number | null;
  loop: 'none' | 'lean-back' | null;
  discHeightLoss: Partial<Record<Segment, number>> | null;
  segment: Segment | null;
}

export const NO_MOTION_OVERRIDE: MotionOverride = { extensionDeg: null, loop: null, discHeightLoss: null, segment: null };

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
  motionOverride: MotionOverride;
  /** The reader's own findings in place of the story's example; they stay through step changes until cleared. */
  findings: Findings | null;
  /** Names in the scene; a doctor may hide them while explaining in their own words. */
  labelsShown: boolean;
  setLocale: (locale: Locale) => void;
  goToStep: (index: number) => void;
  select: (id: string | null) => void;
  requestView: (preset: CameraPreset | null) => void;
  setXray: (on: boolean) => void;
  /** Back to the step's own view and x-ray setting. */
  resetView: () => void;
  /** A hand on the slider: a fixed trunk angle, which stops any looped animation. */
  setExtension: (deg: number) => void;
  setLoop: (loop: 'none' | 'lean-back') => void;
  setDiscLoss: (segment: Segment, fraction: number) => void;
  setFocusSegment: (segment: Segment | null) => void;
  /** Null goes back to the story's own example. */
  setFindings: (findings: Findings | null) => void;
  setLabelsShown: (shown: boolean) => void;
}

export const useExplainer = create<ExplainerState>()((set) => ({
  locale: DEFAULT_LOCALE,
  stepIndex: 0,
  selectedId: null,
  viewOverride: null,
  xrayOverride: null,
  viewNonce: 0,
  motionOverride: NO_MOTION_OVERRIDE,
  findings: null,
  labelsShown: true,
  setLocale: (locale) => set({ locale }),
  goToStep: (stepIndex) =>
    set({ stepIndex, selectedId: null, viewOverride: null, xrayOverride: null, motionOverride: NO_MOTION_OVERRIDE }),
  select: (selectedId) => set({ selectedId }),
  requestView: (viewOverride) => set((s) => ({ viewOverride, viewNonce: s.viewNonce + 1 })),
  setXray: (xrayOverride) => set({ xrayOverride }),
  resetView: () => set((s) => ({ viewOverride: null, xrayOverride: null, viewNonce: s.viewNonce + 1 })),
  setExtension: (extensionDeg) => set((s) => ({ motionOverride: { ...s.motionOverride, extensionDeg, loop: 'none' } })),
  setLoop: (loop) => set((s) => ({ motionOverride: { ...s.motionOverride, loop } })),
  setDiscLoss: (segment, fraction) =>
    set((s) => ({ motionOverride: { ...s.motionOverride, discHeightLoss: { [segment]: fraction } } })),
  setFocusSegment: (segment) => set((s) => ({ motionOverride: { ...s.motionOverride, segment } })),
  setFindings: (findings) => set({ findings }),
  setLabelsShown: (labelsShown) => set({ labelsShown }),
}));
