import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

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

// Every page test talks to msw, never the network: a request no handler answers fails the test,
// and each test starts signed out, in Chinese, with only the handlers it adds.
if (jsdom) {
  const { server } = await import('./server');
  const { clearSession } = await import('../providers/session');
  const { changeLanguage } = await import('../providers/i18n');
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(async () => {
    clearSession();
    await changeLanguage('zh-CN');
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
