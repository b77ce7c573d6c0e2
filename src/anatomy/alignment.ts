/**
 * Disc wedges that make the spine's lordosis come out as tabled.
 *
 * Segmental lordosis (upper endplate to upper endplate) = the upper vertebra's body wedge + the disc wedge. The
 * tabled disc heights and body heights do not quite add up to the tabled lordosis, so the lordosis and the mean
 * rim height of each disc are kept and the disc's anterior / posterior rim heights follow (each stays within the
 * ±2 mm range of §12.3).
 */
import { SEGMENT_ALIGNMENT } from './data/discs';
import { SACRUM_DIMENSIONS } from './data/sacrum';
import { VERTEBRA_DIMENSIONS } from './data/vertebrae';
import { segmentLevels, type Segment, type Vertebra } from './levels';
import { bodyShape, bodyWedgeDegrees } from './vertebraBody';

export interface DiscGeometry {
  /** Rim-to-rim heights at the anterior and posterior edges, and at the centre of the rim planes, mm. */
  anteriorRim: number;
  posteriorRim: number;
  centreRim: number;
  /** Angle between the two rim planes, degrees. */
  wedge: number;
  /** Anteroposterior extent the rim heights are measured across, mm. */
  depth: number;
}

const DEG = Math.PI / 180;

export function discGeometry(segment: Segment): DiscGeometry {
  const [upper, lower] = segmentLevels(segment) as [Vertebra, Vertebra | 'S1'];
  const row = SEGMENT_ALIGNMENT[segment];
  const wedge = row.lordosis - bodyWedgeDegrees(bodyShape(upper));
  const lowerDepth = lower === 'S1' ? SACRUM_DIMENSIONS.upperEndplateDepth : VERTEBRA_DIMENSIONS[lower].upperEndplateDepth;
  const depth = (VERTEBRA_DIMENSIONS[upper].lowerEndplateDepth + lowerDepth) / 2;
  const centreRim = (row.discAnterior + row.discPosterior) / 2;
  const halfSpread = (depth / 2) * Math.tan(wedge * DEG);
  return { anteriorRim: centreRim + halfSpread, posteriorRim: centreRim - halfSpread, centreRim, wedge, depth };
}
