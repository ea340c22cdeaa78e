import { inject } from 'vitest';

export interface CaughtMail {
  to: string[];
  subject: string;
  /** The text body, decoded. */
  text: string;
}

/** Waits for a mail to `to` that matches, read from the run's mail catcher (global-setup.ts). */
export async function waitForMail(
  to: string,
  matches: (mail: CaughtMail) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${inject('mailUrl')}/mails?to=${encodeURIComponent(to)}`);
    const found = ((await response.json()) as CaughtMail[]).find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching mail to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
