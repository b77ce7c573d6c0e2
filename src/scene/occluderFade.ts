import { Matrix3, Raycaster, Vector3, type Camera, type Mesh } from 'three';
import { STRUCTURE_BY_ID } from '../anatomy/structures';
import type { ModelIndex, StructurePart } from './modelIndex';

/** Points of the subject tested for what covers them: enough to find each cover, few enough for one settle. */
const SAMPLES = 90;
/** A structure covering at least this share of the subject's camera-facing points is faded. */
const MIN_COVER_SHARE = 0.06;
/** Parts this faint already let the subject show through. */
const SEE_THROUGH = 0.5;

const raycaster = new Raycaster();
const point = new Vector3();
const normal = new Vector3();
const toCamera = new Vector3();
const normalMatrix = new Matrix3();

/** Camera-facing points spread over the subject's surface (world, as posed now). */
function facingPoints(parts: readonly StructurePart[], camera: Camera): Vector3[] {
  const points: Vector3[] = [];
  const total = parts.reduce((sum, p) => sum + p.mesh.geometry.getAttribute('position').count, 0);
  const stride = Math.max(1, Math.floor(total / (SAMPLES * 2)));
  for (const { mesh } of parts) {
    const positions = mesh.geometry.getAttribute('position');
    const normals = mesh.geometry.getAttribute('normal');
    normalMatrix.getNormalMatrix(mesh.matrixWorld);
    for (let i = 0; i < positions.count; i += stride) {
      const p = mesh.getVertexPosition(i, new Vector3()).applyMatrix4(mesh.matrixWorld);
      if (normals) {
        normal.fromBufferAttribute(normals, i).applyMatrix3(normalMatrix);
        if (normal.dot(toCamera.subVectors(camera.position, p)) <= 0) continue;
      }
      points.push(p);
    }
  }
  return points;
}

/**
 * The structures that stand between the camera and the subject: for points on the subject's camera-facing surface,
 * the first opaque structure a ray from the camera meets before the point. Those covering a fair share of the points
 * are returned, to be faded so the subject is seen. World matrices must be current.
 */
export function occludersOf(index: ModelIndex, subject: readonly StructurePart[], camera: Camera): Set<StructurePart> {
  const own = new Set(subject.map((p) => p.mesh as Mesh));
  const subjectIds = new Set(subject.map((p) => p.id));
  const candidates = index.parts.filter(
    (p) =>
      p.look.ownOpacity >= SEE_THROUGH &&
      !own.has(p.mesh) &&
      // A joint's own capsule does not hide its cartilage from the patient: it is part of what the step shows.
      !subjectIds.has(STRUCTURE_BY_ID.get(p.id)?.parent ?? ''),
  );
  const byMesh = new Map(candidates.map((p) => [p.mesh as Mesh, p]));
  const meshes = [...byMesh.keys()];
  const points = facingPoints(subject, camera);
  const covers = new Map<StructurePart, number>();
  for (const p of points) {
    const distance = point.subVectors(p, camera.position).length();
    raycaster.set(camera.position, point.normalize());
    raycaster.far = distance * 0.995;
    const hit = raycaster.intersectObjects(meshes, false)[0];
    const part = hit ? byMesh.get(hit.object as Mesh) : undefined;
    if (part) covers.set(part, (covers.get(part) ?? 0) + 1);
  }
  const min = Math.max(1, points.length * MIN_COVER_SHARE);
  return new Set([...covers].filter(([, n]) => n >= min).map(([part]) => part));
}
