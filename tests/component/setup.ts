import '@testing-library/jest-dom/vitest';

// jsdom has no layout, so it lacks scrollIntoView; the real browser tests cover scrolling.
Element.prototype.scrollIntoView = function scrollIntoView() {};
