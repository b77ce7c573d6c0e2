import { Color, DoubleSide, FrontSide, MeshStandardMaterial, type Plane } from 'three';
import type { StructureKind } from '../anatomy/structures';
import { FAT_HEX } from './multifidusLook';
import { TISSUE_LOOK } from './tissueLook';
import { SCENE_UNITS_PER_MM } from '../anatomy/frame';

export type Section = 'whole' | 'cut' | 'removed';

/** What the scene asks of one structure's look (structureLook.ts). */
export interface TargetLook {
  visible: boolean;
  highlighted: boolean;
  ghost: boolean;
  faint: boolean;
  tint: string | null;
}

/** Cut faces read as flat, slightly darker tissue: the inside of a cut closed mesh is drawn in this colour. */
const SECTION_SHADE = 0.78;

/**
 * How far (mm) a cut face is drawn in front of where its inside face really is. Seen through the cut, the inside
 * (back) faces of a closed mesh are drawn flat in the section colour; pulled this little toward the eye, they win
 * over tissue lying against them (a disc on its endplate, within the meshing tolerance) yet stay behind the mesh's
 * own front faces wherever it is not cut.
 */
const SECTION_PULL_MM = 0.8;

/** Compiled only while the material has a clipping plane. */
const SECTION_PARS = `uniform float uSection;
uniform vec3 uSectionColour;
#if NUM_CLIPPING_PLANES > 0
uniform mat4 projectionMatrix;
#endif`;
const SECTION_FRAGMENT = `#if NUM_CLIPPING_PLANES > 0
if (uSection > 0.5 && !gl_FrontFacing) {
  gl_FragColor = vec4(uSectionColour + 0.5 * totalEmissiveRadiance, 1.0);
  vec3 viewPosition = -vClipPosition;
  vec4 pulled = projectionMatrix * vec4(viewPosition * (1.0 - ${(SECTION_PULL_MM * SCENE_UNITS_PER_MM).toFixed(6)} / length(viewPosition)), 1.0);
  gl_FragDepth = 0.5 * pulled.z / pulled.w + 0.5;
} else {
  gl_FragDepth = gl_FragCoord.z;
}
#endif`;

/**
 * See-through bone keeps its shape: where the surface turns away from the eye (its outline) it is drawn stronger
 * and lighter, a fresnel rim, so a faint vertebral body still reads as a body and discs never seem to float.
 */
const RIM_PARS = `uniform float uRim;`;
const RIM_FRAGMENT = `if (uRim > 0.0) {
  float grazing = 1.0 - abs(dot(normalize(normal), normalize(vViewPosition)));
  float rim = uRim * grazing * grazing;
  outgoingLight = mix(outgoingLight, vec3(1.0), 0.45 * rim);
  diffuseColor.a = mix(diffuseColor.a, 1.0, 0.6 * rim);
}
#include <opaque_fragment>`;

const HIGHLIGHT_EMISSIVE = new Color('#ff7a1a');
const FAT = new Color(FAT_HEX);
const NO_EMISSIVE = new Color('#000000');
/** Bone opacity in x-ray mode: enough to keep the outline, little enough to see discs and joints. */
const XRAY_BONE_OPACITY = 0.16;
/** Opacity of a structure the state ghosts explicitly (any kind): a glass shape over what it covers. */
const FAINT_OPACITY = 0.14;
/** Strength of the fresnel rim on see-through structures (0 = none). */
const RIM_STRENGTH = 1;
/**
 * A ghosted muscle is many thin fascicles in layers, each mostly seen edge-on: at the glass look's opacity and rim
 * the layers add up to a near-opaque wall over the joints. Fainter, with a weak rim, its shape stays and the joints show.
 */
const FAINT_MUSCLE_OPACITY = 0.05;
const MUSCLE_RIM_STRENGTH = 0.3;
/** Share of its own tint a tinted piece glows with, so it reads in shadow too (more while highlighted). */
const TINT_GLOW = 0.12;
const TINT_GLOW_HIGHLIGHTED = 0.3;
/** Opacity of a structure faded because it stands in front of the subject: its outline stays, the subject shows. */
const IN_FRONT_OPACITY = 0.2;
/** Opacity from which a structure is drawn as solid (no blending), and up to which it is not drawn at all. */
const SOLID = 0.999;
const HIDDEN = 0.001;
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
  /** The look's own target, before an automatic fade for standing in front of the subject. */
  private lookOpacity: number;
  private fadedInFront = false;
  private highlighted = false;
  private pressure = false;
  private section: Section = 'whole';
  private readonly thickness = { value: 0 };
  private readonly sectionFaces = { value: 0 };
  private readonly sectionColour: { value: Color };
  private readonly rim = { value: 0 };
  private tint: string | null = null;

  /** `startHidden`: a piece added to a drawn scene fades in rather than appearing at full strength. */
  constructor(
    readonly kind: StructureKind,
    startHidden = false,
  ) {
    const look = TISSUE_LOOK[kind];
    this.material = new MeshStandardMaterial({ color: look.color, roughness: look.roughness, metalness: 0 });
    this.opacity = startHidden ? 0 : look.opacity;
    this.targetOpacity = this.opacity;
    this.lookOpacity = this.opacity;
    this.sectionColour = { value: new Color(look.color).multiplyScalar(SECTION_SHADE) };
    // Read by the picture's signature, which redraws the scene when one of them changes (pictureSignature).
    this.material.userData.liveUniforms = [this.thickness, this.sectionFaces, this.sectionColour, this.rim];
    // One patch for every structure (same source, so one shader program): muscle thickness and cut faces.
    this.material.onBeforeCompile = (shader) => {
      shader.uniforms.uThickness = this.thickness;
      shader.uniforms.uSection = this.sectionFaces;
      shader.uniforms.uSectionColour = this.sectionColour;
      shader.uniforms.uRim = this.rim;
      shader.vertexShader = `uniform float uThickness;\n${shader.vertexShader}`.replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\ntransformed += normalize(objectNormal) * uThickness;',
      );
      shader.fragmentShader = `${SECTION_PARS}\n${RIM_PARS}\n${shader.fragmentShader}`
        .replace('#include <opaque_fragment>', RIM_FRAGMENT)
        .replace('#include <dithering_fragment>', `#include <dithering_fragment>\n${SECTION_FRAGMENT}`);
    };
    this.apply();
  }

  /**
   * Where the structure lies against a section plane: whole (on the kept side, or no section), cut by it, or
   * removed (wholly on the cut-away side, not drawn). A cut opaque mesh draws its inside faces flat in a section
   * colour, so the cut reads as a solid face.
   */
  setSection(section: Section, plane: Plane | null = null): void {
    if (section === this.section) return;
    this.section = section;
    this.material.clippingPlanes = section === 'cut' && plane ? [plane] : null;
    this.apply();
  }

  /**
   * `ghost` draws a bone faintly (x-ray, or the pelvis while a lumbar level is in focus); `faint` draws any
   * structure faintly, highlighted or not; `tint` replaces the tissue colour.
   */
  setTarget({ visible, highlighted, ghost, faint, tint }: TargetLook): void {
    const look = TISSUE_LOOK[this.kind];
    const ghostBone = ghost && this.kind === 'bone';
    const solid = ghostBone ? XRAY_BONE_OPACITY : look.opacity;
    const muscle = this.kind === 'muscle';
    const opacity = faint ? Math.min(muscle ? FAINT_MUSCLE_OPACITY : FAINT_OPACITY, solid) : highlighted ? Math.max(solid, 0.7) : solid;
    this.lookOpacity = visible ? opacity : 0;
    this.targetOpacity = this.fadedInFront ? Math.min(this.lookOpacity, IN_FRONT_OPACITY) : this.lookOpacity;
    this.highlighted = highlighted && !faint;
    this.rim.value = faint || ghostBone ? (muscle ? MUSCLE_RIM_STRENGTH : RIM_STRENGTH) : 0;
    if (tint !== this.tint) {
      this.tint = tint;
      if (!this.pressure) this.material.color.set(tint ?? look.color);
      this.sectionColour.value.set(tint ?? look.color).multiplyScalar(SECTION_SHADE);
    }
    this.applyEmissive();
  }

  /** Fades a structure standing between the camera and the step's subject, so the subject is seen (or back). */
  setInFront(on: boolean): void {
    if (on === this.fadedInFront) return;
    this.fadedInFront = on;
    this.targetOpacity = on ? Math.min(this.lookOpacity, IN_FRONT_OPACITY) : this.lookOpacity;
  }

  /** Shows per-vertex pressure colours (the geometry's colour attribute) instead of the tissue colour. */
  setPressureColours(on: boolean): void {
    if (this.pressure === on) return;
    this.pressure = on;
    this.material.vertexColors = on;
    this.material.color.set(on ? '#ffffff' : (this.tint ?? TISSUE_LOOK[this.kind].color));
    this.material.needsUpdate = true;
    this.applyEmissive();
  }

  /**
   * The highlight glow, except over a pressure map, whose colours must read true. A tinted piece glows in its own
   * tint, never orange, so it keeps its colour while the step is about it.
   */
  private applyEmissive(): void {
    const glow = this.highlighted && !this.pressure;
    if (this.tint) {
      this.material.emissive.set(this.tint);
      this.material.emissiveIntensity = glow ? TINT_GLOW_HIGHLIGHTED : TINT_GLOW;
      return;
    }
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
    this.sectionColour.value.copy(this.material.color).multiplyScalar(SECTION_SHADE);
    this.thickness.value = thicknessMm * SCENE_UNITS_PER_MM;
  }

  /**
   * The model's first picture: the target look at once, without fading in from the tissue's default. A see-through
   * look is held back (hidden) and fades in from the next frame: its shader programs (blending, both faces) take a
   * software rasteriser hundreds of ms to prepare, which kept the whole first picture waiting.
   */
  showFirstLook(): void {
    this.opacity = this.targetOpacity < SOLID ? 0 : this.targetOpacity;
    this.apply();
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

  /** The opacity its look asks for, whatever automatic fade applies now. */
  get ownOpacity(): number {
    return this.lookOpacity;
  }

  /** Drawn now, or fading in toward a look that is drawn. */
  get shownOrComing(): boolean {
    return this.targetOpacity > HIDDEN || this.opacity > HIDDEN;
  }

  /** Still fading toward its target look. */
  get changing(): boolean {
    return this.opacity !== this.targetOpacity;
  }

  get drawn(): boolean {
    return this.material.visible;
  }

  private apply(): void {
    const m = this.material;
    const transparent = this.opacity < SOLID;
    const cut = this.section === 'cut';
    // Both sides when see-through, or when cut (the inside of a cut opaque mesh is its section face).
    const side = transparent || cut ? DoubleSide : FrontSide;
    if (m.transparent !== transparent || m.side !== side) {
      m.transparent = transparent;
      m.depthWrite = !transparent;
      m.side = side;
      m.needsUpdate = true;
    }
    this.sectionFaces.value = cut && !transparent ? 1 : 0;
    m.opacity = this.opacity;
    m.visible = this.opacity > HIDDEN && this.section !== 'removed';
  }
}
