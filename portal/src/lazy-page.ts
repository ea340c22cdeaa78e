import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * A page loaded with its route: `lazyPage(() => import('./pages/x'), 'XPage')` keeps the named
 * export of the page module, so a phone opening one page downloads that page's code only.
 * Render it inside a `<Suspense>`.
 */
export const lazyPage = <Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyExoticComponent<ComponentType<Props>> =>
  lazy(() => load().then((module) => ({ default: module[name] })));
