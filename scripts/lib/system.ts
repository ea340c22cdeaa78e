import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  createDatabase,
  databaseExists,
  type Instance,
  startServer,
} from '../../database/embedded';
import { serve, stopAll, waitForUrl } from './processes';
import { cmsEnvironment, repoRoot } from './secrets';

const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name);

export interface SystemOptions {
  /** Which embedded PostgreSQL to use when DATABASE_URL is unset (tests never share `npm start`'s). */
  instance: Instance;
  /** Database name on the chosen server; ignored when DATABASE_URL names one. */
  database: string;
  /** Create it from this template database instead of empty (tests). */
  template?: string;
  cmsPort: number;
  portalPort: number;
  smtpPort: number;
  /** Start maildev (web UI on this port) — `npm start` does; tests bring their own SMTP. */
  mailWebPort?: number;
  env?: Record<string, string>;
  quiet?: boolean;
  /** Called after the system stopped because a child process died on its own. */
  onUnexpectedExit?: (name: string) => void;
}

export interface RunningSystem {
  cmsUrl: string;
  portalUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * PostgreSQL (embedded when DATABASE_URL is unset), an optional mail catcher, the cms and the
 * built portal, as child processes. Expects `npm run build` to have run.
 */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const server = await startServer(options.instance);
  // Tests copy a template onto the server; `npm start` uses the database DATABASE_URL names.
  const named =
    !options.template &&
    process.env.DATABASE_URL &&
    new URL(process.env.DATABASE_URL).pathname.length > 1;
  const databaseUrl = named ? process.env.DATABASE_URL! : `${server.url}/${options.database}`;
  if (!named && !(await databaseExists(server.url, options.database))) {
    await createDatabase(server.url, options.database, options.template);
  }
  const children: ChildProcess[] = [];
  // Rejected when a child dies: start-up stops waiting for URLs that will never answer.
  let rejectStart: (error: Error) => void = () => {};
  const died = new Promise<never>((_, reject) => {
    rejectStart = reject;
  });
  died.catch(() => {});
  let stopping = false;
  const quiet = options.quiet ?? false;
  const start = (name: string, command: string, args: string[], extra: object) => {
    const child = serve(name, command, args, extra);
    if (quiet) {
      child.stdout?.removeAllListeners('data');
      child.stderr?.removeAllListeners('data');
      const log = fs.createWriteStream(
        path.join(repoRoot, '.tmp', `${name}-${options.cmsPort}.log`),
      );
      child.stdout?.pipe(log);
      child.stderr?.pipe(log);
    }
    children.push(child);
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`[${name}] exited (${signal ?? code}); stopping the system`);
        rejectStart(new Error(`${name} exited (${signal ?? code}) while starting`));
        void stop().then(() => options.onUnexpectedExit?.(name));
      }
    });
    return child;
  };
  fs.mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
  if (options.mailWebPort) {
    start(
      'mail',
      bin('maildev'),
      [
        '--ip',
        '127.0.0.1',
        '--smtp',
        String(options.smtpPort),
        '--web',
        String(options.mailWebPort),
        '--silent',
      ],
      {},
    );
  }
  const cmsUrl = `http://127.0.0.1:${options.cmsPort}`;
  start('cms', bin('strapi'), ['start'], {
    cwd: path.join(repoRoot, 'cms'),
    env: {
      ...cmsEnvironment(),
      ...options.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(options.cmsPort),
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(options.smtpPort),
    },
  });
  // The production static server (security headers, deep links, /api to the cms), not vite preview.
  start('portal', process.execPath, [path.join(repoRoot, 'portal', 'server', 'serve.js')], {
    cwd: path.join(repoRoot, 'portal'),
    env: {
      ...process.env,
      CMS_URL: cmsUrl,
      PORTAL_PORT: String(options.portalPort),
      PORTAL_HOST: '127.0.0.1',
    },
  });
  async function stop() {
    if (stopping) return;
    stopping = true;
    await stopAll(children);
    await server.stop();
  }
  try {
    await Promise.race([waitForUrl(`${cmsUrl}/_health`), died]);
    await Promise.race([waitForUrl(`http://127.0.0.1:${options.portalPort}/`), died]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { cmsUrl, portalUrl: `http://127.0.0.1:${options.portalPort}`, databaseUrl, stop };
}
