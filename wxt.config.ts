import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The test build pre-grants the demo site's origin, exactly as if the user had opted that site in,
// so the e2e suite exercises the same "enabled site" code path a reader uses.
const testBuild = process.env.PARALLAX_TEST === '1';
// `npm start` builds a demo copy that treats the local demo site as enabled, into its own folder so the
// build a user loads by hand never carries that grant.
const demoBuild = process.env.PARALLAX_DEMO === '1';
const testOrigins = ['http://127.0.0.1/*'];
// The toolbar button and the Firefox sidebar show the extension's own icon (public/icon-*.png).
const toolbarIcon = { 16: 'icon-16.png', 32: 'icon-32.png' };

export default defineConfig({
  srcDir: '.',
  // Every import is written out, so the dependency rules (.dependency-cruiser.cjs) see every arrow.
  imports: false,
  outDir: testBuild ? '.output/test' : demoBuild ? '.output/demo' : '.output',
  vite: () => ({
    plugins: [preact()],
    // The panel's fixture mode (sample reports, no browser API) exists in the test copy only.
    define: { 'import.meta.env.PARALLAX_PANEL_FIXTURE': JSON.stringify(testBuild) },
  }),
  manifest: ({ browser, manifestVersion }) => {
    const hostPermissions = testBuild || demoBuild ? testOrigins : [];
    const optionalHosts = ['http://*/*', 'https://*/*'];
    const base = {
      name: 'Parallax',
      description:
        'Follow a news story across outlets: highlights who said what, compares coverage with your saved reports. Nothing leaves your browser.',
      permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
      action: { default_title: 'Parallax: analyse this article', default_icon: toolbarIcon },
      commands: {
        'toggle-highlights': {
          suggested_key: { default: 'Alt+Shift+H' },
          description: 'Show or hide Parallax highlights on this page',
        },
      },
    };
    if (manifestVersion === 2) {
      return {
        ...base,
        // Firefox refuses to let a test driver navigate to moz-extension:// pages; the test build makes
        // the extension pages reachable from the demo site instead.
        ...(testBuild ? { web_accessible_resources: ['sidepanel.html', 'options.html'] } : {}),
        permissions: [...base.permissions, ...hostPermissions],
        optional_permissions: optionalHosts,
        browser_specific_settings: {
          gecko: {
            id: 'parallax@parallax.invalid',
            strict_min_version: '142.0',
            data_collection_permissions: { required: ['none'] },
          },
        },
      };
    }
    return {
      ...base,
      // Chrome's service worker has no DOM: big pages are parsed in an offscreen document instead.
      permissions: browser === 'firefox' ? base.permissions : [...base.permissions, 'offscreen'],
      host_permissions: hostPermissions,
      optional_host_permissions: optionalHosts,
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: { id: 'parallax@parallax.invalid', data_collection_permissions: { required: ['none'] } },
            },
          }
        : {}),
    };
  },
  hooks: {
    // WXT turns a runtime content script's `matches` into a host permission. Parallax injects through
    // activeTab or optional permissions instead, so that grant is removed: nothing broad at install.
    'build:manifestGenerated': (_wxt, manifest) => {
      const broad = (p: string) => p === '<all_urls>';
      if (manifest.host_permissions)
        manifest.host_permissions = manifest.host_permissions.filter((p: string) => !broad(p));
      if (manifest.permissions) manifest.permissions = manifest.permissions.filter((p: string) => !broad(p));
      if (manifest.sidebar_action) manifest.sidebar_action.default_icon = toolbarIcon;
    },
    // public/data is the source of lib/generated, which the bundles import: the JSON files themselves are
    // never read at run time, so they stay out of the package.
    'build:publicAssets': (_wxt, files) => {
      const kept = files.filter((f) => !f.relativeDest.startsWith('data/'));
      files.splice(0, files.length, ...kept);
    },
  },
  zip: {
    excludeSources: [
      'test-output/**',
      '.bench/**',
      '**/*.log',
      '**/screenshots/**',
      '.output/**',
      'collection.json',
    ],
  },
});
