// Per-page accessibility and safety checks, run against SPARKS_BASE_URL.
//
// Each entry of pages.json is a path ("/about") or { "path": ..., "status": 404 } for
// pages expected to answer with something other than 200. Every page is loaded once at
// desktop width and once at 320 px; each check is its own test so one failure does not
// hide the others and the report names exactly what broke.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ARTIFACTS, HERE, baseUrl, formatViolations, guardNetwork, launchBrowser, runAxe, slugify,
} from './lib.mjs';

const PAGES = JSON.parse(readFileSync(path.join(HERE, 'pages.json'), 'utf8'))
  .map((p) => (typeof p === 'string' ? { path: p, status: 200 } : { status: 200, ...p }));

const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };

let browser;
let base;

before(async () => {
  base = baseUrl();
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

for (const entry of PAGES) {
  describe(`page ${entry.path}`, { timeout: 120_000 }, () => {
    const slug = slugify(entry.path);
    const foreign = [];
    const consoleErrors = [];
    const pageErrors = [];
    let url;
    let context;
    let page;
    let response;

    // Watches a page for everything the "nothing leaves the site" and "no errors"
    // checks need, for both the desktop and the narrow load.
    function observe(p) {
      p.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        // A page expected to be an error page (404) makes Chromium log its own status
        // as a failed resource load; that one line is the expected outcome, not a fault.
        const own = msg.location().url === url
          && msg.text().includes(`status of ${entry.status}`);
        if (entry.status !== 200 && own) return;
        consoleErrors.push(`${msg.text()} (${msg.location().url || 'unknown source'})`);
      });
      p.on('pageerror', (err) => pageErrors.push(String(err.stack || err)));
      p.on('websocket', (ws) => {
        if (new URL(ws.url()).host !== base.host) foreign.push(ws.url());
      });
      p.on('dialog', (d) => d.dismiss().catch(() => {}));
    }

    before(async () => {
      url = new URL(entry.path, base).href;
      context = await browser.newContext({ viewport: DESKTOP });
      await guardNetwork(context, base.host, { onForeign: (u) => foreign.push(u) });
      page = await context.newPage();
      observe(page);
      response = await page.goto(url, { waitUntil: 'load' });
    });

    after(async () => {
      await context?.close();
    });

    test(`answers ${entry.status}`, () => {
      assert.ok(response, `no response for ${url}`);
      assert.equal(response.status(), entry.status, `unexpected HTTP status for ${url}`);
    });

    test('has lang on <html> and exactly one <h1>', async () => {
      const { lang, h1s } = await page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        h1s: [...document.querySelectorAll('h1')].map((h) => h.textContent.trim()),
      }));
      assert.match(lang || '', /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/,
        `<html lang> missing or not a language tag: ${JSON.stringify(lang)}`);
      assert.equal(h1s.length, 1, `expected exactly one <h1>, found ${h1s.length}: ${JSON.stringify(h1s)}`);
    });

    test('first Tab stop is the skip link, second is #quick-exit', async () => {
      const qe = await page.evaluate(() => {
        const el = document.getElementById('quick-exit');
        return el && { tag: el.tagName, href: el.getAttribute('href') };
      });
      assert.ok(qe, '#quick-exit is missing');
      assert.equal(qe.tag, 'A', '#quick-exit must be a plain <a> link so it works without JavaScript');
      let exit;
      assert.doesNotThrow(() => { exit = new URL(qe.href); }, `#quick-exit href is not an absolute URL: ${qe.href}`);
      assert.match(exit.protocol, /^https?:$/, `#quick-exit href is not a web URL: ${qe.href}`);
      assert.notEqual(exit.host, base.host, `#quick-exit must leave the site, but points at ${qe.href}`);

      // Start from a clean focus state at the top of the document.
      await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
      const focused = async () => {
        await page.keyboard.press('Tab');
        return page.evaluate(() => {
          const el = document.activeElement;
          const href = el?.getAttribute('href') || '';
          return {
            tag: el?.tagName, id: el?.id, href,
            text: (el?.textContent || '').trim().slice(0, 60),
            targetExists: href.startsWith('#') && href.length > 1
              && !!document.getElementById(decodeURIComponent(href.slice(1))),
          };
        });
      };
      const first = await focused();
      assert.ok(first.tag === 'A' && first.targetExists,
        `first Tab stop should be a skip link to an element on the page, got ${JSON.stringify(first)}`);
      const second = await focused();
      assert.equal(second.id, 'quick-exit',
        `second Tab stop should be #quick-exit, got ${JSON.stringify(second)}`);
    });

    test('axe: no WCAG 2.0/2.1 A or AA violations', async () => {
      // Leave the Tab test's focus state behind so results and screenshots do not depend on it.
      await page.evaluate(() => document.activeElement?.blur());
      const { violations } = await runAxe(page);
      assert.equal(violations.length, 0,
        `${violations.length} axe violation(s) on ${entry.path}:\n${formatViolations(violations)}`);
    });

    test('full-page screenshot saved', async () => {
      await page.screenshot({ path: path.join(ARTIFACTS, `${slug}.png`), fullPage: true });
    });

    test('no horizontal scrolling at 320 px', async () => {
      const narrow = await context.newPage();
      observe(narrow);
      await narrow.setViewportSize(NARROW);
      await narrow.goto(url, { waitUntil: 'load' });
      const { scrollWidth, culprits } = await narrow.evaluate((limit) => {
        // Name the widest offenders so the failure says what to fix.
        const describe = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '')
          + (el.classList.length ? `.${[...el.classList].join('.')}` : '');
        const wide = [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
          .slice(0, 5)
          .map((el) => `${describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`);
        return { scrollWidth: document.documentElement.scrollWidth, culprits: wide };
      }, NARROW.width);
      await narrow.screenshot({ path: path.join(ARTIFACTS, `${slug}--320.png`), fullPage: true });
      await narrow.close();
      assert.ok(scrollWidth <= NARROW.width,
        `page is ${scrollWidth}px wide at a ${NARROW.width}px viewport; overflowing: ${culprits.join(', ') || 'unknown'}`);
    });

    // These two run last so they also see whatever the checks above triggered.
    test('no request leaves the site', () => {
      assert.deepEqual(foreign, [], `requests to hosts other than ${base.host}:\n  ${foreign.join('\n  ')}`);
    });

    test('no console errors or uncaught exceptions', () => {
      assert.deepEqual(pageErrors, [], `uncaught page errors:\n  ${pageErrors.join('\n  ')}`);
      assert.deepEqual(consoleErrors, [], `console errors:\n  ${consoleErrors.join('\n  ')}`);
    });
  });
}
