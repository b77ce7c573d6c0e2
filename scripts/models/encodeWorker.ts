/** A model-building worker thread: receives a recipe path, answers with the encoded file (see workerPool.ts). */
import { parentPort } from 'node:worker_threads';
import { encodeModel } from './writeModels';

parentPort!.on('message', (path: string) => {
  encodeModel(path).then(
    (file) => parentPort!.postMessage(file, [file.bytes.buffer as ArrayBuffer]),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
