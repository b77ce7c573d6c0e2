import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseAllowedOrigins } from '../../src/story/embedOrigins';
import { buildClassicScripts } from './classicBuilds';
import { embedPageHtml, shellData } from './embedPage';
import { writeModelScripts } from './modelScripts';

/** The site's own policy, as the main build wrote it into index.html (one source: vite.config.ts). */
function sitePolicy(outDir: string): string {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const match = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!match) throw new Error('dist/index.html has no Content-Security-Policy');
  return match[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}

/**
 * After the site's build, the embed: `embed.js` (the host's loader), `embed.html` with its shell, the app as one
 * classic script, each model as a classic script, and `_headers`, which tells hosts that read it (Netlify,
 * Cloudflare Pages) who may frame the embed page. `EMBED_ALLOWED_ORIGINS` (origins separated by spaces or commas;
 * default: any) sets both that header and the frame's own check.
 */
export function embedBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'embed-build',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const allowedOrigins = parseAllowedOrigins(process.env.EMBED_ALLOWED_ORIGINS);
      const scripts = await buildClassicScripts(outDir);
      const data = shellData(allowedOrigins, scripts.app);
      writeFileSync(join(outDir, 'embed.html'), embedPageHtml({ csp: sitePolicy(outDir), shellScript: scripts.shell, data }));
      writeModelScripts(join(outDir, 'models'));
      writeFileSync(join(outDir, '_headers'), `/embed.html\n  Content-Security-Policy: frame-ancestors ${allowedOrigins.join(' ')}\n`);
    },
  };
}
