// A project's stored values, read once and kept current (a Dexie live query), shared by whoever shows them; a
// start straight into a project begins reading them while the screen's code is still loading.
import { liveQuery, type Subscription } from 'dexie';
import { db, readStoredValues, type StoredProjectValues } from '../../db';

interface Listener {
  next(values: StoredProjectValues): void;
  error(error: unknown): void;
}

interface Feed {
  latest: StoredProjectValues | null;
  listeners: Set<Listener>;
  subscription: Subscription;
  /** Kept open for a watcher still to come (a prefetch), even with no listener yet. */
  held: boolean;
}

const feeds = new Map<string, Feed>();

function openFeed(projectId: string): Feed {
  let feed = feeds.get(projectId);
  if (feed) return feed;
  const opened: Feed = { latest: null, listeners: new Set(), held: false, subscription: null as unknown as Subscription };
  feeds.set(projectId, opened);
  opened.subscription = liveQuery(() => readStoredValues(db, projectId)).subscribe({
    next: (values) => {
      opened.latest = values;
      for (const l of opened.listeners) l.next(values);
    },
    error: (error: unknown) => {
      for (const l of opened.listeners) l.error(error);
    },
  });
  feed = opened;
  return feed;
}

function closeIfUnused(projectId: string, feed: Feed): void {
  if (feed.listeners.size > 0 || feed.held) return;
  feed.subscription.unsubscribe();
  feeds.delete(projectId);
}

/** Starts reading a project's values for a screen about to watch them. */
export function prefetchProjectValues(projectId: string): void {
  openFeed(projectId).held = true;
}

/** Calls `next` with the project's values now (when read) and after every change; returns the unsubscribe function. */
export function watchProjectValues(projectId: string, next: (values: StoredProjectValues) => void, error: (error: unknown) => void): () => void {
  const feed = openFeed(projectId);
  const listener: Listener = { next, error };
  feed.listeners.add(listener);
  feed.held = false;
  if (feed.latest) next(feed.latest);
  return () => {
    feed.listeners.delete(listener);
    closeIfUnused(projectId, feed);
  };
}
