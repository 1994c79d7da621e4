/** The storage adapter: works with a real-like store and stays calm when the browser refuses storage. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  canSaveProgress,
  clearSavedProgress,
  readSavedProgress,
  writeSavedProgress,
} from '../../src/storage/local-store.ts';
import { SAVE_KEY } from '../../src/storage/local-store.ts';

function memoryStore() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const refuse = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storage adapter with working storage', () => {
  it('writes, reads back and clears under one key', () => {
    const store = memoryStore();
    vi.stubGlobal('localStorage', store);
    expect(readSavedProgress()).toEqual({ ok: true, raw: null });
    expect(writeSavedProgress('{"a":1}')).toBe(true);
    expect([...store.items.keys()]).toEqual([SAVE_KEY]);
    expect(readSavedProgress()).toEqual({ ok: true, raw: '{"a":1}' });
    clearSavedProgress();
    expect(store.items.size).toBe(0);
  });

  it('checking that saving works leaves storage exactly as it was', () => {
    const store = memoryStore();
    vi.stubGlobal('localStorage', store);
    expect(canSaveProgress()).toBe(true);
    expect(store.items.size).toBe(0);
    store.setItem(SAVE_KEY, 'kept');
    expect(canSaveProgress()).toBe(true);
    expect(store.getItem(SAVE_KEY)).toBe('kept');
  });
});

describe('storage adapter when the browser refuses storage', () => {
  it('reading localStorage itself throws (storage blocked): nothing throws, saving is unavailable', () => {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: refuse });
    try {
      expect(readSavedProgress()).toEqual({ ok: false });
      expect(writeSavedProgress('x')).toBe(false);
      expect(() => clearSavedProgress()).not.toThrow();
      expect(canSaveProgress()).toBe(false);
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });

  it('every method throws (private mode, storage full): nothing throws, saving is unavailable', () => {
    vi.stubGlobal('localStorage', { getItem: refuse, setItem: refuse, removeItem: refuse });
    expect(readSavedProgress()).toEqual({ ok: false });
    expect(writeSavedProgress('x')).toBe(false);
    expect(() => clearSavedProgress()).not.toThrow();
    expect(canSaveProgress()).toBe(false);
  });

  it('only writing throws (quota exceeded): reading works, saving is unavailable', () => {
    const store = memoryStore();
    vi.stubGlobal('localStorage', { ...store, setItem: () => refuse() });
    expect(readSavedProgress()).toEqual({ ok: true, raw: null });
    expect(writeSavedProgress('x')).toBe(false);
    expect(canSaveProgress()).toBe(false);
  });

  it('no localStorage at all (e.g. a non-browser runtime): saving is unavailable', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(readSavedProgress()).toEqual({ ok: false });
    expect(writeSavedProgress('x')).toBe(false);
    expect(canSaveProgress()).toBe(false);
  });
});
