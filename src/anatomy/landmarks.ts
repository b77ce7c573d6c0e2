/**
 * Named anatomical points of the posed model, in millimetres in the anatomical frame (anatomy/frame.ts).
 * Soft tissue (ligaments, nerves, muscles), biomechanics and procedures attach to these points, so
 * they always meet the bones the generator actually built.
 *
 * Every point comes from the same layouts the bone SDFs are built from (vertebraLayout.ts, sacrumLayout.ts,
 * iliumSdf.ts); points said to lie on bone are then pulled onto the bone's zero set, so they sit on the mesh
 * (within the meshing tolerance), and finally carried into the world by the neutral posture.
 */
import { Matrix4, Vector3 } from 'three';
import { boneField } from './bones';
import { ILIUM_SHAPE } from './data/ilium';
import { SACRUM_SHAPE } from './data/shapeDefaults';
import { SACRUM_DIMENSIONS } from './data/sacrum';
import { facetFrameInWorld, sideSign } from './facetFrames';
import { iliumLayout } from './iliumSdf';
import { SIDES, VERTEBRAE, type Segment, type Side, type Vertebra } from './levels';
import { neutralPose, type BoneId } from './posture';
import { fromSacralAxis, pelvicSurfaceV, profileAt, sacrumLayout } from './sacrumLayout';
import type { Sdf } from './sdf/surfaceNets';
import { vertebraLayout } from './vertebraLayout';

export type Vec3 = [number, number, number];
export type Sided<T> = Record<Side, T>;

export interface EndplateLandmarks {
  /** Centre of the endplate's rim plane (the bony centre lies deeper by the endplate concavity). */
  centre: Vec3;
  /** Midline points of the anterior and posterior rim. */
  anterior: Vec3;
  posterior: Vec3;
  /** Anteroposterior depth of the endplate, mm. */
  depth: number;
}

export interface FacetJointLandmark {
  /** Centre of the joint space. */
  centre: Vec3;
  /** Unit normal of the joint plane, pointing from the lower bone's superior facet to the upper bone's inferior one. */
  normal: Vec3;
}

export interface VertebraSideLandmarks {
  transverseTip: Vec3;
  /** Junction of the transverse and superior articular processes, where the medial branch crosses. */
  tpSapJunction: Vec3;
  mammillary: Vec3;
  accessory: Vec3;
  pedicleCentre: Vec3;
  /** Centre of the intervertebral foramen below this vertebra (exit of this level's spinal nerve). */
  foramenBelow: Vec3;
  /** The facet joint below this vertebra. */
  facetBelow: FacetJointLandmark;
  /** Lateral ends of the lamina's upper and lower edges, on the canal side (ligamentum flavum). */
  laminaUpperLateral: Vec3;
  laminaLowerLateral: Vec3;
}

export interface VertebraLandmarks {
  bodyCentre: Vec3;
  upperEndplate: EndplateLandmarks;
  lowerEndplate: EndplateLandmarks;
  spinousTip: Vec3;
  /** Upper and lower borders of the spinous process near the lamina junction, and at the tip. */
  spinousBaseUpper: Vec3;
  spinousBaseLower: Vec3;
  spinousTipUpper: Vec3;
  spinousTipLower: Vec3;
  /** Midline points of the lamina's upper and lower edges, on the canal side (ligamentum flavum). */
  laminaUpperMidline: Vec3;
  laminaLowerMidline: Vec3;
  sides: Sided<VertebraSideLandmarks>;
}

export interface SacrumSideLandmarks {
  /** Centre of the S1 superior articular facet surface. */
  facetCentre: Vec3;
  /** Groove between the ala and the S1 superior articular process (L5 dorsal ramus block target). */
  alaFacetGroove: Vec3;
  alaTop: Vec3;
  /** Dorsal and pelvic sacral foramina S1-S4, cranial first. */
  dorsalForamina: Vec3[];
  pelvicForamina: Vec3[];
  auricularCentre: Vec3;
}

export interface SacrumLandmarks {
  upperEndplate: EndplateLandmarks;
  /** Dorsal median crest, S1-S4 tubercles. */
  medianCrest: Vec3[];
  /** Front of the sacrum at S2, below the promontory. */
  anteriorS2: Vec3;
  /** Upper edge of the S1 lamina (sacral canal roof) in the midline. */
  laminaUpperMidline: Vec3;
  sides: Sided<SacrumSideLandmarks>;
}

export interface IliumLandmarks {
  /** Iliac crest, posterior (PSIS) to lateral. */
  crest: Vec3[];
  psis: Vec3;
  /** Crest point nearest the L5 transverse process tip: insertion of the iliolumbar ligament. */
  iliolumbarInsertion: Vec3;
  auricularCentre: Vec3;
}

export interface Landmarks {
  vertebrae: Record<Vertebra, VertebraLandmarks>;
  sacrum: SacrumLandmarks;
  ilia: Sided<IliumLandmarks>;
}

type P = readonly [number, number, number];

/** Newton steps along the SDF gradient: the nearest point of the bone surface. */
function snap(sdf: Sdf, p: P): Vec3 {
  let [x, y, z] = p;
  const e = 0.05;
  for (let i = 0; i < 12; i++) {
    const d = sdf(x, y, z);
    if (Math.abs(d) < 0.01) break;
    const gx = (sdf(x + e, y, z) - d) / e;
    const gy = (sdf(x, y + e, z) - d) / e;
    const gz = (sdf(x, y, z + e) - d) / e;
    const g2 = gx * gx + gy * gy + gz * gz || 1;
    x -= (d * gx) / g2;
    y -= (d * gy) / g2;
    z -= (d * gz) / g2;
  }
  return [x, y, z];
}

function place(m: Matrix4, p: P): Vec3 {
  const v = new Vector3(p[0], p[1], p[2]).applyMatrix4(m);
  return [v.x, v.y, v.z];
}

function vertebraLandmarks(v: Vertebra, pose: Record<BoneId, Matrix4>): VertebraLandmarks {
  const L = vertebraLayout(v);
  const b = L.body;
  const sdf = boneField(v).sdf;
  const m = pose[v];
  const onBone = (p: P) => place(m, snap(sdf, p));
  const at = (p: P) => place(m, p);
  const laminaFrontZ = (y: number) => L.laminaMidline[2] + 0.25 * (y - L.pedicleLevel) + L.laminaThickness / 2;
  const endplate = (sign: 1 | -1, depth: number): EndplateLandmarks => {
    const yAt = (z: number) => sign * (b.halfHeight + b.wedgeSlope * z);
    return { centre: at([0, yAt(0), 0]), anterior: onBone([0, yAt(depth / 2), depth / 2]), posterior: onBone([0, yAt(-depth / 2), -depth / 2]), depth };
  };
  const [[baseTopY, baseTopZ], [baseBotY, baseBotZ]] = L.spinousBase;
  const [[tipTopY, tipZ], [tipBotY]] = L.spinousTip;
  const lerp = (a: number, c: number, t: number) => a + (c - a) * t;
  const sides = {} as Sided<VertebraSideLandmarks>;
  const index = VERTEBRAE.indexOf(v);
  const below = VERTEBRAE[index + 1];
  for (const side of SIDES) {
    const s = L.sides[side];
    const sign = sideSign(side);
    const pedicleCentre: P = [(s.pedicleFront[0] + s.pedicleBack[0]) / 2, L.pedicleLevel, (s.pedicleFront[2] + s.pedicleBack[2]) / 2];
    const belowPedicle = below
      ? place(pose[below], centreOfPedicle(below, side))
      : place(pose.sacrum, [sign * (SACRUM_DIMENSIONS.canalWidth / 2 + SACRUM_DIMENSIONS.pedicleWidth / 2), -SACRUM_DIMENSIONS.pedicleHeight / 2, -SACRUM_DIMENSIONS.upperEndplateDepth / 2 - 4]);
    const here = at(pedicleCentre);
    const joint = facetFrameInWorld(`${v}-${below ?? 'S1'}` as Segment, side);
    const lamX = s.laminaLateral[0] * 0.85;
    sides[side] = {
      transverseTip: onBone([s.transverseTip[0] + sign * s.transverseTipRadius, s.transverseTip[1], s.transverseTip[2]]),
      tpSapJunction: onBone([s.transverseRoot[0] + sign * 2, s.transverseRoot[1] + s.transverseRootRadius, s.transverseRoot[2] - 1]),
      mammillary: onBone([s.mammillary[0], s.mammillary[1], s.mammillary[2] - 4]),
      accessory: onBone([s.accessory[0], s.accessory[1], s.accessory[2] - 3]),
      pedicleCentre: here,
      foramenBelow: [(here[0] + belowPedicle[0]) / 2, (here[1] + belowPedicle[1]) / 2, (here[2] + belowPedicle[2]) / 2],
      facetBelow: { centre: [...joint.centre], normal: [...joint.n] },
      laminaUpperLateral: onBone([lamX, L.laminaTop - 1.5, laminaFrontZ(L.laminaTop) + 1]),
      laminaLowerLateral: onBone([lamX, L.laminaBottom + 1.5, laminaFrontZ(L.laminaBottom) + 1]),
    };
  }
  return {
    bodyCentre: at([0, 0, 0]),
    upperEndplate: endplate(1, b.upperDepth),
    lowerEndplate: endplate(-1, b.lowerDepth),
    spinousTip: onBone([0, (tipTopY + tipBotY) / 2, tipZ - 2]),
    spinousBaseUpper: onBone([0, lerp(baseTopY, tipTopY, 0.25) + 2, lerp(baseTopZ, tipZ, 0.25)]),
    spinousBaseLower: onBone([0, lerp(baseBotY, tipBotY, 0.25) - 2, lerp(baseBotZ, tipZ, 0.25)]),
    spinousTipUpper: onBone([0, tipTopY + 1, tipZ]),
    spinousTipLower: onBone([0, tipBotY - 1, tipZ]),
    laminaUpperMidline: onBone([0, L.laminaTop - 1.5, laminaFrontZ(L.laminaTop) + 1]),
    laminaLowerMidline: onBone([0, L.laminaBottom + 1.5, laminaFrontZ(L.laminaBottom) + 1]),
    sides,
  };
}

function centreOfPedicle(v: Vertebra, side: Side): P {
  const s = vertebraLayout(v).sides[side];
  return [(s.pedicleFront[0] + s.pedicleBack[0]) / 2, s.pedicleFront[1], (s.pedicleFront[2] + s.pedicleBack[2]) / 2];
}

function sacrumLandmarks(pose: Record<BoneId, Matrix4>): SacrumLandmarks {
  const layout = sacrumLayout();
  const sdf = boneField('sacrum').sdf;
  const m = pose.sacrum;
  const onBone = (p: P) => place(m, snap(sdf, p));
  const depth = SACRUM_DIMENSIONS.upperEndplateDepth;
  const sides = {} as Sided<SacrumSideLandmarks>;
  for (const side of SIDES) {
    const s = layout.sides[side];
    const f = s.facet;
    sides[side] = {
      facetCentre: place(m, [f.centre[0] - (f.n[0] * f.gap) / 2, f.centre[1] - (f.n[1] * f.gap) / 2, f.centre[2] - (f.n[2] * f.gap) / 2]),
      alaFacetGroove: onBone(s.alaFacetGroove),
      alaTop: onBone([s.alaTop[0], s.alaTop[1] + 3, s.alaTop[2]]),
      dorsalForamina: s.dorsalForamina.map((p) => place(m, p)),
      pelvicForamina: s.pelvicForamina.map((p) => place(m, p)),
      auricularCentre: onBone(s.auricularCentre),
    };
  }
  const canalRoof = -(profileAt(SACRUM_SHAPE.bodyHalfDepth, 0) + 2 * profileAt(SACRUM_SHAPE.canalHalfDepth, 0) + 1);
  return {
    upperEndplate: { centre: place(m, [0, 0, 0]), anterior: onBone([0, 0, depth / 2]), posterior: onBone([0, 0, -depth / 2]), depth },
    medianCrest: layout.medianCrest.map((p) => onBone([p[0], p[1], p[2] - 3])),
    anteriorS2: onBone(fromSacralAxis(0, 35, pelvicSurfaceV(35) + 2)),
    laminaUpperMidline: onBone([0, -1, canalRoof - 1]),
    sides,
  };
}

function iliumLandmarks(side: Side, pose: Record<BoneId, Matrix4>, l5TransverseTip: Vec3, sacrumSide: SacrumSideLandmarks): IliumLandmarks {
  const id = side === 'left' ? 'ilium-left' : 'ilium-right';
  const layout = iliumLayout(side);
  const sdf = boneField(id).sdf;
  const m = pose[id];
  const radii = layout.crestRadius;
  const lift = (p: Vec3, direction: Vec3, by: number): P => [p[0] + direction[0] * by, p[1] + direction[1] * by, p[2] + direction[2] * by];
  // The crest's top line: each centre-line point lifted (world up) by its radius, then onto the bone.
  const crest = layout.crest.map((p, i) => place(m, snap(sdf, lift(p, layout.up, radii[i]!))));
  let nearest = crest[0]!;
  for (const c of crest) if (dist(c, l5TransverseTip) < dist(nearest, l5TransverseTip)) nearest = c;
  const sign = sideSign(side);
  const a = sacrumSide.auricularCentre;
  return {
    crest,
    psis: place(m, snap(sdf, lift(layout.psis, layout.back, radii[0]!))),
    iliolumbarInsertion: nearest,
    auricularCentre: [a[0] + sign * ILIUM_SHAPE.jointSpace, a[1], a[2]],
  };
}

function dist(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

let cached: Landmarks | undefined;

export function computeLandmarks(): Landmarks {
  if (cached) return structuredClone(cached);
  const pose = neutralPose();
  const vertebrae = {} as Record<Vertebra, VertebraLandmarks>;
  for (const v of VERTEBRAE) vertebrae[v] = vertebraLandmarks(v, pose);
  const sacrum = sacrumLandmarks(pose);
  const ilia = {} as Sided<IliumLandmarks>;
  for (const side of SIDES) ilia[side] = iliumLandmarks(side, pose, vertebrae.L5.sides[side].transverseTip, sacrum.sides[side]);
  cached = { vertebrae, sacrum, ilia };
  return structuredClone(cached);
}
