/**
 * The anatomical frame shared by the generator, the models and the scene.
 *
 * Data and generators work in millimetres. Axes (right-handed, as glTF and three expect):
 *   +Y superior (head), +Z anterior (belly), +X the patient's left.
 * A camera on +Z looking at the origin therefore sees the spine from the front.
 * The origin is the centre of the S1 upper endplate.
 */
export const MM_PER_METRE = 1000;

/** The one scale between anatomy data (mm) and the glTF / scene (metres). */
export const SCENE_UNITS_PER_MM = 1 / MM_PER_METRE;
