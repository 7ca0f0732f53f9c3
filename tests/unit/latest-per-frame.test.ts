import { afterEach, describe, expect, it, vi } from 'vitest';
import { latestPerFrame } from '../../src/components/charts/shared/latest-per-frame.ts';

describe('latestPerFrame', () => {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  const runFrame = () => {
    for (const callback of frames.splice(0)) callback(0);
  };
  afterEach(() => {
    frames.length = 0;
  });

  it('handles only the last value sent before a frame, once, in that frame', () => {
    const seen: number[] = [];
    const send = latestPerFrame((n: number) => seen.push(n));
    send(1);
    send(2);
    send(3);
    expect(seen).toEqual([]);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(seen).toEqual([3]);
  });

  it('asks for a new frame for values sent after one was handled', () => {
    const seen: string[] = [];
    const send = latestPerFrame((s: string) => seen.push(s));
    send('a');
    runFrame();
    send('b');
    runFrame();
    expect(seen).toEqual(['a', 'b']);
  });
});
