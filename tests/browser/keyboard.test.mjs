// Keyboard and quick-exit journeys, run against SPARKS_BASE_URL.
//
// The quick-exit site is never really contacted: its URL is fulfilled locally with a
// tiny page, and every other off-site request is blocked.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserForFile, fulfilExitSite, guardNetwork } from './lib.mjs';

const shared = browserForFile();

/**
 * A context whose off-site requests are blocked, except the quick-exit link's own URL
 * (learned from the page once loaded), which gets a local stand-in page.
 */
async function exitContext(options = {}) {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const state = { exitUrl: null, foreign: [] };
  await guardNetwork(context, shared.base.host, {
    onForeign: (u) => state.foreign.push(u),
    allow: (route, url) => {
      if (!state.exitUrl || url.href !== state.exitUrl) return false;
      return fulfilExitSite(route).then(() => true);
    },
  });
  return { context, state };
}

test('skip link: first Tab stop, visible when focused, Enter moves to #main', async () => {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await guardNetwork(context, shared.base.host);
    const page = await context.newPage();
    await page.goto(new URL('/', shared.base).href, { waitUntil: 'load' });

    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      // Hit-testing the centre catches "visible" links that are clipped, covered or
      // transparent to the pointer, which a bounding box alone would miss.
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const style = getComputedStyle(el);
      return {
        tag: el.tagName,
        href: el.getAttribute('href'),
        text: el.textContent.trim(),
        box: { x: r.left, y: r.top, width: r.width, height: r.height },
        viewport: { width: window.innerWidth, height: window.innerHeight },
        onTop: !!hit && (hit === el || el.contains(hit)),
        opacity: Number(style.opacity),
        visibility: style.visibility,
      };
    });
    assert.equal(skip.tag, 'A', `first Tab stop is not a link: ${JSON.stringify(skip)}`);
    assert.equal(skip.href, '#main', `first Tab stop should be the skip link to #main: ${JSON.stringify(skip)}`);

    const { box, viewport } = skip;
    assert.ok(box.width > 1 && box.height > 1, `focused skip link has no visible size: ${JSON.stringify(box)}`);
    assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width
      && box.y + box.height <= viewport.height,
    `focused skip link is not inside the viewport: ${JSON.stringify(skip)}`);
    assert.ok(skip.onTop && skip.opacity > 0 && skip.visibility === 'visible',
      `focused skip link is hidden, clipped or covered: ${JSON.stringify(skip)}`);

    await page.keyboard.press('Enter');
    const after1 = await page.evaluate(() => {
      const main = document.getElementById('main');
      return {
        hash: location.hash,
        mainExists: !!main,
        focusInMain: !!main && main.contains(document.activeElement),
      };
    });
    assert.ok(after1.mainExists, '#main is missing');
    assert.equal(after1.hash, '#main', 'Enter on the skip link did not navigate to #main');
    if (!after1.focusInMain) {
      // Without tabindex="-1" on <main> focus stays on the link, but browsers still move
      // the sequential-focus starting point to the target: the next Tab must land in or
      // after <main>, never back in the header.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => {
        const main = document.getElementById('main');
        const el = document.activeElement;
        const pos = main.compareDocumentPosition(el);
        return {
          tag: el.tagName, id: el.id, text: el.textContent.trim().slice(0, 60),
          pastMain: el === main || !!(pos & Node.DOCUMENT_POSITION_CONTAINED_BY)
            || (!!(pos & Node.DOCUMENT_POSITION_FOLLOWING) && !main.contains(el)),
        };
      });
      assert.ok(next.pastMain, `after the skip link, Tab went back before #main: ${JSON.stringify(next)}`);
    }
  } finally {
    await context.close();
  }
});

/**
 * Opens `path` in a fresh context that lets the quick-exit URL through (to a local stand-in)
 * and returns the page, that URL, and the history length before leaving.
 */
async function openForExit(path, options) {
  const { context, state } = await exitContext(options);
  const page = await context.newPage();
  const start = new URL(path, shared.base).href;
  await page.goto(start, { waitUntil: 'load' });
  const href = await page.locator('#quick-exit').getAttribute('href');
  assert.ok(href, '#quick-exit has no href');
  state.exitUrl = new URL(href, start).href;
  assert.notEqual(new URL(state.exitUrl).host, shared.base.host, `#quick-exit must point off-site, got ${href}`);
  return { context, state, page, start };
}

/**
 * Runs `act` and expects it to leave for the quick-exit URL with location.replace(): the
 * history does not grow, and Back does not return to the site.
 */
async function expectExitReplacing(page, state, act, what) {
  const lengthBefore = await page.evaluate(() => history.length);
  await Promise.all([
    page.waitForURL(state.exitUrl, { timeout: 5000 }).catch(() => {
      throw new Error(`${what} did not navigate to the quick-exit URL ${state.exitUrl}; page is at ${page.url()}`);
    }),
    act(),
  ]);
  const lengthAfter = await page.evaluate(() => history.length);
  assert.equal(lengthAfter, lengthBefore,
    `history grew on quick exit (${what}): the Sparks page is still in history (use location.replace)`);
  await page.goBack({ waitUntil: 'load', timeout: 5000 }).catch(() => null);
  assert.notEqual(new URL(page.url()).host, shared.base.host,
    `going Back after quick exit (${what}) returned to the site: ${page.url()}`);
  assert.deepEqual(state.foreign, [], `unexpected off-site requests: ${state.foreign.join(', ')}`);
}

/** Whether the page stays on `start` for `ms` milliseconds (no navigation began). */
async function staysOn(page, start, ms) {
  const left = await page.waitForURL((u) => u.href !== start, { timeout: ms }).then(() => true, () => false);
  return !left && page.url() === start;
}

test('quick exit with JavaScript: Shift three times leaves, even from a text field, and replaces the history entry', async () => {
  for (const [where, focus] of [['the page', null], ['a textarea being typed in', '#similar-summary']]) {
    const { context, state, page } = await openForExit('/initiatives/similar');
    try {
      if (focus) {
        await page.locator(focus).click();
        await page.keyboard.type('A Reply Being Written');
      }
      await expectExitReplacing(page, state, async () => {
        for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
      }, `Shift x3 from ${where}`);
    } finally {
      await context.close();
    }
  }
});

test('quick exit: two Shift presses, a pause, then one more does not leave', async () => {
  const { context, state, page, start } = await openForExit('/about');
  try {
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    // Longer than the 1.5 s the three presses must fit in.
    await page.waitForTimeout(2000);
    await page.keyboard.press('Shift');
    assert.ok(await staysOn(page, start, 1500),
      `Shift, Shift, a pause, Shift left the page (for ${page.url()}): the presses must be quick`);
    // Capitals typed with Shift held are not presses of Shift alone.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+A');
    assert.ok(await staysOn(page, start, 1000), `typing capitals left the page (for ${page.url()})`);
    assert.deepEqual(state.foreign, [], `unexpected off-site requests: ${state.foreign.join(', ')}`);
  } finally {
    await context.close();
  }
});

/** The live region's text once it has settled (a polite region is read when it changes). */
async function statusText(page, expected, what) {
  const region = page.locator('#quick-exit-status');
  await page.waitForFunction(
    (want) => (document.getElementById('quick-exit-status')?.textContent || '').trim() === want,
    expected, { timeout: 3000 },
  ).catch(async () => {
    throw new Error(`${what}: #quick-exit-status says ${JSON.stringify(await region.textContent())}, expected ${JSON.stringify(expected)}`);
  });
}

test('quick exit: each Shift press is announced to screen readers, in the page\'s language', async () => {
  // GOV.UK "Exit this page": "Shift, press 2 more times to exit", then "1 more time".
  const languages = [
    ['en', 'Shift, press 2 more times to exit.', 'Shift, press 1 more time to exit.'],
    ['de', 'Umschalttaste noch zweimal drücken, um die Seite zu verlassen.',
      'Umschalttaste noch einmal drücken, um die Seite zu verlassen.'],
    ['fr', 'Maj : appuyez encore 2 fois pour quitter.', 'Maj : appuyez encore une fois pour quitter.'],
    ['es', 'Mayús: pulse 2 veces más para salir.', 'Mayús: pulse 1 vez más para salir.'],
    ['pl', 'Shift: naciśnij jeszcze 2 razy, aby wyjść.', 'Shift: naciśnij jeszcze raz, aby wyjść.'],
  ];
  for (const [lang, two, one] of languages) {
    const { context, state, page, start } = await openForExit(`/about?lang=${lang}`);
    try {
      const region = page.locator('#quick-exit-status');
      assert.equal(await region.getAttribute('role'), 'status', `${lang}: the region has no role=status`);
      assert.equal(await region.getAttribute('aria-live'), 'polite', `${lang}: the region is not aria-live=polite`);
      await statusText(page, '', `${lang}, before any press`);

      await page.keyboard.press('Shift');
      await statusText(page, two, `${lang}, after one Shift`);
      await page.keyboard.press('Shift');
      await statusText(page, one, `${lang}, after two Shifts`);
      // Another key starts the count over, and the region says nothing again.
      await page.keyboard.press('a');
      await statusText(page, '', `${lang}, after Shift, Shift, a`);

      // A count that lapses (1.5 s) is not left standing either.
      await page.keyboard.press('Shift');
      await statusText(page, two, `${lang}, after one Shift again`);
      await page.waitForTimeout(2000);
      await statusText(page, '', `${lang}, after the count lapsed`);
      assert.ok(await staysOn(page, start, 200), `${lang}: the page was left without three presses`);
      assert.deepEqual(state.foreign, [], `unexpected off-site requests: ${state.foreign.join(', ')}`);
    } finally {
      await context.close();
    }
  }
});

test('quick exit: Escape in a textarea keeps the page and the text; Escape elsewhere leaves', async () => {
  const { context, state, page, start } = await openForExit('/initiatives/similar');
  try {
    const text = 'A reply being written that must not be lost';
    const box = page.locator('#similar-summary');
    await box.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Escape');
    assert.ok(await staysOn(page, start, 1500), `Escape in a textarea left the page (for ${page.url()})`);
    assert.equal(await box.inputValue(), text, 'the text typed in the textarea was lost');

    // Outside a field Escape still leaves, as the help page says.
    await page.evaluate(() => document.activeElement.blur());
    await expectExitReplacing(page, state, () => page.keyboard.press('Escape'), 'Escape outside a field');
  } finally {
    await context.close();
  }
});

test('quick exit: the link goes where the server was told (SPARKS_QUICK_EXIT_URL)', {
  skip: !process.env.SPARKS_QUICK_EXIT_URL && 'SPARKS_QUICK_EXIT_URL is not set (tests/browser/run sets it)',
}, async () => {
  const { context, page } = await openForExit('/help');
  try {
    const href = await page.locator('#quick-exit').getAttribute('href');
    assert.equal(href, process.env.SPARKS_QUICK_EXIT_URL,
      '#quick-exit does not lead to the configured SPARKS_QUICK_EXIT_URL');
  } finally {
    await context.close();
  }
});

test('quick exit without JavaScript: the link itself leaves the site', async () => {
  const { context, state } = await exitContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const start = new URL('/about', shared.base).href;
    await page.goto(start, { waitUntil: 'load' });
    const link = page.locator('#quick-exit');
    const href = await link.getAttribute('href');
    assert.ok(href, '#quick-exit has no href');
    state.exitUrl = new URL(href, start).href;
    assert.notEqual(new URL(state.exitUrl).host, shared.base.host, `#quick-exit must point off-site, got ${href}`);

    await Promise.all([
      page.waitForURL(state.exitUrl, { timeout: 5000 }).catch(() => {
        throw new Error(`clicking #quick-exit without JavaScript did not reach ${state.exitUrl}; page is at ${page.url()}`);
      }),
      link.click(),
    ]);
    assert.match(await page.title(), /Neutral/, 'did not land on the (stand-in) quick-exit page');
    assert.deepEqual(state.foreign, [], `unexpected off-site requests: ${state.foreign.join(', ')}`);
  } finally {
    await context.close();
  }
});
