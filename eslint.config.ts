import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import type { Linter } from 'eslint';

/**
 * DigiOne Portal lint rules: typescript-eslint's type-checked set, the lit, wc and lit-a11y plugins,
 * and a few rules of our own that each catch a real bug: focused tests, `@ts-ignore`, `unsafeHTML`
 * on data, and `document.activeElement` inside shadow-DOM code.
 */
/** The rules of a plugin's preset, whether it is shaped as a legacy or a flat config. */
function legacyRules(config: unknown): Linter.RulesRecord {
  const one = Array.isArray(config) ? (config as unknown[])[0] : config;
  return (one as { rules?: Linter.RulesRecord } | undefined)?.rules ?? {};
}

/** Imports that would render data as markup, or styles the portal's CSP refuses. */
const UNSAFE_MARKUP = [
  {
    name: 'lit/directives/unsafe-html.js',
    message: 'Never render data as HTML: use text bindings.',
  },
  {
    name: 'lit/directives/unsafe-svg.js',
    message: 'Never render data as SVG markup: build elements with createElementNS.',
  },
  {
    name: 'lit/directives/style-map.js',
    message:
      "styleMap writes a style attribute on first render, which the portal's CSP refuses: set properties through the CSSOM (element.style.setProperty).",
  },
];

/**
 * A vendor app reaches the portal through the public SDK and components only: never the shell's
 * internals, which no vendor has and which may change any day.
 */
const SHELL_INTERNALS = {
  group: ['@digione/shell', '@digione/shell/*', '**/shell/src/**', '**/shell/scripts/**'],
  message:
    'Example apps are built as any vendor builds one: through @digione/sdk and @digione/components, never the shell.',
};

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'test-results/**',
      '**/generated/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', '.storybook/*.ts'] } },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    // npm create @digione/app's templates: their own tsconfig.json resolves the SDK to its build,
    // which lint runs before; this one resolves it to the workspace's sources.
    files: ['packages/create-app/templates/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './packages/create-app/tsconfig.templates.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...legacyRules(lit.configs?.recommended),
      ...legacyRules(wc.configs?.recommended),
      ...legacyRules(litA11y.configs.recommended),
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Under verbatimModuleSyntax `import { type A } from 'm'` stays as `import 'm'`: a page would
      // load a whole shared library (all of @digione/sdk) for a type.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: UNSAFE_MARKUP,
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
          message: 'A focused test hides every other test.',
        },
        {
          selector: "MemberExpression[object.name='document'][property.name='activeElement']",
          message:
            'document.activeElement stops at the first shadow root; use this.shadowRoot.activeElement or a focus helper.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'packages/components/src/fixtures/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // @open-wc types chai's `equal` as returning a Promise (for DOM diffs), so every plain
      // assertion would read as a floating promise. The one that must be awaited, `accessible()`,
      // is checked by the syntax rule below instead.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "ExpressionStatement > CallExpression[callee.property.name='accessible']",
          message: 'Await `expect(el).to.be.accessible()`: un-awaited, it can never fail the test.',
        },
        {
          selector:
            "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
          message: 'A focused test hides every other test.',
        },
      ],
    },
  },
  {
    files: ['packages/app-*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: UNSAFE_MARKUP, patterns: [SHELL_INTERNALS] }],
    },
  },
  {
    // An app's browser code gets people and tokens from the shell, never from the test provider.
    files: ['packages/app-*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UNSAFE_MARKUP,
          patterns: [
            SHELL_INTERNALS,
            {
              group: ['@digione/dev-idp', '@digione/dev-idp/*'],
              message: "An app's browser code never imports the local identity provider.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
