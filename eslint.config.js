import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/',
      '**/.svelte-kit/',
      '**/build/',
      '**/dist/',
      '.data/',
      'portal/src/lib/paraglide/',
      'gateway/supergraph.graphql',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    // The mail pipeline serves the modules that send mail (newsletter, subscribers, invitations)
    // through the composers the service wiring hands it (src/mail-composers.ts); importing any of
    // them would make the two-way street issue 10 removed. Only the pure templates and the
    // service's settings are below it.
    files: ['services/newsletters/src/modules/delivery/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\.\./(?!mail-templates/)[^.]|^\.\./\.\./(?!settings\.ts$)`,
              message:
                'delivery/ must not import its customers: declare what it needs (see mail-composer.ts) and register it in src/mail-composers.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules where a mistake is silent at run time: a promise nobody awaits (its
    // failure vanishes) and a switch over a union that forgets a member.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, projectService: false } },
  },
);
