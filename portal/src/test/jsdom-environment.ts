import { createRequire } from 'node:module';
import { type Environment, populateGlobal } from 'vitest/runtime';

/**
 * vitest's jsdom environment, loading `jsdom` from the portal rather than from vitest's own
 * folder: npm may leave the portal's jsdom (a portal devDependency) in
 * `portal/node_modules`, where vitest's built-in `environment: 'jsdom'` cannot find it.
 */
const require = createRequire(import.meta.url);

const environment: Environment = {
  name: 'portal-jsdom',
  viteEnvironment: 'client',
  setup(global) {
    const { JSDOM } = require('jsdom');
    const dom = new JSDOM('<!DOCTYPE html>', {
      pretendToBeVisual: true,
      url: 'http://localhost:3000',
    });
    const { keys, originals } = populateGlobal(global, dom.window, { bindFunctions: true });
    global.jsdom = dom;
    return {
      teardown(target) {
        dom.window.close();
        delete target.jsdom;
        for (const key of keys) delete target[key];
        originals.forEach((value, key) => {
          target[key] = value;
        });
      },
    };
  },
};

export default environment;
