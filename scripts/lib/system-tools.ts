import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { run } from './processes';

/**
 * What the browser journeys and the invoice tests need from the operating system, and the
 * Debian package that brings it. A fresh machine has Node and npm only, so `npm test` installs
 * what is missing itself (as root with apt-get), or says exactly what to run.
 */
const TOOLS = [
  { what: 'Chromium (browser journeys)', present: () => onPath('chromium'), debian: ['chromium'] },
  {
    what: 'CJK fonts (Chinese in screenshots)',
    present: () => fontListed('Noto Sans CJK'),
    // fontconfig brings fc-list, which the check above needs (not pulled in without recommends).
    debian: ['fonts-noto-cjk', 'fontconfig'],
  },
  {
    what: 'pdftotext (reads invoice PDFs back)',
    present: () => onPath('pdftotext'),
    debian: ['poppler-utils'],
  },
] as const;

function onPath(command: string) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function fontListed(family: string) {
  try {
    return execFileSync('fc-list', { encoding: 'utf8' }).includes(family);
  } catch {
    return false;
  }
}

export async function ensureSystemTools() {
  const missing = TOOLS.filter((tool) => !tool.present());
  if (missing.length === 0) return;
  const packages = missing.flatMap((tool) => tool.debian);
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(
      `missing ${missing.map((tool) => tool.what).join(', ')}: run ` +
        `\`sudo apt-get install -y --no-install-recommends ${packages.join(' ')}\` and try again`,
    );
  }
  console.log(`installing ${packages.join(', ')} (missing on this machine)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update', '-qq'], { env });
  await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
}
