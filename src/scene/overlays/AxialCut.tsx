import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Box3, Plane } from 'three';
import { bakedLandmarks } from '../../anatomy/bakedLandmarks';
import type { Segment } from '../../anatomy/levels';
import type { ModelIndex } from '../modelIndex';
import { drawnBounds, sectionOf } from '../partBounds';
import { segmentDeltas } from '../sectionCamera';
import { axialCutPlane } from '../sectionGeometry';
import type { BoneFrames } from './boneFrames';

interface Props {
  index: ModelIndex;
  frames: BoneFrames;
  segment: Segment;
}

/**
 * The axial cut: one plane through the segment's facet joints, moved with the posture each frame. Structures it
 * crosses are clipped and show their cut faces in a flat section colour (structureMaterial.ts); those wholly above
 * it are not drawn at all, and those below draw as usual, so the cut costs the software renderer little.
 */
export function AxialCut({ index, frames, segment }: Props) {
  const plane = useMemo(() => new Plane(), []);
  const landmarks = useMemo(() => bakedLandmarks(), []);
  const bounds = useMemo(() => new Box3(), []);

  useEffect(
    () => () => {
      for (const part of index.parts) part.look.setSection('whole');
    },
    [index],
  );

  useFrame(({ gl }) => {
    gl.localClippingEnabled = true;
    index.root.updateMatrixWorld();
    axialCutPlane(segment, landmarks, segmentDeltas(frames, segment), plane);
    // Variant pieces grafted while the cut shows are cut as they arrive.
    for (const part of index.parts) part.look.setSection(sectionOf(drawnBounds(part.mesh, bounds), plane), plane);
  });
  return null;
}
