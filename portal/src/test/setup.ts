import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Component tests run in jsdom; server/ tests in node (no window) share this set-up.
if (typeof window !== 'undefined') {
  // antd's responsive helpers need matchMedia, which jsdom lacks.
  if (!window.matchMedia) {
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
  const { getComputedStyle } = window;
  window.getComputedStyle = (element: Element) => getComputedStyle(element);

  afterEach(() => {
    cleanup();
    window.localStorage.clear();
  });
}
