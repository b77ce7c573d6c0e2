import type { StructureKind } from '../../src/anatomy/structures';

/**
 * One glTF material per tissue, named so the scene can find and override it (x-ray, highlight, heat map).
 * Colours are presentation choices for a patient-education model, not measurements: linear-space PBR base
 * colours that read as the textbook colour of each tissue under neutral studio light.
 */
export const TISSUES = [
  'bone',
  'disc-annulus',
  'nucleus',
  'cartilage',
  'capsule',
  'meniscoid',
  'ligament',
  'nerve',
  'muscle',
  'cyst',
] as const;
export type Tissue = (typeof TISSUES)[number];

export interface TissueLook {
  /** Linear RGBA. */
  baseColor: [number, number, number, number];
  roughness: number;
  metallic: number;
}

export const TISSUE_LOOKS: Record<Tissue, TissueLook> = {
  bone: { baseColor: [0.78, 0.72, 0.58, 1], roughness: 0.65, metallic: 0 },
  'disc-annulus': { baseColor: [0.62, 0.7, 0.78, 1], roughness: 0.45, metallic: 0 },
  nucleus: { baseColor: [0.55, 0.72, 0.9, 1], roughness: 0.3, metallic: 0 },
  cartilage: { baseColor: [0.7, 0.82, 0.88, 1], roughness: 0.25, metallic: 0 },
  capsule: { baseColor: [0.85, 0.75, 0.6, 1], roughness: 0.5, metallic: 0 },
  meniscoid: { baseColor: [0.9, 0.72, 0.45, 1], roughness: 0.5, metallic: 0 },
  ligament: { baseColor: [0.88, 0.84, 0.7, 1], roughness: 0.45, metallic: 0 },
  nerve: { baseColor: [0.95, 0.82, 0.2, 1], roughness: 0.4, metallic: 0 },
  muscle: { baseColor: [0.55, 0.12, 0.1, 1], roughness: 0.6, metallic: 0 },
  cyst: { baseColor: [0.3, 0.45, 0.7, 1], roughness: 0.3, metallic: 0 },
};

/** The tissue each structure kind is made of; a facet joint is a group of parts and has no material. */
export const TISSUE_OF_KIND: Record<StructureKind, Tissue | null> = {
  bone: 'bone',
  disc: 'disc-annulus',
  nucleus: 'nucleus',
  'facet-joint': null,
  cartilage: 'cartilage',
  capsule: 'capsule',
  meniscoid: 'meniscoid',
  ligament: 'ligament',
  nerve: 'nerve',
  muscle: 'muscle',
  cyst: 'cyst',
};
