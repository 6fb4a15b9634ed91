import { describe, expect, it } from 'vitest';
import { epochDay, eventDay } from '@/lib/compare/event-day';
import { eventFeatures } from '@/lib/compare/event-features';
import { assignEvent, type EventCandidate } from '@/lib/compare/events';
import { rankRelated } from '@/lib/compare/related';
import { representativeTitle } from '@/lib/compare/titles';
import type { ComparableReport } from '@/lib/compare/types';
import { invented } from './invented';

function saveInOrder(
  reports: ComparableReport[],
): Map<string, EventCandidate & { eventTitle: string; storyTitle: string }> {
  const out = new Map<string, EventCandidate & { eventTitle: string; storyTitle: string }>();
  for (const r of reports) {
    const features = eventFeatures(r);
    const a = assignEvent(r.id, r.title, features, [...out.values()]);
    out.set(r.id, { id: r.id, title: r.title, features, ...a });
  }
  return out;
}

describe('event day', () => {
  it('is the first resolved day in the lede, not the publication day', () => {
    const figures = [
      { start: 40, date: '2031-03-04' },
      { start: 900, date: '2031-02-01' },
    ];
    const claims = [
      {
        figures: figures.map((f) => ({
          ...f,
          end: f.start + 7,
          value: null,
          min: null,
          max: null,
          approx: false,
          unit: 'date',
          text: 'Tuesday',
        })),
      },
    ];
    expect(eventDay('2031-03-06T10:00:00Z', claims)).toBe(epochDay('2031-03-04'));
  });

  it('is null for an undated report: never today', () => {
    expect(eventDay(null, [])).toBeNull();
  });
});

describe('events inside stories, assigned in save order', () => {
  const courier = invented('courier');
  const gazette = invented('gazette');
  const followup = invented('followup');
  const race = invented('race');
  const placed = saveInOrder([courier, gazette, race, followup]);

  it('puts two outlets’ same-day reports of one incident in one event', () => {
    expect(placed.get('gazette')?.eventId).toBe(placed.get('courier')?.eventId);
  });

  it('puts a follow-up five weeks later in the same story as a new event', () => {
    expect(placed.get('followup')?.eventId).not.toBe(placed.get('courier')?.eventId);
    expect(placed.get('followup')?.storyId).toBe(placed.get('courier')?.storyId);
  });

  it('starts a new story for an unrelated report', () => {
    expect(placed.get('race')?.storyId).not.toBe(placed.get('courier')?.storyId);
  });

  it('titles events and stories with a member headline, not a list of terms', () => {
    const titles = [courier, gazette].map((r) => r.title);
    expect(titles).toContain(placed.get('gazette')?.eventTitle);
    expect([...titles, followup.title]).toContain(placed.get('followup')?.storyTitle);
  });
});

describe('representative title', () => {
  it('picks the headline sharing most with the others, earliest on ties', () => {
    const t = representativeTitle([
      { title: 'Storm hits Norby', time: 1 },
      { title: 'Storm floods Norby harbour, closing the Norby ferry', time: 2 },
      { title: 'Norby harbour closed as storm floods ferry port', time: 3 },
    ]);
    expect(t).toBe('Storm floods Norby harbour, closing the Norby ferry');
    expect(representativeTitle([])).toBe('Untitled');
  });
});

describe('ranking flags the same event and never dates an undated report today', () => {
  it('marks the same-day report of the incident as the same event, the follow-up as not', () => {
    const ranked = rankRelated(invented('courier'), [
      invented('gazette'),
      invented('followup'),
      invented('race'),
    ]);
    expect(ranked[0]).toMatchObject({ event: true });
    expect(ranked[0].report.id).toBe('gazette');
    expect(ranked.find((r) => r.report.id === 'followup')?.event).toBe(false);
  });

  it('gives an undated report no time distance', () => {
    const ranked = rankRelated(invented('courier', true), [invented('gazette'), invented('followup')]);
    for (const r of ranked) {
      expect(r.daysApart).toBeNull();
      expect(r.why).not.toMatch(/days? (?:earlier|later)|same day/);
    }
  });
});
