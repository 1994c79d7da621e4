/**
 * Quick exit settings. The neutral page is the US National Weather Service's home page, an
 * ordinary page for a person in the United States, so a glance at the screen or the last page in
 * the tab gives nothing away; change it here and in public/embed.js (EXIT_URL) only.
 */
export const QUICK_EXIT_URL = 'https://www.weather.gov/';

/** Pressing Shift this many times in a row (with no other key) leaves the site... */
export const SHIFT_PRESSES_TO_EXIT = 3;

/** ...when all of them fall within this many milliseconds. */
export const SHIFT_WINDOW_MS = 5_000;
