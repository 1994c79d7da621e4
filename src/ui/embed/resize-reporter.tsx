/**
 * Tells the embedding page how tall the app is, so its iframe fits without a second scrollbar.
 * The body's height is the content's (not the frame's viewport), so it shrinks as well as grows;
 * a ResizeObserver reports every change. What is sent is the quantised height (protocol.ts), so a
 * height tells no screen from another, and the page is made that tall too (the rest blank), so
 * the frame and its page always agree; an unchanged height is not sent twice.
 */
import { useEffect } from 'react';
import { resizeMessage } from '../../embed/protocol.ts';
import { useAppOptions } from '../app-options.tsx';
import { sendToHost } from './parent-window.ts';

export function ResizeReporter() {
  const { parentOrigin } = useAppOptions();
  useEffect(() => {
    if (parentOrigin === null || typeof ResizeObserver === 'undefined') return;
    const content = document.body;
    let last = -1;
    const report = () => {
      const message = resizeMessage(content.getBoundingClientRect().height);
      if (message.height === last) return;
      last = message.height;
      document.documentElement.style.minHeight = `${String(message.height)}px`;
      sendToHost(message);
    };
    const observer = new ResizeObserver(report);
    observer.observe(content);
    report();
    return () => observer.disconnect();
  }, [parentOrigin]);
  return null;
}
