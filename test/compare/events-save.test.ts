import { describe, expect, it } from 'vitest';
import { ParallaxDB } from '@/lib/store/db';
import { getReport } from '@/lib/store/query';
import { saveReport } from '@/lib/store/save';
import { inventedArticle } from './invented';

let n = 0;
const freshDb = () => new ParallaxDB(`parallax-events-${process.pid}-${Date.now()}-${++n}`);

describe('events and stories assigned at save time', () => {
  it('stores event and story ids, indexed, with readable titles', async () => {
    const db = freshDb();
    const courier = await saveReport(db, inventedArticle('courier'));
    const gazette = await saveReport(db, inventedArticle('gazette'));
    const race = await saveReport(db, inventedArticle('race'));
    const followup = await saveReport(db, inventedArticle('followup'));
    expect(gazette.eventId).toBe(courier.eventId);
    expect(followup.storyId).toBe(courier.storyId);
    expect(followup.eventId).not.toBe(courier.eventId);
    expect(race.storyId).not.toBe(courier.storyId);
    const byEvent = await db.reports
      .where('eventId')
      .equals(courier.eventId ?? '')
      .primaryKeys();
    expect(byEvent.sort()).toEqual([courier.id, gazette.id].sort());
    const byStory = await db.reports
      .where('storyId')
      .equals(courier.storyId ?? '')
      .count();
    expect(byStory).toBe(3);
    const stored = await getReport(db, followup.id);
    expect(stored?.storyTitle).toMatch(/Varn River|Port Elwin/);
    expect(stored?.eventFeatures?.terms.length).toBeGreaterThan(0);
  });

  it('keeps the event of a report saved again', async () => {
    const db = freshDb();
    const first = await saveReport(db, inventedArticle('courier'));
    const again = await saveReport(db, inventedArticle('courier'));
    expect(again.id).toBe(first.id);
    expect((await getReport(db, first.id))?.eventId).toBe(first.eventId);
  });
});
