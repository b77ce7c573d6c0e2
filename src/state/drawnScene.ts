import type { CompareChange } from '../story/compare';
import type { SceneState } from '../story/sceneState';
import { STEPS, stepSceneState } from '../story/steps';
import { composeScene } from './composeSceneState';
import type { ExplainerState } from './store';

export interface DrawnScene {
  /** The current step's own scene state. */
  stepState: SceneState;
  /** What the scene draws: the step's, with the reader's own changes and findings on top. */
  sceneState: SceneState;
  /** What the before-and-after toggle switches, or null when the scene offers none. */
  compare: CompareChange | null;
}

let last: { inputs: readonly unknown[]; drawn: DrawnScene } | null = null;

/**
 * The drawn scene for a store state, as a selector: the same object while its inputs are the same, and a new one
 * that shares every unchanged part of the previous one otherwise (so a store change elsewhere re-renders nothing).
 */
export function selectDrawnScene(state: ExplainerState): DrawnScene {
  const { stepIndex, viewOverride, xrayOverride, motionOverride, findings, anatomyOverride } = state;
  const inputs = [stepIndex, viewOverride, xrayOverride, motionOverride, findings, anatomyOverride];
  if (last && inputs.every((input, i) => Object.is(input, last!.inputs[i]))) return last.drawn;
  const step = STEPS[stepIndex] ?? STEPS[0]!;
  const stepState = last && last.inputs[0] === stepIndex ? last.drawn.stepState : stepSceneState(step);
  const { state: sceneState, compare } = composeScene(
    stepState,
    { viewOverride, xrayOverride, motionOverride, findings, anatomyOverride },
    last?.drawn.sceneState,
  );
  const unchanged = last && sceneState === last.drawn.sceneState && stepState === last.drawn.stepState && compare === last.drawn.compare;
  const drawn = unchanged ? last!.drawn : { stepState, sceneState, compare };
  last = { inputs, drawn };
  return drawn;
}
