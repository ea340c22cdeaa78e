import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A page loaded with its route: `lazyPage(() => import('./pages/x'), 'XPage')` keeps the named
 * export of the page module, so a phone opening one page downloads that page's code only.
 * Render it inside a `<Suspense>`.
 */
export const lazyPage = <Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyExoticComponent<ComponentType<Props>> => {
  loaders.push(load);
  return lazy(() => load().then((module) => ({ default: module[name] })));
};

/** Every page's module at once (component tests render any route without waiting for chunks). */
export const loadAllPages = () => Promise.all(loaders.map((load) => load()));
