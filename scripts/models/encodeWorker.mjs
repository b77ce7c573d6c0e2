// Worker threads start without the TypeScript loader the parent runs under: register tsx, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./encodeWorker.ts');
