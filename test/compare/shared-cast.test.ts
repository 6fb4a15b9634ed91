import { describe, expect, it } from 'vitest';
import type { EventFeatures } from '@/lib/compare/event-features';
import { assignEvent, EVENT_SIM, isSameEvent, SHARED_CAST } from '@/lib/compare/events';

// Invented incidents: rocket attacks on two Vessa bases, then a strike three days later answering them; and
// an unrelated ferry fire in Orlen the same week, with a cast of its own.
const day = 30_000;
const attacks: EventFeatures = {
  actors: ['vessa', 'camp-harl', 'port-ames', 'brin-militia', 'defense-ministry'],
  terms: ['rocket', 'attack', 'base', 'camp', 'harl', 'port', 'ames', 'militia', 'wound'],
  figures: ['rocket:9'],
  day,
  published: day,
};
const strike: EventFeatures = {
  actors: ['vessa', 'camp-harl', 'port-ames', 'brin-militia', 'air-force', 'general-toma'],
  terms: ['jet', 'strike', 'depot', 'retaliat', 'sortie', 'fuel', 'night', 'pilot'],
  figures: [],
  day: day + 3,
  published: day + 3,
};
const ferry: EventFeatures = {
  actors: ['orlen', 'coast-guard', 'vessa'],
  terms: ['ferry', 'fire', 'passeng', 'rescu', 'harbour', 'militia'],
  figures: [],
  day: day + 3,
  published: day + 3,
};

describe('a day past close, a shared cast keeps one event', () => {
  it('applies only when most rare actors are shared, and only one day past close', () => {
    expect(isSameEvent(EVENT_SIM, attacks, strike, SHARED_CAST)).toBe(true);
    expect(isSameEvent(EVENT_SIM, attacks, strike, SHARED_CAST / 2)).toBe(false);
    expect(isSameEvent(EVENT_SIM, attacks, { ...strike, day: day + 4 }, 1)).toBe(false);
  });

  it('files the answering strike with the attacks, and the ferry fire apart', () => {
    const placed = [
      { id: 'a', title: 'Rockets hit Camp Harl', features: attacks, eventId: 'e:a', storyId: 's:a' },
    ];
    expect(assignEvent('s', 'Jets strike Brin depots', strike, placed).eventId).toBe('e:a');
    expect(assignEvent('f', 'Ferry burns off Orlen', ferry, placed).eventId).not.toBe('e:a');
  });
});
