/**
 * Needle sizes and the unit geometries the instanced needle parts scale, mm. Gauges are the usual ones (M,
 * unverified: 22 G spinal needles for blocks and joint injections, 25–27 G for ligament injections, 18–20 G RF
 * cannulae); outer diameters from the standard gauge table (22 G 0.72 mm, 25 G 0.51 mm, 20 G 0.91 mm).
 */
import { ConeGeometry, CylinderGeometry, SphereGeometry } from 'three';
import type { ProcedureId } from '../../procedures/index';

export const NEEDLE_OUTER_DIAMETER_MM: Record<ProcedureId, number> = {
  'medial-branch-block': 0.72,
  'intra-articular': 0.72,
  prolotherapy: 0.51,
  radiofrequency: 0.91,
};

/** Presentation sizes (D): the bevel's length, the length left outside the skin, and the hub. */
export const NEEDLE_PARTS_MM = { bevelLength: 2.5, outsideSkin: 20, hubLength: 14, hubRadius: 2.6 } as const;

/**
 * Injectate volumes shown at the target, mL: a block uses a small volume so it stays on the nerve (0.3–0.5 mL, M,
 * unverified); the facet joint holds about 1–1.5 mL (§2.2, S); prolotherapy about 0.5 mL a point (M, unverified).
 */
export const INJECTATE_ML: Record<Exclude<ProcedureId, 'radiofrequency'>, number> = {
  'medial-branch-block': 0.5,
  'intra-articular': 1,
  prolotherapy: 0.5,
};

/** Radius (mm) of a sphere of the given volume (mL = 1000 mm³). */
export function sphereRadiusMm(volumeMl: number): number {
  return Math.cbrt((3 * volumeMl * 1000) / (4 * Math.PI));
}

/** Unit shaft: radius 1, running from y = 0 (front) to y = -1 (back). */
export function unitShaft(): CylinderGeometry {
  return new CylinderGeometry(1, 1, 1, 10, 1, false).translate(0, -0.5, 0);
}

/** Unit bevelled tip: apex at y = 0 moved to the rim, so the point is cut at a slant like a needle's bevel. */
export function unitBevel(): ConeGeometry {
  const cone = new ConeGeometry(1, 1, 12, 1, false).translate(0, -0.5, 0);
  const positions = cone.getAttribute('position');
  for (let i = 0; i < positions.count; i++) {
    if (positions.getY(i) > -1e-6) positions.setX(i, 1);
  }
  cone.computeVertexNormals();
  return cone;
}

export function unitSphere(): SphereGeometry {
  return new SphereGeometry(1, 20, 14);
}
