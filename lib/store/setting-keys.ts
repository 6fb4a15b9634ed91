/** Keys of the settings rows the options page writes and the background reads. */
export const SETTING_KEYS = {
  lexiconAdditions: 'lexiconAdditions',
  highlightPrefs: 'highlightPrefs',
} as const;
