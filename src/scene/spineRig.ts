import { BufferAttribute, Matrix4, Vector3, type Mesh, type Object3D } from 'three';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';
import { bakedLandmarks } from '../anatomy/bakedLandmarks';
import type { Landmarks, Vec3 } from '../anatomy/landmarks';
import { SIDES, segmentLevels, type Segment, type Side } from '../anatomy/levels';
import type { MeshData } from '../anatomy/meshData';
import { BONE_IDS, neutralPose, type BoneId } from '../anatomy/posture';
import { jointGrade, type DegenerationGrade, type VariantChoice } from '../anatomy/variants/variantChoice';
import { degenerationPieceId, facetJointId, facetPartId, isOfSegmentFacets } from '../anatomy/structureIds';
import type { DegeneratedGrade } from '../anatomy/variants/variantStructures';
import { IMPINGEMENT } from '../biomech/data';
import { segmentMechanics } from '../biomech/facetLoad';
import type { LstvVariant } from '../biomech/lstv';
import { neutralToPosed, posedBoneMatrices } from '../biomech/posedSpine';
import { impingement } from '../biomech/impingement';
import { facetFacePlan } from '../biomech/facePlan';
import { facetPressureMap } from '../biomech/pressureMap';
import { segmentAngles } from '../biomech/segmentAngles';
import type { Posture } from '../state/posture';
import { publishPressureFilm, type PressureFilm } from '../state/pressureFilm';
import { matrixToSceneUnits } from '../anatomy/sceneUnits';
import { ContactMarkers } from './contactMarkers';
import type { ModelIndex, StructurePart } from './modelIndex';
import { writePressureColour } from './pressureScale';

/** What the scene state adds to the posture: the variants and the joints whose pressure is painted. */
export interface RigScene {
  lstv: LstvVariant | undefined;
  /** Joints whose cartilage shows the pressure map; empty = no map. */
  pressureSegments: readonly Segment[];
  /** Facet degeneration grades: a degenerated joint's map is painted on its own (grafted) cartilage. */
  degeneration: VariantChoice['degeneration'];
  /** The painted joint the pressure key shows opened (its lower face laid flat), or null for none. */
  filmJoint: { segment: Segment; side: Side } | null;
}

interface CartilageLayer {
  part: StructurePart;
  data: MeshData;
  colors: BufferAttribute;
}

const boneOf = (level: string): BoneId => (level === 'S1' ? 'sacrum' : (level as BoneId));

/**
 * The cartilage mesh as neutral-world millimetre MeshData, read through three (any quantisation the glb uses).
 * Cartilage is skinned tissue at the model root: its vertices are stored in the neutral pose whatever the bones do,
 * so grafted variant cartilage can be read while the spine is posed.
 */
function cartilageData(mesh: Mesh): MeshData {
  mesh.updateWorldMatrix(true, false);
  const attribute = mesh.geometry.getAttribute('position');
  const positions = new Float32Array(attribute.count * 3);
  const vertex = new Vector3();
  for (let i = 0; i < attribute.count; i++) {
    vertex.fromBufferAttribute(attribute, i);
    vertex.applyMatrix4(mesh.matrixWorld).divideScalar(SCENE_UNITS_PER_MM);
    vertex.toArray(positions, i * 3);
  }
  const index = mesh.geometry.getIndex();
  return { positions, indices: Uint32Array.from(index ? index.array : []) };
}

/**
 * Moves the bone nodes to a posture and paints the cartilage pressure of the chosen joints.
 * Does nothing when asked for the posture it already shows, so a still scene costs nothing per frame.
 */
export class SpineRig {
  private readonly neutral = neutralPose();
  private readonly landmarks: Landmarks = bakedLandmarks();
  private readonly bones = new Map<BoneId, Object3D>();
  private readonly cartilage = new Map<string, CartilageLayer>();
  private last: { posture: Posture; scene: RigScene } | null = null;
  /** Parts of the index read so far (variant glbs add parts later). */
  private partsRead = 0;
  private readonly contacts: ContactMarkers;

  constructor(private readonly index: ModelIndex) {
    index.root.updateMatrixWorld(true);
    this.contacts = new ContactMarkers(index.root);
    for (const id of BONE_IDS) {
      const node = index.nodes.get(id);
      if (!node) continue;
      node.matrixAutoUpdate = false;
      this.bones.set(id, node);
    }
    this.readNewCartilage();
  }

  private readNewCartilage(): void {
    for (const part of this.index.parts.slice(this.partsRead)) {
      if (!part.id.includes('-cartilage-')) continue;
      const data = cartilageData(part.mesh);
      const colors = new BufferAttribute(new Float32Array(data.positions.length), 3);
      part.mesh.geometry.setAttribute('color', colors);
      this.cartilage.set(part.id, { part, data, colors });
    }
    this.partsRead = this.index.parts.length;
  }

  /** `posture` and `scene` are compared by identity: the posture store and the scene state keep unchanged values. */
  pose(posture: Posture, scene: RigScene): void {
    if (this.index.parts.length !== this.partsRead) {
      this.readNewCartilage();
      this.last = null;
    }
    if (this.last?.posture === posture && this.last.scene === scene) return;
    this.last = { posture, scene };
    const { discHeightLoss } = posture;
    const angles = segmentAngles(posture.trunkDeg, { lstv: scene.lstv });
    const posed = posedBoneMatrices(angles, this.neutral, this.landmarks, discHeightLoss);
    for (const [id, node] of this.bones) {
      node.matrix.copy(matrixToSceneUnits(posed[id]));
      node.matrixWorldNeedsUpdate = true;
    }
    for (const layer of this.cartilage.values()) {
      const painted = scene.pressureSegments.some((segment) => isOfSegmentFacets(layer.part.id, segment));
      layer.part.look.setPressureColours(painted);
    }
    const contacts: Vec3[] = [];
    let film: PressureFilm | null = null;
    for (const segment of scene.pressureSegments) {
      const loss = discHeightLoss[segment] ?? 0;
      const { loads } = segmentMechanics(segment, posture.trunkDeg, discHeightLoss, scene.lstv);
      const [upperLevel, lowerLevel] = segmentLevels(segment);
      const upperMatrix = neutralToPosed(boneOf(upperLevel), posed, this.neutral);
      const lowerMatrix = neutralToPosed(boneOf(lowerLevel), posed, this.neutral);
      for (const side of SIDES) {
        const grade = jointGrade(scene, segment, side);
        const painted = this.paintJoint(segment, side, grade, upperMatrix, lowerMatrix, side === 'left' ? loads.leftFacetN : loads.rightFacetN);
        if (painted && scene.filmJoint?.segment === segment && scene.filmJoint.side === side) film = painted;
      }
      if (loss >= IMPINGEMENT.minDiscHeightLoss) {
        for (const tip of Object.values(impingement(segment, posed, loss))) if (tip.impinging) contacts.push(tip.contact);
      }
    }
    this.contacts.show(contacts);
    publishPressureFilm(film);
  }

  /** The cartilage drawn for a joint: the degenerated grade's once its glb is grafted, else the normal one. */
  private jointCartilage(segment: Segment, side: Side, grade: DegenerationGrade): [CartilageLayer?, CartilageLayer?] {
    const layer = (part: 'cartilage-upper' | 'cartilage-lower') =>
      (grade > 0 ? this.cartilage.get(degenerationPieceId(segment, side, grade as DegeneratedGrade, part)) : undefined) ??
      this.cartilage.get(facetPartId(segment, side, part));
    return [layer('cartilage-upper'), layer('cartilage-lower')];
  }

  private paintJoint(
    segment: Segment,
    side: Side,
    grade: DegenerationGrade,
    upperMatrix: Matrix4,
    lowerMatrix: Matrix4,
    forceN: number,
  ): PressureFilm | null {
    const [upper, lower] = this.jointCartilage(segment, side, grade);
    if (!upper || !lower) return null;
    const map = facetPressureMap(upper.data, lower.data, upperMatrix, lowerMatrix, forceN);
    this.paintLayer(upper, map.upper);
    this.paintLayer(lower, map.lower);
    return { jointId: facetJointId(segment, side), plan: facetFacePlan(upper.data, lower.data), lowerMPa: map.lower };
  }

  private paintLayer(layer: CartilageLayer, mpa: Float32Array): void {
    const out = layer.colors.array as Float32Array;
    for (let i = 0; i < mpa.length; i++) writePressureColour(mpa[i]!, out, i * 3);
    layer.colors.needsUpdate = true;
  }
}

