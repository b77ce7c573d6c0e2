import * as z from 'zod/mini';

/**
 * zod (its tree-shakable `zod/mini` API, so only what the schemas use ships), set up once for the whole app before
 * any schema exists: without its `new Function` fast path. zod probes `new Function("")` to decide on that path,
 * and the page's strict Content-Security-Policy blocks and reports the probe (a `securitypolicyviolation` on every
 * load). Every schema module imports `z` from here, never from 'zod'.
 */
z.config({ jitless: true });

export { z };
