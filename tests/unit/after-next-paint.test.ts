/**
 * `afterNextPaint` runs work once the browser has painted: in a task after the next animation
 * frame, or after a short wait where frames do not run (a hidden tab), and never twice.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/ui/after-next-paint.ts';

let frames: FrameRequestCallback[] = [];
const runFrame = () => {
  for (const callback of frames.splice(0)) callback(performance.now());
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs the work in a task of its own after the next frame, not in the frame itself', () => {
    const work = vi.fn();
    afterNextPaint(work);
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled();
    runFrame();
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work once, even when the wait for a frame that never came also ends', () => {
    const work = vi.fn();
    afterNextPaint(work);
    runFrame();
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work within a tenth of a second when no frame comes', () => {
    const work = vi.fn();
    afterNextPaint(work);
    vi.advanceTimersByTime(99);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('never runs the work once cancelled, whether the frame or the wait ends first', () => {
    const work = vi.fn();
    const cancel = afterNextPaint(work);
    cancel();
    runFrame();
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
  });
});
