/**
 * Tells the embedding page how tall the app is, so its iframe fits without a second scrollbar.
 * The height of the <html> box is its content (not the frame's viewport), so it shrinks as well as
 * grows; a ResizeObserver reports every change, and an unchanged height is not sent twice.
 */
import { useEffect } from 'react';
import { resizeMessage } from '../../embed/protocol.ts';
import { useAppOptions } from '../app-options.tsx';
import { sendToParent } from './parent-window.ts';

export function ResizeReporter() {
  const { parentOrigin } = useAppOptions();
  useEffect(() => {
    if (parentOrigin === null || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    let last = -1;
    const report = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      sendToParent(parentOrigin, resizeMessage(height));
    };
    const observer = new ResizeObserver(report);
    observer.observe(root);
    report();
    return () => observer.disconnect();
  }, [parentOrigin]);
  return null;
}
