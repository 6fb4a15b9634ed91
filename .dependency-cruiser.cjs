/**
 * The house rules, checked in `npm test` (`npm run deps`):
 * - no import circles anywhere;
 * - pure code (lib/ outside lib/ext/ and lib/node/) imports no browser-extension API, no Preact and no jsdom,
 *   and nothing from lib/ext/ or lib/node/;
 * - lib/ never imports components/; lib/ext/ (browser glue) renders nothing;
 * - lib/node/ (jsdom) is for scripts and tests only;
 * - shipped code never imports test/ (the panel's fixture mode, built into the test copy only, is the one exception).
 */
const platform = '(^|/)node_modules/(wxt|@webext-core|webextension-polyfill)/';
const preact = '(^|/)node_modules/(preact|@preact)/';
const jsdom = '(^|/)node_modules/(jsdom|linkedom)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles make load order fragile and hide which module owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pure-lib-no-platform',
      severity: 'error',
      comment:
        'Pure lib/ runs in Node, a worker and every extension context: no browser APIs, Preact or jsdom.',
      from: { path: '^lib/', pathNot: '^lib/(ext|node)/' },
      to: { path: [platform, preact, jsdom, '^lib/(ext|node)/'] },
    },
    {
      name: 'lib-not-components',
      severity: 'error',
      comment: 'Components depend on lib, never the other way round; glue takes widgets as arguments.',
      from: { path: '^lib/' },
      to: { path: '^components/' },
    },
    {
      name: 'glue-renders-nothing',
      severity: 'error',
      comment: 'lib/ext wires browser APIs; rendering belongs to components/.',
      from: { path: '^lib/ext/' },
      to: { path: [preact, jsdom] },
    },
    {
      name: 'node-only',
      severity: 'error',
      comment: 'lib/node needs jsdom: only scripts and tests may use it.',
      from: { path: '^(lib|components|entrypoints)/', pathNot: '^lib/node/' },
      to: { path: '^lib/node/' },
    },
    {
      name: 'shipped-not-test',
      severity: 'error',
      comment: 'Shipped code never imports tests or fixtures.',
      from: { path: '^(lib|components|entrypoints)/', pathNot: '^entrypoints/sidepanel/main\\.tsx$' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.output|\\.wxt|node_modules|test-output)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
