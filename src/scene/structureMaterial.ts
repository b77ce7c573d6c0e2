import { Color, DoubleSide, FrontSide, MeshStandardMaterial } from 'three';
import type { StructureKind } from '../anatomy/structures';
import { FAT_HEX } from './multifidusLook';
import { CARTILAGE_HEX } from './pressureScale';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';

/** Tissue colours chosen to read apart on a tablet under local lights. */
const TISSUE_LOOK: Record<StructureKind, { color: string; roughness: number; opacity: number }> = {
  bone: { color: '#e9dfc8', roughness: 0.62, opacity: 1 },
  disc: { color: '#a7c7d8', roughness: 0.45, opacity: 1 },
  nucleus: { color: '#4f86c6', roughness: 0.35, opacity: 1 },
  'facet-joint': { color: '#ffffff', roughness: 0.5, opacity: 1 },
  cartilage: { color: CARTILAGE_HEX, roughness: 0.25, opacity: 1 },
  capsule: { color: '#d59bc4', roughness: 0.5, opacity: 0.5 },
  meniscoid: { color: '#f0c06a', roughness: 0.5, opacity: 1 },
  ligament: { color: '#e3cf63', roughness: 0.5, opacity: 0.9 },
  nerve: { color: '#f6d743', roughness: 0.4, opacity: 1 },
  muscle: { color: '#b5463e', roughness: 0.6, opacity: 0.85 },
};

const HIGHLIGHT_EMISSIVE = new Color('#ff7a1a');
const FAT = new Color(FAT_HEX);
const NO_EMISSIVE = new Color('#000000');
/** Bone opacity in x-ray mode: enough to keep the outline, little enough to see discs and joints. */
const XRAY_BONE_OPACITY = 0.16;
/** Opacity change per second while fading between steps. */
const FADE_RATE = 2.5;

/**
 * One structure's material and its fade: the scene sets a target look, `advance` moves toward it
 * each frame (or at once with reduced motion). A material fully faded out stops drawing.
 */
export class StructureMaterial {
  readonly material: MeshStandardMaterial;
  private opacity: number;
  private targetOpacity: number;
  private highlighted = false;
  private pressure = false;
  private readonly thickness = { value: 0 };
  private shaderPatched = false;

  constructor(readonly kind: StructureKind) {
    const look = TISSUE_LOOK[kind];
    this.material = new MeshStandardMaterial({ color: look.color, roughness: look.roughness, metalness: 0 });
    this.opacity = look.opacity;
    this.targetOpacity = look.opacity;
    this.apply();
  }

  /** `ghost` draws a bone faintly (x-ray, or the pelvis while a lumbar level is in focus). */
  setTarget(visible: boolean, highlighted: boolean, ghost: boolean): void {
    const look = TISSUE_LOOK[this.kind];
    const solid = ghost && this.kind === 'bone' ? XRAY_BONE_OPACITY : look.opacity;
    this.targetOpacity = visible ? (highlighted ? Math.max(solid, 0.7) : solid) : 0;
    this.highlighted = highlighted;
    this.applyEmissive();
  }

  /** Shows per-vertex pressure colours (the geometry's colour attribute) instead of the tissue colour. */
  setPressureColours(on: boolean): void {
    if (this.pressure === on) return;
    this.pressure = on;
    this.material.vertexColors = on;
    this.material.color.set(on ? '#ffffff' : TISSUE_LOOK[this.kind].color);
    this.material.needsUpdate = true;
    this.applyEmissive();
  }

  /** The highlight glow, except over a pressure map, whose colours must read true. */
  private applyEmissive(): void {
    const glow = this.highlighted && !this.pressure;
    this.material.emissive.copy(glow ? HIGHLIGHT_EMISSIVE : NO_EMISSIVE);
    // A muscle keeps most of its own colour when highlighted, so its condition (fat, training) still reads.
    this.material.emissiveIntensity = glow ? (this.kind === 'muscle' ? 0.18 : 0.6) : 0;
  }

  /**
   * A muscle's condition: part of its colour turned to fat, and its surface moved in (atrophy) or out
   * (training) along the normals, in the vertex shader so skinning still applies.
   */
  setMuscleCondition(fatShare: number, thicknessMm: number): void {
    this.material.color.set(TISSUE_LOOK[this.kind].color).lerp(FAT, fatShare);
    this.thickness.value = thicknessMm * SCENE_UNITS_PER_MM;
    if (!this.shaderPatched) {
      this.shaderPatched = true;
      this.material.onBeforeCompile = (shader) => {
        shader.uniforms.uThickness = this.thickness;
        shader.vertexShader = `uniform float uThickness;\n${shader.vertexShader}`.replace(
          '#include <begin_vertex>',
          '#include <begin_vertex>\ntransformed += normalize(objectNormal) * uThickness;',
        );
      };
      this.material.needsUpdate = true;
    }
  }

  /** Moves toward the target; returns true while still changing. */
  advance(deltaSeconds: number, instant: boolean): boolean {
    if (this.opacity === this.targetOpacity) return false;
    const step = instant ? Infinity : FADE_RATE * deltaSeconds;
    const diff = this.targetOpacity - this.opacity;
    this.opacity = Math.abs(diff) <= step ? this.targetOpacity : this.opacity + Math.sign(diff) * step;
    this.apply();
    return this.opacity !== this.targetOpacity;
  }

  get drawn(): boolean {
    return this.material.visible;
  }

  private apply(): void {
    const m = this.material;
    const transparent = this.opacity < 0.999;
    if (m.transparent !== transparent) {
      m.transparent = transparent;
      m.depthWrite = !transparent;
      m.side = transparent ? DoubleSide : FrontSide;
      m.needsUpdate = true;
    }
    m.opacity = this.opacity;
    m.visible = this.opacity > 0.001;
  }
}
