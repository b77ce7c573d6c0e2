import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';

/** Resolves in a task of its own (a message to ourselves, which no timer clamping delays). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The meshopt decoder, each buffer decoded in a task of its own. The loader builds a buffer's attributes, and a mesh
 * once its last buffer is in, as the buffer resolves: parsing the model (hundreds of buffers) is then many short
 * tasks instead of one of 110–220 ms on a slow machine, and the page answers input and paints meanwhile.
 */
const decoderYieldingPerBuffer: typeof MeshoptDecoder = {
  ...MeshoptDecoder,
  decodeGltfBufferAsync: (count, size, source, mode, filter) =>
    nextTask().then(() => MeshoptDecoder.decodeGltfBufferAsync(count, size, source, mode, filter)),
};

/** Our models are meshopt-compressed and quantised: every glTF loaded, in the app and its tools, comes through this one setup. */
export function createGltfLoader(): GLTFLoader {
  return new GLTFLoader().setMeshoptDecoder(decoderYieldingPerBuffer);
}
