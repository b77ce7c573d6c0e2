import { Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { boneField } from '../../src/anatomy/bones';
import { computeLandmarks, type Landmarks, type Vec3 } from '../../src/anatomy/landmarks';
import { SEGMENTS, SIDES, VERTEBRAE } from '../../src/anatomy/levels';
import { BONE_IDS, neutralPose } from '../../src/anatomy/posture';
import type { BoundMesh } from '../../src/anatomy/softTissue/boundMesh';
import { NERVE_SIZES } from '../../src/anatomy/softTissue/dimensions';
import { buildSoftTissue } from '../../src/anatomy/softTissue/softTissue';
import { STRUCTURES } from '../../src/anatomy/structures';

let landmarks: Landmarks;
let tissue: Map<string, BoundMesh>;

beforeAll(() => {
  landmarks = computeLandmarks();
  tissue = buildSoftTissue(landmarks);
});

const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

function vertices(id: string): Vec3[] {
  const p = tissue.get(id)!.mesh.positions;
  const out: Vec3[] = [];
  for (let i = 0; i < p.length; i += 3) out.push([p[i]!, p[i + 1]!, p[i + 2]!]);
  return out;
}

/** How close the drawn tissue comes to a point, mm. */
const nearest = (id: string, point: Vec3) => Math.min(...vertices(id).map((v) => distance(v, point)));

const below = (v: (typeof VERTEBRAE)[number]) => VERTEBRAE[VERTEBRAE.indexOf(v) + 1];

describe('soft tissue', () => {
  it('builds every ligament, nerve and muscle of structures.ts as a closed mesh that follows bones', () => {
    const soft = STRUCTURES.filter((s) => ['ligament', 'nerve', 'muscle'].includes(s.kind)).map((s) => s.id);
    expect([...tissue.keys()].sort()).toEqual([...soft].sort());
    for (const [id, bound] of tissue) {
      const edges = new Set<string>();
      const { indices } = bound.mesh;
      for (let t = 0; t < indices.length; t += 3) for (let k = 0; k < 3; k++) edges.add(`${indices[t + k]}>${indices[t + ((k + 1) % 3)]}`);
      const open = [...edges].filter((e) => !edges.has(e.split('>').reverse().join('>')));
      expect(open, id).toHaveLength(0);
      expect(bound.bones.every((b) => (BONE_IDS as readonly string[]).includes(b)), id).toBe(true);
    }
  });

  it('lays the longitudinal ligaments on the front and back of every body, the supraspinous over every tip', () => {
    for (const v of VERTEBRAE) {
      const body = landmarks.vertebrae[v];
      for (const endplate of [body.upperEndplate, body.lowerEndplate]) {
        expect(nearest('anterior-longitudinal-ligament', endplate.anterior), `ALL at ${v}`).toBeLessThanOrEqual(3);
        expect(nearest('posterior-longitudinal-ligament', endplate.posterior), `PLL at ${v}`).toBeLessThanOrEqual(3);
      }
      expect(nearest('supraspinous-ligament', body.spinousTip), `supraspinous at ${v}`).toBeLessThanOrEqual(5);
    }
    expect(nearest('supraspinous-ligament', landmarks.sacrum.medianCrest[0]!), 'supraspinous at the sacral crest').toBeLessThanOrEqual(5);
    const width = (id: string) => Math.max(...vertices(id).map((p) => p[0])) - Math.min(...vertices(id).map((p) => p[0]));
    expect(width('anterior-longitudinal-ligament')).toBeGreaterThan(width('posterior-longitudinal-ligament'));
  });

  it('spans each ligamentum flavum from lamina to lamina across the midline, on the canal side', () => {
    for (const segment of SEGMENTS) {
      const [upper, lower] = segment.split('-') as [(typeof VERTEBRAE)[number], string];
      const id = `ligamentum-flavum-${segment}`;
      const lowerMidline = lower === 'S1' ? landmarks.sacrum.laminaUpperMidline : landmarks.vertebrae[lower as (typeof VERTEBRAE)[number]].laminaUpperMidline;
      expect(nearest(id, landmarks.vertebrae[upper].laminaLowerMidline), id).toBeLessThanOrEqual(3);
      expect(nearest(id, lowerMidline), id).toBeLessThanOrEqual(3);
      for (const side of SIDES) expect(nearest(id, landmarks.vertebrae[upper].sides[side].laminaLowerLateral), `${id} ${side}`).toBeLessThanOrEqual(3);
      // In front of the spinous processes, behind the vertebral bodies.
      const zs = vertices(id).map((p) => p[2]);
      expect(Math.min(...zs)).toBeGreaterThan(landmarks.vertebrae[upper].spinousTip[2]);
      expect(Math.max(...zs)).toBeLessThan(landmarks.vertebrae[upper].lowerEndplate.posterior[2]);
    }
  });

  it('fills each interspinous gap from the base to the tip of the spinous processes', () => {
    for (const segment of SEGMENTS.slice(0, -1)) {
      const [upper, lower] = segment.split('-') as [(typeof VERTEBRAE)[number], (typeof VERTEBRAE)[number]];
      const id = `interspinous-ligament-${segment}`;
      for (const point of [landmarks.vertebrae[upper].spinousTipLower, landmarks.vertebrae[lower].spinousTipUpper, landmarks.vertebrae[upper].spinousBaseLower]) {
        expect(nearest(id, point), id).toBeLessThanOrEqual(3);
      }
    }
  });

  it('runs multifidus from the spinous processes down to the mammillary processes, sacrum and PSIS', () => {
    for (const side of SIDES) {
      const id = `multifidus-${side}`;
      // Fascicles are about 10 mm thick and lie on the bone, so their centre line is about 5 mm off it.
      for (const v of VERTEBRAE.slice(2)) expect(nearest(id, landmarks.vertebrae[v].sides[side].mammillary), `${id} ${v}`).toBeLessThanOrEqual(6);
      expect(nearest(id, landmarks.ilia[side].psis), `${id} PSIS`).toBeLessThanOrEqual(6);
      const sign = side === 'left' ? 1 : -1;
      expect(vertices(id).every((p) => sign * p[0] > 0), `${id} stays on its side`).toBe(true);
    }
  });

  it('runs each iliolumbar ligament from the L5 transverse-process tip to the iliac crest', () => {
    for (const side of SIDES) {
      const id = `iliolumbar-ligament-${side}`;
      expect(nearest(id, landmarks.vertebrae.L5.sides[side].transverseTip), id).toBeLessThanOrEqual(3);
      const toCrest = Math.min(...landmarks.ilia[side].crest.map((c) => nearest(id, c)));
      expect(toCrest, id).toBeLessThanOrEqual(3);
      expect(tissue.get(id)!.bones).toEqual(['L5', `ilium-${side}`]);
    }
  });

  it('starts each spinal nerve in its own foramen, below the pedicle, and runs antero-inferolaterally', () => {
    for (const v of VERTEBRAE) {
      for (const side of SIDES) {
        const id = `nerve-${v}-${side}`;
        const foramen = landmarks.vertebrae[v].sides[side].foramenBelow;
        // The foramen landmark can sit a little inside bone; the nerve is pushed clear by at most its radius + 1 mm.
        const start = vertices(id).reduce((a, b) => (distance(b, foramen) < distance(a, foramen) ? b : a));
        expect(distance(start, foramen), id).toBeLessThanOrEqual(NERVE_SIZES.root[v] / 2 + 1);
        const next = below(v);
        const lowerPedicleY = next ? landmarks.vertebrae[next].sides[side].pedicleCentre[1] : landmarks.sacrum.upperEndplate.centre[1];
        expect(start[1], `${id} below its own pedicle`).toBeLessThan(landmarks.vertebrae[v].sides[side].pedicleCentre[1]);
        expect(start[1], `${id} above the next pedicle`).toBeGreaterThan(lowerPedicleY);
        const far = vertices(id).reduce((a, b) => (distance(b, foramen) > distance(a, foramen) ? b : a));
        const sign = side === 'left' ? 1 : -1;
        expect(sign * (far[0] - foramen[0]), `${id} lateral`).toBeGreaterThan(10);
        expect(far[1] - foramen[1], `${id} inferior`).toBeLessThan(-10);
        expect(far[2] - foramen[2], `${id} anterior`).toBeGreaterThan(5);
      }
    }
  });

  it('crosses the TP–SAP junction of the vertebra below with each medial branch (L5: the ala–SAP groove)', () => {
    for (const v of VERTEBRAE) {
      for (const side of SIDES) {
        const next = below(v);
        const target = next ? landmarks.vertebrae[next].sides[side].tpSapJunction : landmarks.sacrum.sides[side].alaFacetGroove;
        expect(nearest(`medial-branch-${v}-${side}`, target), `medial-branch-${v}-${side}`).toBeLessThanOrEqual(3);
        if (next) {
          const { mammillary, accessory } = landmarks.vertebrae[next].sides[side];
          const notch: Vec3 = [(mammillary[0] + accessory[0]) / 2, (mammillary[1] + accessory[1]) / 2, (mammillary[2] + accessory[2]) / 2];
          expect(nearest(`medial-branch-${v}-${side}`, notch), `medial-branch-${v}-${side} notch`).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('supplies each facet joint from two levels: the medial branches above and at its level', () => {
    // Joint L(k)-L(k+1) gets twigs from the L(k-1) and L(k) medial branches (lumbar-reference §8.1); L1-2's
    // second supply (T12) lies outside the model.
    for (const segment of SEGMENTS.slice(1)) {
      const upper = segment.split('-')[0] as (typeof VERTEBRAE)[number];
      const above = VERTEBRAE[VERTEBRAE.indexOf(upper) - 1]!;
      for (const side of SIDES) {
        const joint = landmarks.vertebrae[upper].sides[side].facetBelow.centre;
        for (const nerve of [above, upper]) {
          expect(nearest(`medial-branch-${nerve}-${side}`, joint), `${segment} ${side} from ${nerve}`).toBeLessThanOrEqual(7);
        }
        const unrelated = VERTEBRAE.filter((n) => n !== above && n !== upper);
        for (const nerve of unrelated) expect(nearest(`medial-branch-${nerve}-${side}`, joint)).toBeGreaterThan(7);
      }
    }
  });

  it('keeps the nerves beside the bones, not through them', () => {
    const pose = neutralPose();
    const fields = BONE_IDS.map((id) => ({ sdf: boneField(id).sdf, toLocal: pose[id].clone().invert() }));
    const local = new Vector3();
    for (const id of tissue.keys()) {
      if (!id.startsWith('nerve-') && !id.startsWith('medial-branch-')) continue;
      for (const v of vertices(id)) {
        for (const field of fields) {
          local.set(...v).applyMatrix4(field.toLocal);
          expect(field.sdf(local.x, local.y, local.z), id).toBeGreaterThan(-0.5);
        }
      }
    }
  });
});
