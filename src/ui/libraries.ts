/**
 * The libraries the app is built on, loaded by `src/boot.ts` before the app itself: the browser
 * runs their code in one task and the app's in the next, so a slow phone never has to get through
 * both in one long task. Nothing imports this module for what it exports.
 */
import 'react';
import 'react-dom/client';
