import type { Camera, Mesh, Vector3 } from 'three';
import type { ScreenRect } from '../../state/sceneLayout';
import { useSceneLayout } from '../../state/sceneLayout';
import type { SceneState } from '../../story/sceneState';
import type { ModelIndex, StructurePart } from '../modelIndex';
import { partsOf, subjectParts, surfacePoints } from '../subjectParts';
import { aimAnchor, type AimedAnchor, type LabelAnchor } from './labelAnchors';
import { PosedRays } from './posedRays';

/** Where the labels point, which of those points something hides, and where the subject is on screen. */
export interface Measured {
  /** The model's geometry version they were measured on: anchors are vertex indices, stale after a swap. */
  geometryVersion: number;
  anchors: (LabelAnchor | null)[];
  hidden: boolean[];
  subject: ScreenRect;
  /** Which parts could hide an anchor when it was measured (occluderKey). */
  occluders: string;
}


/** A structure at least this opaque hides an anchor behind it. */
const OCCLUDING_OPACITY = 0.6;

const occludes = (part: StructurePart) => part.look.drawn && part.look.material.opacity >= OCCLUDING_OPACITY;

/**
 * Which parts are opaque enough now to hide an anchor, as a key that changes with that set: a measurement taken
 * before a fade ended (the bone in front of the subject fading once the view holds still) is then taken again.
 */
export function occluderKey(index: ModelIndex): string {
  return index.parts.map((part) => (occludes(part) ? '1' : '0')).join('');
}

/** A world point in scene-area CSS pixels, or null when it is off screen or behind the camera. */
export function screenPoint(point: Vector3, camera: Camera, width: number, height: number): { x: number; y: number } | null {
  const p = point.project(camera);
  if (p.z > 1 || p.x < -1 || p.x > 1 || p.y < -1 || p.y > 1) return null;
  return { x: ((p.x + 1) / 2) * width, y: ((1 - p.y) / 2) * height };
}

/**
 * One measurement of the labels, a piece at a time: each label's anchor and whether it is hidden (rays against the
 * model's triangles, skinned ones posed vertex by vertex on the CPU), then the subject's screen bounds. On a software
 * rasteriser's slow frames, all of it in one frame blocked the page for 70–130 ms; `advance` stops after its time
 * budget and goes on in the next frame (at least one piece a frame), so a fast device still finishes in one.
 */
export class LabelMeasure {
  readonly geometryVersion: number;
  private readonly anchors: (LabelAnchor | null)[] = [];
  private readonly hidden: boolean[] = [];
  private occluders: Mesh[] | null = null;
  private occludersKey = '';
  /** The label being aimed now, paused between rays. */
  private aiming: Generator<void, AimedAnchor | null> | null = null;
  /** Every label's rays meet the skinned meshes as posed once for this measurement. */
  private readonly rays = new PosedRays();

  constructor(
    private readonly index: ModelIndex,
    private readonly state: SceneState,
    private readonly ids: readonly string[],
    private readonly camera: Camera,
  ) {
    this.geometryVersion = index.geometryVersion;
  }

  /** Works for about `budgetMs` (at least one piece); the measurement once its last piece is done, else null. */
  advance(budgetMs: number): Measured | null {
    const started = performance.now();
    this.index.root.updateMatrixWorld(true);
    do {
      if (this.anchors.length < this.ids.length) this.aimNextLabel();
      else {
        const { geometryVersion, anchors, hidden, occludersKey } = this;
        return { geometryVersion, anchors, hidden, subject: this.subjectRect(), occluders: occludersKey };
      }
    } while (performance.now() - started < budgetMs);
    return null;
  }

  /** One piece of aiming the next label's anchor: up to its next ray against the model. */
  private aimNextLabel(): void {
    const { index, state, camera } = this;
    if (!this.occluders) {
      const labelled = new Set(this.ids.flatMap((id) => partsOf(index, state, [id]).map((p) => p.mesh)));
      this.occluders = index.parts.filter((p) => occludes(p) && !labelled.has(p.mesh)).map((p) => p.mesh);
      this.occludersKey = occluderKey(index);
    }
    this.aiming ??= aimAnchor(partsOf(index, state, [this.ids[this.anchors.length]!]), camera, this.occluders, this.rays);
    const step = this.aiming.next();
    if (!step.done) return;
    this.aiming = null;
    this.anchors.push(step.value?.anchor ?? null);
    this.hidden.push(step.value?.hidden ?? false);
  }

  private subjectRect(): ScreenRect {
    const { width, height } = useSceneLayout.getState();
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const point of surfacePoints(subjectParts(this.index, this.state), 120)) {
      const p = screenPoint(point, this.camera, width, height);
      if (!p) continue;
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
    return minX <= maxX ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : { x: width / 2, y: height / 2, width: 0, height: 0 };
  }
}
