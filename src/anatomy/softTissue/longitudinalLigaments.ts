import { Matrix4, Vector3 } from 'three';
import { discSdfInWorld } from '../discMesh';
import type { Landmarks, Vec3 } from '../landmarks';
import { SEGMENTS, VERTEBRAE, type Segment, type Vertebra } from '../levels';
import { neutralPose, type BoneId } from '../posture';
import { sacrumMainMass } from '../sacrumSdf';
import type { Sdf } from '../sdf/surfaceNets';
import { bodyShape, bodySdf } from '../vertebraBody';
import type { BoundMesh, Influence } from './boundMesh';
import { LONGITUDINAL_LIGAMENTS as L } from './dimensions';
import { surfaceBand } from './surfaceBand';
import { lerp, normalize, sub } from './vec3';

/** Gap between the ligament and the bone or disc under it, mm. */
const CLEARANCE = 0.3;
/** Samples across the band; rows per body and per disc along it. */
const COLUMNS = 9;
const BODY_ROWS = [0, 0.2, 0.5, 0.8, 1];
const DISC_ROWS = [0.33, 0.67];

function inWorld(sdf: Sdf, localToWorld: Matrix4): Sdf {
  const e = localToWorld.clone().invert().elements;
  return (x, y, z) => sdf(e[0]! * x + e[4]! * y + e[8]! * z + e[12]!, e[1]! * x + e[5]! * y + e[9]! * z + e[13]!, e[2]! * x + e[6]! * y + e[10]! * z + e[14]!);
}

let cachedField: Sdf | undefined;

/** The front of the column: vertebral bodies, discs and the sacrum, without the posterior elements. */
function columnField(): Sdf {
  if (cachedField) return cachedField;
  const pose = neutralPose();
  const parts = [
    ...VERTEBRAE.map((v) => inWorld(bodySdf(bodyShape(v)), pose[v])),
    ...SEGMENTS.map((s) => discSdfInWorld(s)),
    inWorld((x, y, z) => sacrumMainMass(Math.abs(x), y, z), pose.sacrum),
  ];
  cachedField = (x, y, z) => {
    let d = Infinity;
    for (const part of parts) d = Math.min(d, part(x, y, z));
    return d;
  };
  return cachedField;
}

interface Row {
  /** Midline point on the front (or back) of the column, and the direction into the column there. */
  at: Vec3;
  inward: Vec3;
  width: number;
  thickness: number;
  follows: Influence;
}

const lensProfile = (j: number) => {
  const u = (2 * j) / (COLUMNS - 1) - 1;
  return L.edgeFraction + (1 - L.edgeFraction) * (1 - u * u);
};

function band(rows: readonly Row[]): BoundMesh {
  const across = (i: number): Vec3 => {
    const lateral = new Vector3(1, 0, 0);
    const inward = new Vector3(...rows[i]!.inward);
    return lateral.addScaledVector(inward, -lateral.dot(inward)).normalize().toArray() as Vec3;
  };
  return surfaceBand(
    {
      guess: rows.map((row, i) =>
        Array.from({ length: COLUMNS }, (_, j) => {
          const offset = ((j / (COLUMNS - 1)) - 0.5) * row.width;
          const a = across(i);
          return [row.at[0] + a[0] * offset, row.at[1] + a[1] * offset, row.at[2] + a[2] * offset] as Vec3;
        }),
      ),
      inward: rows.map((r) => r.inward),
      thickness: rows.map((r) => Array.from({ length: COLUMNS }, (_, j) => r.thickness * lensProfile(j))),
      influence: (i) => rows[i]!.follows,
    },
    columnField(),
    CLEARANCE,
  );
}

const only = (bone: BoneId): Influence => new Map([[bone, 1]]);

/** Rows down the column, L1's upper endplate to the top of the sacrum (plus `sacralRows` below it). */
function rowsDown(a: Landmarks, side: 'front' | 'back', size: (part: { vertebra: Vertebra } | { segment: Segment }, f: number) => { width: number; thickness: number }): Row[] {
  const rim = (e: { anterior: Vec3; posterior: Vec3 }) => (side === 'front' ? e.anterior : e.posterior);
  const inward = (e: { anterior: Vec3; posterior: Vec3 }) => normalize(side === 'front' ? sub(e.posterior, e.anterior) : sub(e.anterior, e.posterior));
  const rows: Row[] = [];
  VERTEBRAE.forEach((v, i) => {
    const b = a.vertebrae[v];
    for (const f of BODY_ROWS)
      rows.push({ at: lerp(rim(b.upperEndplate), rim(b.lowerEndplate), f), inward: normalize(lerp(inward(b.upperEndplate), inward(b.lowerEndplate), f)), ...size({ vertebra: v }, f), follows: only(v) });
    const next = VERTEBRAE[i + 1];
    const below = next ? a.vertebrae[next].upperEndplate : a.sacrum.upperEndplate;
    for (const f of DISC_ROWS)
      rows.push({
        at: lerp(rim(b.lowerEndplate), rim(below), f),
        inward: normalize(lerp(inward(b.lowerEndplate), inward(below), f)),
        ...size({ segment: SEGMENTS[i]! }, f),
        follows: new Map([[v, 1 - f], [next ?? 'sacrum', f]]),
      });
  });
  return rows;
}

/**
 * Anterior longitudinal ligament: a broad thin band down the front of the bodies and discs onto the sacrum,
 * thickest over the middle of each body, where it fills the waist.
 */
export function buildAnteriorLongitudinalLigament(a: Landmarks): BoundMesh {
  const rows = rowsDown(a, 'front', (part, f) =>
    'vertebra' in part
      ? { width: L.anteriorWidthAtBody, thickness: L.anteriorThicknessAtDisc + (L.anteriorThicknessAtBody - L.anteriorThicknessAtDisc) * Math.sin(Math.PI * f) }
      : { width: L.anteriorWidthAtDisc, thickness: L.anteriorThicknessAtDisc },
  );
  const s = a.sacrum.upperEndplate;
  const inward = normalize(sub(s.posterior, s.anterior));
  const onSacrum = (at: Vec3): Row => ({ at, inward, width: L.anteriorWidthAtBody, thickness: L.anteriorThicknessAtDisc, follows: only('sacrum') });
  rows.push(onSacrum(s.anterior), onSacrum(lerp(s.anterior, a.sacrum.anteriorS2, 0.5)), onSacrum(a.sacrum.anteriorS2));
  return band(rows);
}

/**
 * Posterior longitudinal ligament, in the canal: a narrow band over the bodies that fans out over each disc
 * (per-level widths: dimensions.ts).
 */
export function buildPosteriorLongitudinalLigament(a: Landmarks): BoundMesh {
  const rows = rowsDown(a, 'back', (part, f) => {
    if ('segment' in part) {
      return { width: L.posteriorWidth[part.segment].discMiddle, thickness: L.posteriorThickness };
    }
    // Over a body: the central strip, widening toward the discs above and below.
    const index = VERTEBRAE.indexOf(part.vertebra);
    const below = L.posteriorWidth[SEGMENTS[index]!];
    const above = index > 0 ? L.posteriorWidth[SEGMENTS[index - 1]!] : below;
    const centre = Math.min(above.overBody, below.overBody);
    const rim = f < 0.5 ? above.discUpperMargin : below.discUpperMargin;
    const toRim = Math.max(0, Math.abs(f - 0.5) * 2 - 0.4) / 0.6;
    return { width: centre + (rim - centre) * toRim * toRim, thickness: L.posteriorThickness };
  });
  const s = a.sacrum.upperEndplate;
  const inward = normalize(sub(s.anterior, s.posterior));
  rows.push({ at: s.posterior, inward, width: L.posteriorWidth['L5-S1'].overBody, thickness: L.posteriorThickness, follows: only('sacrum') });
  return band(rows);
}
