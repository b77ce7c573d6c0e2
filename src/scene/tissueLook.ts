import type { StructureKind } from '../anatomy/structures';
import { CARTILAGE_HEX } from './pressureScale';

export interface TissueLook {
  /** sRGB. */
  color: string;
  roughness: number;
  opacity: number;
}

/**
 * The one tissue-look table: the scene's materials start from it, and the model build bakes the same colours into
 * the glb's materials (scripts/models/materials.ts), so the file looks the same in any glTF viewer. Free of three.
 * Colours are presentation choices for patient education, not measurements.
 */
export const TISSUE_LOOK: Record<StructureKind, TissueLook> = {
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
  cyst: { color: '#5b8fd6', roughness: 0.3, opacity: 1 },
};

