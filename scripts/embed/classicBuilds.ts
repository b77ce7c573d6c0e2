import react from '@vitejs/plugin-react';
import { build, type Rolldown } from 'vite';

/**
 * The embed's three classic (non-module) scripts, each one self-contained file: the loader a host page includes
 * (`embed.js`, a fixed name to paste), the frame's shell (poster and host messages) and the app. Classic scripts,
 * because in a sandboxed frame with an opaque origin a module script is a CORS request a plain static host refuses.
 */
const ENTRIES = {
  loader: 'src/modes/embed/loader/embed.ts',
  shell: 'src/modes/embed/shell/shellMain.ts',
  app: 'src/modes/embed/frame/frameMain.tsx',
} as const;

/** The hashed names of the frame's scripts (the app's CSS travels inside its script). */
export interface ClassicOutputs {
  shell: string;
  app: string;
}

async function buildClassic(entry: string, outDir: string, fileName: string, withReact: boolean): Promise<Rolldown.OutputBundle[string][]> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins: withReact ? [react()] : [],
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      // The loader runs in any article, on older phones too; the frame runs what the app itself needs.
      target: fileName === 'embed.js' ? 'es2019' : 'es2022',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        input: entry,
        // Only Vite's preload helper reads import.meta, for split chunks; with everything in one file it never runs.
        checks: { emptyImportMeta: false },
        output: { format: 'iife', codeSplitting: false, entryFileNames: fileName, assetFileNames: 'embed/[name]-[hash][extname]' },
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) => ('output' in output ? output.output : []));
}

/** Builds the three scripts into `outDir`; returns the hashed names the embed page refers to. */
export async function buildClassicScripts(outDir: string): Promise<ClassicOutputs> {
  await buildClassic(ENTRIES.loader, outDir, 'embed.js', false);
  const shell = await buildClassic(ENTRIES.shell, outDir, 'embed/shell-[hash].js', false);
  const app = await buildClassic(ENTRIES.app, outDir, 'embed/app-[hash].js', true);
  const scriptOf = (files: { fileName: string }[]) => files.find((file) => file.fileName.endsWith('.js'))?.fileName ?? '';
  return { shell: scriptOf(shell), app: scriptOf(app) };
}
