import type { Segment } from '../anatomy/levels';
import { segmentMechanics } from '../biomech/facetLoad';
import type { LstvVariant } from '../biomech/lstv';
import type { Posture } from '../state/posture';

/** The readouts under the posture sliders, each a `data-readout` of the list. */
export type ReadoutKey = 'angle' | 'share' | 'facet-force' | 'disc-force' | 'pressure';

export interface PostureReadout {
  values: Record<ReadoutKey, string>;
  /** The facet share is past the point where the facet tips start to bear on the lamina below. */
  impingement: boolean;
}

export const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** The segment's angle, loads and contact pressure in a posture, as the readouts write them. */
export function postureReadout(segment: Segment, posture: Posture, lstv: LstvVariant | undefined): PostureReadout {
  const { angleDeg, loads, pressureMPa } = segmentMechanics(segment, posture.trunkDeg, posture.discHeightLoss, lstv);
  return {
    values: {
      angle: `${angleDeg >= 0 ? '+' : ''}${angleDeg.toFixed(1)}°`,
      share: percent(loads.share),
      'facet-force': `${Math.round(loads.leftFacetN + loads.rightFacetN)} N`,
      'disc-force': `${Math.round(loads.discN)} N`,
      pressure: `${pressureMPa.toFixed(1)} MPa`,
    },
    impingement: loads.impingementWarning,
  };
}
