import { type ComponentType, lazy } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A page loaded with its route: `lazyPage(() => import('./pages/x'), 'XPage')` keeps the named
 * export of the page module, so a phone opening one page downloads that page's code only.
 * Render it inside a `<Suspense>`. Once its module is in, the page renders directly: another
 * visit never shows the fallback again (React holds a revealed fallback for at least 500 ms).
 */
export const lazyPage = <Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): ComponentType<Props> => {
  let loaded: ComponentType<Props> | undefined;
  const loadPage = () =>
    load().then((module) => {
      loaded = module[name];
      return { default: loaded };
    });
  loaders.push(loadPage);
  const Lazy = lazy(loadPage);
  // Called once per page at module level, so the component's identity is stable.
  // biome-ignore lint/correctness/noComponentHookFactories: a page component made per route.
  const Page = (props: Props) => {
    const Component = (loaded ?? Lazy) as ComponentType<Props>;
    return <Component {...props} />;
  };
  Page.displayName = name;
  return Page;
};

/**
 * Every page's module (component tests render any route without waiting for chunks), including
 * the pages of a shell that is itself a lazy module: loads until no new page turns up.
 */
export const loadAllPages = async () => {
  let loaded = 0;
  while (loaded < loaders.length) {
    const batch = loaders.slice(loaded);
    loaded = loaders.length;
    await Promise.all(batch.map((load) => load()));
  }
};
