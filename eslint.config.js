import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'test-results/',
      'bench/.build/',
      '.scratch/',
      '.tmp/',
      'examples/react/app.bundle.js',
      'custom-elements.json',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Text from data is text: no path from data to HTML parsing anywhere in src/.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'innerHTML is banned: render data as text.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'outerHTML is banned: render data as text.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'insertAdjacentHTML is banned.',
        },
        {
          selector: 'ImportDeclaration[source.value=/unsafe-html|unsafe-svg/]',
          message: 'unsafeHTML/unsafeSVG are banned: render data as text.',
        },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**', 'stories/**', 'examples/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
