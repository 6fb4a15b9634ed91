import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPaths } from '../../scripts/demo-site/catalog';
import { parseSeed, renderSeedRoute, seedsDir } from '../../scripts/demo-site/render-seed';
import { type DemoSite, startDemoSite } from '../../scripts/demo-site/server';
import { corpusDir, corpusSkipReason, hasCorpus } from '../corpus';
import { fetchPage, textOf } from './site-helpers';

describe('seed parsing', () => {
  it('takes a short first line as the title and reads dates stated in the text', () => {
    const s = parseSeed(
      'A headline\n\nhttps://img.example/x.jpg\nSome Outlet\n27/07/2024 23h56\n\nFirst para.\n\nSecond para.\n',
    );
    expect(s.title).toBe('A headline');
    expect(s.publishedTime).toBe('2024-07-27T23:56:00');
    expect(s.paragraphs).toEqual(['Some Outlet', 'First para.', 'Second para.']);
  });

  it('treats a long first line as body text and leaves the date out when none is stated', () => {
    const long = `${'word '.repeat(60)}end.`;
    const s = parseSeed(`${long}\nNext line.`);
    expect(s.title).toBeNull();
    expect(s.publishedTime).toBeNull();
    expect(s.paragraphs).toEqual([long.trim(), 'Next line.']);
  });

  it('answers 404 with the reason when the corpus is absent', () => {
    const r = renderSeedRoute('/seeds/001', '/nonexistent/shared/corpus/seeds');
    expect(r.status).toBe(404);
    expect(r.body).toContain(
      'Seed pages need the shared corpus, which was not found at /nonexistent/shared/corpus/seeds.',
    );
    expect(renderSeedRoute('/seeds/abc').status).toBe(404);
  });

  it('drops a repeated title line', () => {
    expect(parseSeed('Title\n\nTitle\n\nBody.').paragraphs).toEqual(['Body.']);
  });
});

describe.skipIf(!hasCorpus)(`seeds route (${hasCorpus ? 'corpus present' : corpusSkipReason})`, () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site.close();
  });

  it('reads the seeds from the shared corpus', () => {
    expect(seedsDir).toBe(resolve(corpusDir, 'seeds'));
  });

  it('renders /seeds/000 to /seeds/004 as article pages from the text on disk', async () => {
    const files = readdirSync(seedsDir)
      .filter((f) => /^\d{3}_.*\.txt$/.test(f))
      .sort();
    expect(files.map((f) => `/seeds/${f.slice(0, 3)}`)).toEqual(seedPaths);
    for (const f of files) {
      const id = f.slice(0, 3);
      const { status, doc } = await fetchPage(site.url, `/seeds/${id}`);
      expect(status, id).toBe(200);
      const seed = parseSeed(readFileSync(resolve(seedsDir, f), 'utf8'));
      const body = textOf(doc.querySelector('article'));
      for (const p of seed.paragraphs) expect(body, id).toContain(p.replace(/\s+/g, ' ').trim());
      if (seed.title) expect(textOf(doc.querySelector('h1'))).toBe(seed.title);
      expect(doc.querySelector('script')).toBeNull();
    }
  });

  it('dates seed 003 from its date line and leaves 004 undated', async () => {
    const s3 = await fetchPage(site.url, '/seeds/003');
    expect(s3.doc.querySelector('time')?.getAttribute('datetime')).toMatch(/^2024-07-27T/);
    const s4 = await fetchPage(site.url, '/seeds/004');
    expect(s4.doc.querySelector('time')).toBeNull();
  });

  it('answers a missing seed with a clear 404', async () => {
    const { status, doc } = await fetchPage(site.url, '/seeds/999');
    expect(status).toBe(404);
    expect(doc.body.textContent).toContain('There is no seed 999');
  });
});
