import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layer table of the README, as import rules: each folder may import only the layers it lists. Pure layers
 * stay free of React, the renderer, the DOM layers, Node and the build-time glTF tools (see ARCHITECTURE.md).
 */
const REACT = { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@react-three/*', 'zustand', 'zustand/*'], message: 'Pure layers stay free of React.' };
const RENDERER = { group: ['three/addons/*', 'three/examples/*'], message: 'Pure layers use three math and geometry only.' };
const BUILD_TOOLS = { group: ['node:*', '@gltf-transform/*', 'meshoptimizer'], message: 'Build-time code (glTF writer, Node) lives in scripts/.' };
const ZOD = { group: ['zod', 'zod/*'], message: 'Import z from story/zod.ts, which turns off its eval probe (CSP).' };
const layer = (name, message) => ({ group: [`**/${name}/*`, `**/${name}`], message });
const UI_LAYERS = ['scene', 'ui', 'state', 'modes'].map((name) => layer(name, 'Data flows one way: pure layers import no state or UI.'));

function onlyImports(...patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

const LAYER_RULES = [
  // anatomy/: three math only.
  ['src/anatomy/**', [REACT, RENDERER, BUILD_TOOLS, ZOD, ...UI_LAYERS, ...['biomech', 'procedures', 'story', 'content'].map((n) => layer(n, 'anatomy/ imports three math only.'))]],
  // biomech/ and procedures/: anatomy and three math.
  ['src/biomech/**', [REACT, RENDERER, BUILD_TOOLS, ZOD, ...UI_LAYERS, ...['procedures', 'story', 'content'].map((n) => layer(n, 'biomech/ imports anatomy only.'))]],
  ['src/procedures/**', [REACT, RENDERER, BUILD_TOOLS, ZOD, ...UI_LAYERS, ...['biomech', 'story', 'content'].map((n) => layer(n, 'procedures/ imports anatomy only.'))]],
  // story/: anatomy and content (and zod through story/zod.ts).
  ['src/story/**', [REACT, RENDERER, BUILD_TOOLS, ...UI_LAYERS, ...['biomech', 'procedures'].map((n) => layer(n, 'story/ imports anatomy and content only.'))]],
  // content/: nothing outside itself.
  ['src/content/**', [REACT, RENDERER, BUILD_TOOLS, ZOD, { group: ['three'], message: 'content/ is data.' }, ...UI_LAYERS, ...['anatomy', 'biomech', 'procedures', 'story'].map((n) => layer(n, 'content/ is data and imports nothing outside it.'))]],
  // state/: the stores, over story, anatomy and content; no renderer, no scene, no DOM.
  ['src/state/**', [RENDERER, BUILD_TOOLS, ZOD, { group: ['three', '@react-three/*'], message: 'state/ holds no renderer objects.' }, layer('scene', 'state/ imports no scene.'), layer('ui', 'state/ imports no UI.')]],
  // scene/: everything above, but never the DOM layer.
  ['src/scene/**', [BUILD_TOOLS, ZOD, layer('ui', 'scene/ never reaches into the DOM layer.')]],
  // ui/: everything but R3F.
  ['src/ui/**', [BUILD_TOOLS, ZOD, { group: ['@react-three/*'], message: 'Only scene/ uses R3F.' }]],
  ['src/*.ts', [BUILD_TOOLS, ZOD]],
  ['src/*.tsx', [BUILD_TOOLS, ZOD]],
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...LAYER_RULES.map(([files, patterns]) => ({ files: [files], rules: onlyImports(...patterns) })),
  { files: ['src/story/zod.ts'], rules: onlyImports(REACT, RENDERER, BUILD_TOOLS) },
);
