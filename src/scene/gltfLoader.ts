import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';

/** Our models are meshopt-compressed and quantised: every glTF the scene loads goes through this one setup. */
export function setUpGltfLoader(loader: GLTFLoader): GLTFLoader {
  return loader.setMeshoptDecoder(MeshoptDecoder);
}

/** A loader for glbs fetched outside `useLoader` (the variant models). */
export function createGltfLoader(): GLTFLoader {
  return setUpGltfLoader(new GLTFLoader());
}
