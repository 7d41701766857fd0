// The compact header on a phone (issue #19): at 390×844 every page's <h1> starts within the
// top 300 px (the header no longer fills the first screen), the site's name, the quick exit,
// the search link and the menu button are in view, and the menu, a <details> that needs no
// script, opens from the keyboard and its links are reachable with Tab. At desktop width
// the menu is shown open and its button hidden.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, HERE, browserForFile, guardNetwork, slugify } from './lib.mjs';

const shared = browserForFile();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const H1_LIMIT = 300;

// Every page of pages.json that answers 200 (error pages share the same frame).
const PAGES = JSON.parse(readFileSync(path.join(HERE, 'pages.json'), 'utf8'))
  .map((p) => (typeof p === 'string' ? { path: p, status: 200 } : { status: 200, ...p }))
  .filter((p) => p.status === 200);

async function phonePage(withScript = true) {
  const context = await shared.browser.newContext({ viewport: PHONE, javaScriptEnabled: withScript });
  await guardNetwork(context, shared.base.host);
  const page = await context.newPage();
  return { context, page };
}

describe('phone: the h1 starts within the top 300 px', { timeout: 600_000 }, () => {
  for (const entry of PAGES) {
    test(entry.path, async () => {
      const { context, page } = await phonePage();
      try {
        await page.goto(new URL(entry.path, shared.base).href, { waitUntil: 'load' });
        const top = await page.evaluate(() => {
          const h1 = document.querySelector('h1');
          return h1 ? h1.getBoundingClientRect().top + window.scrollY : null;
        });
        assert.notEqual(top, null, `${entry.path}: no h1`);
        assert.ok(top <= H1_LIMIT, `${entry.path}: the h1 starts at ${Math.round(top)} px (limit ${H1_LIMIT})`);
      } finally {
        await context.close();
      }
    });
  }
});

test('phone: name, quick exit, search and menu button in view; menu folded', async () => {
  const { context, page } = await phonePage();
  try {
    await page.goto(new URL('/', shared.base).href, { waitUntil: 'load' });
    for (const sel of ['.brand-name', '#quick-exit', '.search-jump', '.site-menu > summary']) {
      const box = await page.locator(sel).boundingBox();
      assert.ok(box && box.width > 0 && box.y >= 0 && box.y + box.height <= PHONE.height,
        `${sel} is not in the first screen: ${JSON.stringify(box)}`);
    }
    assert.equal(await page.locator('.site-menu .nav').isVisible(), false, 'the menu starts folded');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `mobile-${slugify('/')}-closed.png`) });
    // The search link leads to the search page, one tap.
    await page.locator('.search-jump').click();
    await page.waitForURL(/\/search/);
    assert.ok(await page.locator('#main input[type="search"]').first().isVisible(), 'the search page has its box');
  } finally {
    await context.close();
  }
});

for (const withScript of [true, false]) {
  test(`phone: the menu opens from the keyboard and its links take Tab (JavaScript ${withScript ? 'on' : 'off'})`, async () => {
    const { context, page } = await phonePage(withScript);
    try {
      await page.goto(new URL('/about', shared.base).href, { waitUntil: 'load' });
      // Tab order: skip link, quick exit, the site's name, search, then the menu button.
      const order = [];
      for (let i = 0; i < 5; i += 1) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => {
          const el = document.activeElement;
          return el.id || el.className || el.tagName;
        }));
      }
      assert.deepEqual(order, ['skip-link', 'quick-exit', 'brand', 'search-jump', 'SUMMARY'],
        `unexpected Tab order: ${order.join(', ')}`);
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('.site-menu').getAttribute('open'), '', 'Enter opens the menu');
      assert.ok(await page.locator('.site-menu .nav').isVisible(), 'the navigation shows once opened');
      // The next Tab stops are the menu's links, in order, each visible.
      const links = await page.locator('.site-menu .nav a').count();
      assert.ok(links >= 10, `only ${links} links in the menu`);
      for (let i = 0; i < links; i += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          const r = el.getBoundingClientRect();
          return { inNav: !!el.closest('.site-menu .nav'), visible: r.width > 0 && r.height > 0, text: el.textContent };
        });
        assert.ok(focused.inNav && focused.visible, `Tab ${i + 1} after opening: ${JSON.stringify(focused)}`);
      }
      if (withScript) {
        await page.screenshot({ path: path.join(ARTIFACTS, `mobile-${slugify('/about')}-open.png`) });
      }
      // The menu's entry for this page leads somewhere real.
      await page.locator('.site-menu .nav a[href="/help"]').click();
      await page.waitForURL(/\/help$/);
    } finally {
      await context.close();
    }
  });
}

test('desktop: the menu is shown open and its button hidden', async () => {
  const context = await shared.browser.newContext({ viewport: DESKTOP });
  try {
    await guardNetwork(context, shared.base.host);
    const page = await context.newPage();
    await page.goto(new URL('/', shared.base).href, { waitUntil: 'load' });
    assert.ok(await page.locator('.site-menu .nav').isVisible(), 'the navigation is visible');
    assert.ok(await page.locator('#site-search-q').isVisible(), 'the search box is visible');
    assert.equal(await page.locator('.site-menu > summary').isVisible(), false, 'no menu button');
    assert.equal(await page.locator('.search-jump').isVisible(), false, 'no separate search link');
    // Tab from the quick exit reaches the site's name, then the first menu entry.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const fourth = await page.evaluate(() => document.activeElement.closest('.site-menu .nav') !== null);
    assert.ok(fourth, 'the fourth Tab stop is the first menu entry');
    await page.screenshot({ path: path.join(ARTIFACTS, 'desktop-home-header.png') });
  } finally {
    await context.close();
  }
});
