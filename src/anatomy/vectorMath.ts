/**
 * three's vector and matrix classes, from their own modules, for the code the page runs before the 3D scene (the
 * anatomy's frames and poses, the story's joint views). Importing 'three' itself put the whole of three's core in the
 * page's first download; the scene's code brings that. The classes here are copies of the core's: they work together
 * through their fields (three reads a matrix's `elements`, a vector's x, y, z), never by `instanceof`.
 */
export { Matrix4 } from 'three/src/math/Matrix4.js';
export { Vector3 } from 'three/src/math/Vector3.js';
