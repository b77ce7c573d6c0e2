import type { StructureKind } from '../../src/anatomy/structures';
import { TISSUE_LOOK } from '../../src/scene/tissueLook';

/** The kinds drawn with a mesh (a facet joint is a group of parts and has none), each one glTF material. */
export const MATERIAL_KINDS = (Object.keys(TISSUE_LOOK) as StructureKind[]).filter((kind) => kind !== 'facet-joint');

const srgbToLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** A kind's glTF material: the scene's own look (scene/tissueLook.ts) as a linear-space PBR base colour. */
export function materialLook(kind: StructureKind): { baseColor: [number, number, number, number]; roughness: number; blend: boolean } {
  const look = TISSUE_LOOK[kind];
  const [r, g, b] = [1, 3, 5].map((i) => Number(srgbToLinear(parseInt(look.color.slice(i, i + 2), 16) / 255).toFixed(4)));
  return { baseColor: [r!, g!, b!, look.opacity], roughness: look.roughness, blend: look.opacity < 1 };
}
