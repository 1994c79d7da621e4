/**
 * Quick exit settings. The neutral page is an ordinary weather page, so a glance at the screen or
 * the last page in the tab gives nothing away; change it here only.
 */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Pressing Shift this many times in a row (with no other key) leaves the site... */
export const SHIFT_PRESSES_TO_EXIT = 3;

/** ...when all of them fall within this many milliseconds. */
export const SHIFT_WINDOW_MS = 5_000;
