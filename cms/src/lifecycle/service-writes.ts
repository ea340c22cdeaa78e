import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Marks the writes of the lifecycle services (transition() and any that changes a state), so
 * the field guard (document-middlewares/guard-fields.ts) lets exactly them change lifecycle,
 * money and ownership fields. Async-local: it follows the awaited work and nothing else, so a
 * concurrent admin or REST request is never inside it.
 */
const writes = new AsyncLocalStorage<string>();

export const asLifecycleService = <T>(service: string, work: () => Promise<T>): Promise<T> =>
  writes.run(service, work);

/** The lifecycle service this code runs in, or undefined outside any. */
export const lifecycleService = (): string | undefined => writes.getStore();
