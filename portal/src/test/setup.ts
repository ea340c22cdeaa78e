import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Component tests run in jsdom; server/ tests in node (no window) share this set-up.
const jsdom = typeof window !== 'undefined';

// antd's responsive helpers need matchMedia, which jsdom lacks.
if (jsdom && !window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

// antd measures scrollbars via getComputedStyle on pseudo-elements, which jsdom logs as unimplemented.
if (jsdom) {
  const { getComputedStyle } = window;
  window.getComputedStyle = (element: Element) => getComputedStyle(element);
}

afterEach(() => {
  cleanup();
  if (jsdom) window.localStorage.clear();
});
