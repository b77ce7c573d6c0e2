import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Pure layers may not reach React, the renderer or the DOM layers (see ARCHITECTURE.md). */
const pureLayerImports = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['react', 'react-dom', 'react/*', '@react-three/*', 'zustand'], message: 'Pure layers stay free of React.' },
        { group: ['three/addons/*', 'three/examples/*'], message: 'Pure layers use three math and geometry only.' },
        { group: ['**/scene/*', '**/ui/*', '**/state/*', '**/modes/*'], message: 'Data flows one way: pure layers import no UI.' },
      ],
    },
  ],
};

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
  { files: ['src/anatomy/**', 'src/biomech/**', 'src/procedures/**', 'src/story/**', 'src/content/**'], rules: pureLayerImports },
  {
    files: ['src/ui/**', 'src/modes/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@react-three/*'], message: 'Only scene/ uses R3F.' }] }],
    },
  },
);
