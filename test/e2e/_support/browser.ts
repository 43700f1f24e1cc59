/**
 * The browser for end-to-end tests: Debian's Chromium driven by playwright-core. When
 * `/usr/bin/chromium` is missing it is installed with apt (as root), else the test fails
 * saying what to install. Every launch gets a fresh profile directory, deleted when the
 * browser closes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

/** Where Debian puts Chromium. */
export const chromiumPath = '/usr/bin/chromium';

/** How long Chromium may take to start, ms; generous because CI machines run under heavy load. */
export const launchTimeoutMs = 300_000;

/** A running browser: its context (one profile) and `close()`, which also deletes the profile. */
export interface TestBrowser {
  context: BrowserContext;
  /** The temporary profile directory (gone after `close()`). */
  profileDir: string;
  close(): Promise<void>;
}

/** Makes sure Chromium is installed; installs it with apt-get when running as root. */
export function ensureChromium(): string {
  if (existsSync(chromiumPath)) return chromiumPath;
  if (process.getuid?.() !== 0) throw new Error(`e2e: ${chromiumPath} is missing; install Debian's chromium package (sudo apt-get install -y chromium)`);
  execFileSync('apt-get', ['update'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(chromiumPath)) throw new Error(`e2e: apt-get install chromium did not provide ${chromiumPath}`);
  return chromiumPath;
}

function removeProfile(dir: string): void {
  // Chromium may still be flushing files as it exits; retries ride that out.
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

/** Launches headless Chromium with a fresh profile; `close()` when done. */
export async function launchBrowser(): Promise<TestBrowser> {
  const executablePath = ensureChromium();
  const profileDir = mkdtempSync(join(tmpdir(), 'wardtwin-e2e-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
      viewport: { width: 1280, height: 900 },
      timeout: launchTimeoutMs,
    });
  } catch (err) {
    removeProfile(profileDir);
    throw err;
  }
  return {
    context,
    profileDir,
    close: async () => {
      try {
        await context.close();
      } finally {
        removeProfile(profileDir);
      }
    },
  };
}
