import { useMemo } from 'react';
import { composeSceneState } from '../state/composeSceneState';
import { useExplainer } from '../state/store';
import type { SceneState } from '../story/sceneState';
import { STEPS, stepSceneState } from '../story/steps';

/** The scene state drawn now: the current step's, with the user's own changes and findings on top. */
export function useSceneState(): { stepState: SceneState; sceneState: SceneState } {
  const stepIndex = useExplainer((s) => s.stepIndex);
  const viewOverride = useExplainer((s) => s.viewOverride);
  const xrayOverride = useExplainer((s) => s.xrayOverride);
  const motionOverride = useExplainer((s) => s.motionOverride);
  const findings = useExplainer((s) => s.findings);
  const step = STEPS[stepIndex] ?? STEPS[0]!;
  const stepState = useMemo(() => stepSceneState(step), [step]);
  const sceneState = useMemo(
    () => composeSceneState(stepState, { viewOverride, xrayOverride, motionOverride, findings }),
    [stepState, viewOverride, xrayOverride, motionOverride, findings],
  );
  return { stepState, sceneState };
}
