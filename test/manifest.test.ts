import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

const root = resolve(import.meta.dirname, '..');

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3 }) => Record<string, unknown>;
const manifest = config.manifest as unknown as ManifestFn;

describe('manifest', () => {
  for (const [browser, manifestVersion] of [
    ['chrome', 3],
    ['firefox', 2],
  ] as const) {
    it(`asks for no site access at install and shows the extension's icon (${browser})`, () => {
      const m = manifest({ browser, manifestVersion });
      expect(m.host_permissions ?? []).toEqual([]);
      const permissions = m.permissions as string[];
      expect(permissions.some((p) => p.includes('://') || p === '<all_urls>')).toBe(false);
      expect(permissions.includes('offscreen')).toBe(browser === 'chrome');
      const icon = (m.action as { default_icon: Record<string, string> }).default_icon;
      for (const file of Object.values(icon)) expect(existsSync(join(root, 'public', file)), file).toBe(true);
    });
  }
});
