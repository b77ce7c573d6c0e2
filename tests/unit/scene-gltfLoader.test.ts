import { readFileSync } from 'node:fs';
import { Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { createGltfLoader } from '../../src/scene/gltfLoader';

/** Counts the tasks that get to run, one after another, until `stop` is called. */
function countTasks(): { stop: () => number } {
  let count = 0;
  let running = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    count++;
    if (running) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  return {
    stop: () => {
      running = false;
      channel.port1.close();
      return count;
    },
  };
}

describe('parsing the model', () => {
  it('leaves the page free between its buffers: many short tasks, not one long one', async () => {
    const glb = readFileSync('public/models/lumbar-spine.glb');
    const bytes = glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength);
    const loader = createGltfLoader();
    // The decoder's WebAssembly is made once, before the page needs it.
    await loader.parseAsync(bytes.slice(0), '');
    const others = countTasks();
    const gltf = await loader.parseAsync(bytes, '');
    const tasksMeanwhile = others.stop();
    let meshes = 0;
    gltf.scene.traverse((object) => void (object instanceof Mesh && meshes++));
    expect(meshes).toBeGreaterThan(50);
    // One task per compressed buffer (237 in the light model) interleaves with the other tasks.
    expect(tasksMeanwhile).toBeGreaterThan(100);
  });
});
