/**
 * `npx tsx scripts/embed-demo.ts`: the demo article on one origin and the built explainer (dist/, run
 * `npm run build` first) on another, both plain static hosts, until Ctrl-C.
 */
import { PORTS } from './ports';
import { serveExplainer, serveHostPages } from './embed/staticServers';

const explainerUrl = `http://127.0.0.1:${PORTS.embedExplainer}/`;
await serveExplainer(PORTS.embedExplainer);
await serveHostPages(PORTS.embedHost, explainerUrl);
console.log(`demo article:      http://127.0.0.1:${PORTS.embedHost}/article.html`);
console.log(`one script tag:    http://127.0.0.1:${PORTS.embedHost}/script-tag.html`);
console.log(`explainer (plain): ${explainerUrl}`);
