import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './harness/paths';

// Static half of the zero-network promise: the shipped bundles name no remote endpoint and use no
// network primitive. The dynamic half is the sentinel proxy in every browser test.
const dists = ['.output/chrome-mv3', '.output/firefox-mv2'].map((d) => join(repoRoot, d));

// URLs that only ever appear as identifiers or documentation links, never as request targets.
const INERT_URL = [
  /^http:\/\/www\.w3\.org\//,
  /^https?:\/\/(www\.)?schema\.org\b/,
  /^https:\/\/(github\.com|developer\.mozilla\.org|dexie\.org|preactjs\.com|reactjs\.org|wxt\.dev)\//,
  /^https?:\/\/\*\/\*$/,
  // Origin patterns built from a site the user typed, for permission requests: not request targets.
  /^https?:\/\/\$\{/,
  // Reserved example domains (fixture data) and the links inside Dexie's own error messages.
  /^https?:\/\/[^/]*\.(example|invalid|test)(\/|$)/,
  /^https:\/\/tinyurl\.com\/y2uuvskb$/,
  /^http:\/\/bit\.ly\/2kdckMn$/,
];

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|html|json|css)$/.test(name)) yield path;
  }
}

describe('shipped bundles', () => {
  for (const dist of dists) {
    it(`${relative(repoRoot, dist)} names no remote endpoint and opens no socket`, () => {
      const offending: string[] = [];
      for (const file of files(dist)) {
        const body = readFileSync(file, 'utf8');
        for (const m of body.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)) {
          if (!INERT_URL.some((re) => re.test(m[0]))) offending.push(`${relative(dist, file)}: ${m[0]}`);
        }
        for (const api of ['new WebSocket', 'sendBeacon(', 'new EventSource', 'importScripts(', 'eval(']) {
          if (body.includes(api)) offending.push(`${relative(dist, file)}: ${api}`);
        }
      }
      expect(offending).toEqual([]);
    });
  }
});
