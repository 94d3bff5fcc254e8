import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** glossary/ is the pure core: it must run unchanged in the content script, the popup and Node. */
const pureCoreRestrictions = {
  patterns: [
    { group: ['wxt', 'wxt/*', '#imports'], message: 'glossary/ must not use extension APIs.' },
    { group: ['preact', 'preact/*'], message: 'glossary/ must not import views.' },
    { group: ['webextension-polyfill', '@wxt-dev/*'], message: 'glossary/ must not use extension APIs.' },
    {
      group: ['../utils/*', '../page/*', '../components/*', '../entrypoints/*'],
      message: 'glossary/ imports nothing outside itself.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench-output/**', 'demo-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/entrypoints/*', '**/entrypoints/**'], message: 'Nothing imports from entrypoints/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['glossary/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', pureCoreRestrictions],
      // No DOM or extension globals in the pure core.
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'location', 'CSS'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
