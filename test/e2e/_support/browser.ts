/**
 * The browser for end-to-end tests: Debian's Chromium driven by playwright-core. When
 * `/usr/bin/chromium` is missing it is installed with apt (as root), else the test fails
 * saying what to install. Every launch gets a fresh profile directory.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

/** Where Debian puts Chromium. */
export const chromiumPath = '/usr/bin/chromium';

/** Makes sure Chromium is installed; installs it with apt-get when running as root. */
export function ensureChromium(): string {
  if (existsSync(chromiumPath)) return chromiumPath;
  if (process.getuid?.() !== 0) throw new Error(`e2e: ${chromiumPath} is missing; install Debian's chromium package (sudo apt-get install -y chromium)`);
  execFileSync('apt-get', ['update'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(chromiumPath)) throw new Error(`e2e: apt-get install chromium did not provide ${chromiumPath}`);
  return chromiumPath;
}

/** Launches headless Chromium with a fresh profile; close the context when done. */
export async function launchBrowser(): Promise<BrowserContext> {
  const executablePath = ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'wardtwin-e2e-profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    viewport: { width: 1280, height: 900 },
  });
}
