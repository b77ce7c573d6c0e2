import { create } from 'zustand';
import type { Segment } from '../anatomy/levels';
import { DEFAULT_LOCALE, type Locale } from '../content/locale';
import type { NoticeKey } from '../content/story';
import type { Findings } from '../story/findings';
import type { AnatomyShown, CameraPreset } from '../story/sceneState';
import { selectDrawnScene } from './drawnScene';
import { clearHeldPosture, setDiscLoss, setPostureBase } from './posture';

/**
 * The user's own motion choices that change what is drawn: the looped animation and the segment in focus.
 * The trunk angle and disc height loss they drag are per-frame values, kept outside React state (posture.ts).
 */
export interface MotionOverride {
  loop: 'none' | 'lean-back' | null;
  segment: Segment | null;
}

export const NO_MOTION_OVERRIDE: MotionOverride = { loop: null, segment: null };

/**
 * The app's one store: which step is shown, the language, what the user has picked and changed.
 * Per-frame values (camera, posture, animation phase) never pass through it.
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
  /** Before and after: the normal anatomy or the changed one, where the step offers the compare; null = the step's. */
  anatomyOverride: AnatomyShown | null;
  /** What was wrong with the address the page was opened or navigated back to (a bad step, malformed findings). */
  linkNotices: readonly NoticeKey[];
  /** Names in the scene; a doctor may hide them while explaining in their own words. */
  labelsShown: boolean;
  setLocale: (locale: Locale) => void;
  goToStep: (index: number) => void;
  select: (id: string | null) => void;
  requestView: (preset: CameraPreset | null) => void;
  setXray: (on: boolean) => void;
  /** Back to the step's own view and x-ray setting. */
  resetView: () => void;
  /** Null goes back to the step's own motion. */
  setLoop: (loop: 'none' | 'lean-back' | null) => void;
  /** A hand on the disc slider (posture.ts); it wants to see that disc, so a compare showing the normal anatomy returns to the change. */
  setDiscLoss: (segment: Segment, fraction: number) => void;
  setFocusSegment: (segment: Segment | null) => void;
  /** Null goes back to the story's own example. New findings are shown as they are (not the normal anatomy). */
  setFindings: (findings: Findings | null) => void;
  setAnatomy: (shown: AnatomyShown) => void;
  setLinkNotices: (notices: readonly NoticeKey[]) => void;
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
  anatomyOverride: null,
  linkNotices: [],
  labelsShown: true,
  setLocale: (locale) => set({ locale }),
  goToStep: (stepIndex) => {
    clearHeldPosture();
    set({ stepIndex, selectedId: null, viewOverride: null, xrayOverride: null, motionOverride: NO_MOTION_OVERRIDE, anatomyOverride: null });
  },
  select: (selectedId) => set({ selectedId }),
  requestView: (viewOverride) => set((s) => ({ viewOverride, viewNonce: s.viewNonce + 1 })),
  setXray: (xrayOverride) => set({ xrayOverride }),
  resetView: () => set((s) => ({ viewOverride: null, xrayOverride: null, viewNonce: s.viewNonce + 1 })),
  setLoop: (loop) => set((s) => (s.motionOverride.loop === loop ? s : { motionOverride: { ...s.motionOverride, loop } })),
  setDiscLoss: (segment, fraction) => {
    setDiscLoss(segment, fraction);
    set((s) => (s.anatomyOverride === null ? s : { anatomyOverride: null }));
  },
  setFocusSegment: (segment) => set((s) => ({ motionOverride: { ...s.motionOverride, segment } })),
  setFindings: (findings) => set({ findings, anatomyOverride: null }),
  setAnatomy: (anatomyOverride) => set({ anatomyOverride }),
  setLinkNotices: (linkNotices) => set({ linkNotices }),
  setLabelsShown: (labelsShown) => set({ labelsShown }),
}));

/** The drawn scene's own posture feeds the posture store whenever the step or the findings change it. */
function publishPostureBase(state: ExplainerState): void {
  const { motion } = selectDrawnScene(state).sceneState;
  setPostureBase(motion.extensionDeg, motion.discHeightLoss);
}
publishPostureBase(useExplainer.getState());
useExplainer.subscribe(publishPostureBase);
