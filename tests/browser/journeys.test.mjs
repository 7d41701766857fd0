// Keyboard-only journeys through the main paths of the site: every Tab stop shows a visible
// focus indicator, focus never gets stuck (no trap) and reaches the footer, and the main
// tasks (search, filter, open a profile, switch language) can be done with the keyboard.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserForFile, guardNetwork } from './lib.mjs';

const shared = browserForFile();

async function newPage() {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await guardNetwork(context, shared.base.host);
  return { context, page: await context.newPage() };
}

/** What the focused element looks like: enough to tell whether focus is visible. */
function describeFocus() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return {
    key: `${el.tagName}#${el.id}.${el.className}|${el.getAttribute('href') || el.getAttribute('name') || el.textContent.trim().slice(0, 40)}`,
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    boxShadow: style.boxShadow !== 'none',
    inFooter: !!el.closest('footer'),
    size: r.width > 0 && r.height > 0,
  };
}

for (const path of ['/', '/initiatives?pillar=prevention', '/initiatives/arica', '/help?lang=de']) {
  test(`Tab through ${path}: visible focus at every stop, no trap, reaches the footer`, async () => {
    const { context, page } = await newPage();
    try {
      await page.goto(new URL(path, shared.base).href, { waitUntil: 'load' });
      const seen = new Set();
      let reachedFooter = false;
      let repeats = 0;
      let previous = null;
      for (let i = 0; i < 400 && !reachedFooter; i += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(describeFocus);
        if (!focus) continue;
        assert.ok(focus.size, `focused element has no size: ${focus.key}`);
        assert.ok(focus.outline || focus.boxShadow, `no visible focus indicator on ${focus.key}`);
        repeats = focus.key === previous ? repeats + 1 : 0;
        assert.ok(repeats < 3, `focus is stuck on ${focus.key}`);
        previous = focus.key;
        seen.add(focus.key);
        reachedFooter = focus.inFooter;
      }
      assert.ok(reachedFooter, `Tab never reached the footer (${seen.size} stops)`);
      // And back: Shift+Tab leaves the footer too.
      await page.keyboard.press('Shift+Tab');
      const back = await page.evaluate(describeFocus);
      assert.ok(back && back.outline, 'Shift+Tab moves focus back visibly');
    } finally {
      await context.close();
    }
  });
}

test('search, filter and open a profile with the keyboard only', async () => {
  const { context, page } = await newPage();
  try {
    await page.goto(new URL('/', shared.base).href, { waitUntil: 'load' });
    // Tab to the search box, as a keyboard user would.
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'home-q')) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'home-q', 'the search box is reachable');
    await page.keyboard.type('grooming');
    await Promise.all([page.waitForURL(/\/initiatives\?q=grooming/), page.keyboard.press('Enter')]);
    const summary = await page.textContent('.result-summary');
    assert.match(summary, /\d+ initiatives? match/);

    // Tab to the first facet link for a pillar and follow it.
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href') || '');
      if (href.includes('pillar=')) break;
    }
    await Promise.all([page.waitForURL(/pillar=/), page.keyboard.press('Enter')]);
    assert.match(page.url(), /q=grooming/, 'the text filter is kept');

    // Tab to the first result and open it.
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const inCard = await page.evaluate(() => !!document.activeElement?.closest('.card'));
      if (inCard) break;
    }
    await Promise.all([page.waitForURL(/\/initiatives\/[a-z0-9-]+$/), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('h1').count(), 1);
  } finally {
    await context.close();
  }
});

test('switch the language with the keyboard, and it stays while browsing', async () => {
  const { context, page } = await newPage();
  try {
    await page.goto(new URL('/', shared.base).href, { waitUntil: 'load' });
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('hreflang') === 'pl')) break;
    }
    await Promise.all([page.waitForURL(/lang=pl/), page.keyboard.press('Enter')]);
    assert.equal(await page.getAttribute('html', 'lang'), 'pl');
    await Promise.all([page.waitForURL(/\/initiatives/), page.click('nav[aria-label] a[href^="/initiatives"]')]);
    assert.equal(await page.getAttribute('html', 'lang'), 'pl', 'the language holds on the next page');
  } finally {
    await context.close();
  }
});
