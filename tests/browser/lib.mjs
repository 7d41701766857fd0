// Shared helpers for the Sparks browser tests (not a test file itself).
//
// The browser is Debian's Chromium driven by playwright-core: nothing is downloaded at
// test time, and Chromium's own background traffic is switched off so that the
// "no request leaves the site" check only sees what the page asks for.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const ARTIFACTS = path.join(HERE, 'artifacts');

const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';

// The WCAG 2.0 / 2.1 A and AA rule set the spec holds every page to.
export const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

const AXE_SOURCE = readFileSync(
  path.join(HERE, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The server under test, from SPARKS_BASE_URL (normally set by ./run). */
export function baseUrl() {
  const raw = process.env.SPARKS_BASE_URL;
  if (!raw) {
    throw new Error('SPARKS_BASE_URL is not set: run tests/browser/run, which starts the server, '
      + 'or point SPARKS_BASE_URL at a running one (e.g. http://127.0.0.1:18080)');
  }
  return new URL(raw);
}

/**
 * The browser and the server under test of one test file: the browser is launched in a
 * `before` hook and closed in an `after` hook. Read `.browser` and `.base` inside tests.
 */
export function browserForFile() {
  const shared = { browser: undefined, base: undefined };
  before(async () => {
    shared.base = baseUrl();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
  });
  return shared;
}

/**
 * Injects axe-core and runs it.
 *
 * The script is evaluated over the DevTools protocol rather than added as a <script>
 * tag: DevTools evaluation is exempt from the page's Content-Security-Policy, so the
 * app's strict CSP keeps being enforced during the test. (bypassCSP would also make
 * injection work, but it would hide CSP breakage such as an inline script that only
 * runs in the tests.)
 */
export async function runAxe(page, options = AXE_OPTIONS) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) {
    await page.evaluate(AXE_SOURCE);
  }
  return page.evaluate((opts) => window.axe.run(document, opts), options);
}

/** One readable block per violated rule: id, impact, help, URL, and the offending nodes. */
export function formatViolations(violations) {
  return violations.map((v) => {
    const nodes = v.nodes.map((n) => {
      const summary = (n.failureSummary || '').split('\n').slice(1, 3).join(' ').trim();
      return `    - ${n.target.join(' ')}${summary ? `  (${summary})` : ''}`;
    });
    return `  [${v.id}] (${v.impact}) ${v.help}\n    ${v.helpUrl}\n${nodes.join('\n')}`;
  }).join('\n');
}

/** "/initiatives?pillar=prevention&country=PL" -> "initiatives-pillar-prevention-country-pl". */
export function slugify(pagePath) {
  const slug = pagePath.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'home';
}

/**
 * Blocks every request to a host other than `allowedHost`, so a failing test never
 * leaks traffic off the machine, and records what was attempted. `allow` can let
 * specific extra URLs through (e.g. a fulfilled stand-in for the quick-exit site).
 */
export async function guardNetwork(context, allowedHost, { onForeign, allow } = {}) {
  await context.route(() => true, async (route) => {
    const url = new URL(route.request().url());
    if (allow && (await allow(route, url))) return;
    if (url.host === allowedHost || !/^(https?|wss?):$/.test(url.protocol)) {
      return route.continue();
    }
    onForeign?.(url.href);
    return route.abort('blockedbyclient');
  });
}

/** Tiny local page served in place of the neutral quick-exit site. */
export function fulfilExitSite(route) {
  return route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="en"><title>Neutral</title><h1>Neutral site</h1></html>',
  });
}
