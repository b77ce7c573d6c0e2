/** A model-building worker thread: receives a recipe name, answers with its encoded files (see workerPool.ts). */
import { parentPort } from 'node:worker_threads';
import { encodeModel } from './writeModels';

parentPort!.on('message', (name: string) => {
  encodeModel(name).then(
    (files) => parentPort!.postMessage(files, files.map((file) => file.bytes.buffer as ArrayBuffer)),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
