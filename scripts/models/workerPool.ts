/**
 * Builds the model recipes on worker threads, one per core (the generators are single-threaded and CPU-bound):
 * each worker takes the next recipe when it finishes one, so the slow default model runs beside the variants.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ModelFile } from './writeModels';

export function createModelPool(): { encode: (name: string) => Promise<ModelFile[]>; close: () => Promise<void> } {
  const size = Math.max(1, Math.min(availableParallelism(), 4));
  const idle: Worker[] = [];
  const waiting: (() => void)[] = [];
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./encodeWorker.mjs', import.meta.url));
    idle.push(worker);
    return worker;
  });
  const take = async (): Promise<Worker> => {
    while (idle.length === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    return idle.pop()!;
  };
  const encode = async (name: string): Promise<ModelFile[]> => {
    const worker = await take();
    try {
      return await new Promise<ModelFile[]>((resolve, reject) => {
        const onMessage = (message: ModelFile[] | { error: string }) => {
          worker.off('error', reject);
          if ('error' in message) reject(new Error(`${name}: ${message.error}`));
          else resolve(message);
        };
        worker.once('message', onMessage);
        worker.once('error', reject);
        worker.postMessage(name);
      });
    } finally {
      idle.push(worker);
      waiting.shift()?.();
    }
  };
  return { encode, close: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}
