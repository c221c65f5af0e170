// A screen whose code is loaded the first time it is shown (its own bundle chunk), with nothing shown meanwhile.
import { lazy, Suspense, type ComponentType } from 'react';

/** A screen component that loads its code on first render, or earlier with preload(). */
export interface LazyScreen {
  Screen: ComponentType;
  /** Starts loading the code now (e.g. while the project is read), once. */
  preload(): Promise<ComponentType>;
}

/** The screen `load` resolves to, loaded on first render or preload(). */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let loading: Promise<ComponentType> | null = null;
  const preload = () => (loading ??= load());
  const Loaded = lazy(async () => ({ default: await preload() }));
  return {
    preload,
    Screen: function LazyScreen() {
      return (
        <Suspense fallback={null}>
          <Loaded />
        </Suspense>
      );
    },
  };
}
