/**
 * The offline notice in the page: an empty polite status while online; with no connection, words
 * that say whether the site is kept on this device (a worker controls the page) or may not load,
 * in the language and voice on screen; and nothing again once back online.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OfflineNotice } from '../../src/ui/components/offline-notice.tsx';
import { MessagesProvider } from '../../src/ui/messages.tsx';
import { catalogIn } from '../support/words.ts';

const online = vi.spyOn(navigator, 'onLine', 'get');

function goOffline(offline: boolean): void {
  online.mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

function controlledByWorker(): void {
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: Object.assign(new EventTarget(), { controller: { state: 'activated' } }),
  });
}

afterEach(() => {
  online.mockReset();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('the offline notice', () => {
  test('is an empty status while online, says the site may not load while offline without a worker, and empties once back online', () => {
    const words = catalogIn('en', 'self').ui.offline;
    online.mockReturnValue(true);
    render(<OfflineNotice />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    goOffline(true);
    expect(screen.getByRole('status')).toHaveTextContent(words.notKept);
    goOffline(false);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  test('says the self-check still works when the offline worker controls the page, in Spanish for someone answering for another', () => {
    controlledByWorker();
    const words = catalogIn('es', 'other').ui;
    online.mockReturnValue(true);
    render(
      <MessagesProvider messages={words}>
        <OfflineNotice />
      </MessagesProvider>,
    );
    goOffline(true);
    expect(screen.getByRole('status')).toHaveTextContent(words.offline.kept);
  });
});
