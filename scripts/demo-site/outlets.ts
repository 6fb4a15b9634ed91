import type { OutletId } from './types';

/** How an outlet presents itself: name, masthead, navigation and house style. */
export interface Outlet {
  id: OutletId;
  name: string;
  tagline: string;
  sections: string[];
  dateStyle: 'us' | 'uk';
  /** Dark outlets exist so highlights are tested on a dark page. */
  dark: boolean;
}

/** The four fictional outlets; Capital Dispatch is the dark-themed one. */
export const outlets: Record<OutletId, Outlet> = {
  ledger: {
    id: 'ledger',
    name: 'The Meridian Ledger',
    tagline: 'Independent reporting since 1921',
    sections: ['World', 'Middle East', 'Politics', 'Business', 'Science', 'Opinion'],
    dateStyle: 'us',
    dark: false,
  },
  harbor: {
    id: 'harbor',
    name: 'Harbor Wire',
    tagline: 'Fast, factual, first',
    sections: ['Top News', 'World', 'US', 'Markets', 'Tech'],
    dateStyle: 'us',
    dark: false,
  },
  dispatch: {
    id: 'dispatch',
    name: 'Capital Dispatch',
    tagline: 'Power, policy and the Pentagon',
    sections: ['Defense', 'Congress', 'White House', 'Foreign Policy', 'Newsletters'],
    dateStyle: 'us',
    dark: true,
  },
  northgate: {
    id: 'northgate',
    name: 'Northgate News',
    tagline: 'Your city. Your world.',
    sections: ['Local', 'World', 'Sport', 'Weather', 'Lifestyle'],
    dateStyle: 'uk',
    dark: false,
  },
};
