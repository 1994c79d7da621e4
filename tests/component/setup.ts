import '@testing-library/jest-dom/vitest';

// jsdom has no layout, so it lacks scrollIntoView; the real browser tests cover scrolling.
Element.prototype.scrollIntoView = function scrollIntoView() {};
// Nor does it scroll the window (each new screen starts at the top, checked in the browser tests).
window.scrollTo = function scrollTo() {};
