/**
 * Says so while the device has no connection, at the top of every screen, in a polite live region
 * that is always in the page (so the words are announced when they come, not only shown). What it
 * says depends on whether this site's files are kept on the device: once the offline worker
 * controls the page (src/offline/service-worker.ts), every screen and language still loads; before
 * that, or in a clinic's frame, a part not yet downloaded may not. Either way the phone numbers
 * work, since a call needs no internet. The prerender and the first render of a hydrated page say
 * nothing (`online`), so the markup matches; the real state follows at once.
 */
import { useSyncExternalStore } from 'react';
import { useMessages } from '../messages.tsx';

type Connection = 'online' | 'offline, site kept' | 'offline';

/** `navigator.serviceWorker` is missing where workers are not allowed (plain http, some private modes). */
const workers = (): ServiceWorkerContainer | undefined =>
  (navigator as { serviceWorker?: ServiceWorkerContainer }).serviceWorker;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  workers()?.addEventListener('controllerchange', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
    workers()?.removeEventListener('controllerchange', onChange);
  };
}

function connection(): Connection {
  if (navigator.onLine) return 'online';
  return workers()?.controller ? 'offline, site kept' : 'offline';
}

const beforeHydration = (): Connection => 'online';

export function OfflineNotice() {
  const words = useMessages().offline;
  const state = useSyncExternalStore(subscribe, connection, beforeHydration);
  return (
    <div className="offline-notice" role="status">
      {state === 'online' ? null : <p className="notification">{state === 'offline' ? words.notKept : words.kept}</p>}
    </div>
  );
}
