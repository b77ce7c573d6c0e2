import { useMemo } from 'react';
import { composeScene } from '../state/composeSceneState';
import { useExplainer } from '../state/store';
import type { CompareChange } from '../story/compare';
import type { SceneState } from '../story/sceneState';
import { STEPS, stepSceneState } from '../story/steps';

/**
 * The scene state drawn now: the current step's, with the user's own changes and findings on top, and what the
 * before-and-after toggle switches (null when the scene offers none).
 */
export function useSceneState(): { stepState: SceneState; sceneState: SceneState; compare: CompareChange | null } {
  const stepIndex = useExplainer((s) => s.stepIndex);
  const viewOverride = useExplainer((s) => s.viewOverride);
  const xrayOverride = useExplainer((s) => s.xrayOverride);
  const motionOverride = useExplainer((s) => s.motionOverride);
  const findings = useExplainer((s) => s.findings);
  const anatomyOverride = useExplainer((s) => s.anatomyOverride);
  const step = STEPS[stepIndex] ?? STEPS[0]!;
  const stepState = useMemo(() => stepSceneState(step), [step]);
  const { state, compare } = useMemo(
    () => composeScene(stepState, { viewOverride, xrayOverride, motionOverride, findings, anatomyOverride }),
    [stepState, viewOverride, xrayOverride, motionOverride, findings, anatomyOverride],
  );
  return { stepState, sceneState: state, compare };
}
