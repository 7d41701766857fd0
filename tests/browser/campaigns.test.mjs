// Campaign graphics (issue #19) as a browser shows them: every generated PNG on a campaign's
// page loads at its natural size (1200×630, 1080×1080, 1080×1920, 960×240) and is not blank,
// its alt text carries the words drawn on it, and the page passes axe with them shown.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserForFile, formatViolations, guardNetwork, runAxe } from './lib.mjs';

const shared = browserForFile();

const SIZES = {
  'banner-1200x630': [1200, 630],
  'banner-1080x1080': [1080, 1080],
  'story-1080x1920': [1080, 1920],
  wordmark: [960, 240],
};

/** Every campaign graphic on the page: its format, natural size, alt, and colours drawn. */
async function graphicsOnPage() {
  const images = [...document.querySelectorAll('img.campaign-graphic')];
  const out = [];
  for (const img of images) {
    img.loading = 'eager';
    if (!img.complete) await new Promise((ok) => { img.onload = ok; img.onerror = ok; });
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length && colours.size < 3; i += 4 * 97) {
      colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    }
    const format = new URL(img.src).pathname.split('/').pop().replace('.png', '');
    out.push({ format, width: img.naturalWidth, height: img.naturalHeight, alt: img.alt, colours: colours.size });
  }
  return out;
}

for (const path of ['/campaigns/european-day-18-november?lang=pl', '/campaigns/sparks-launch']) {
  test(`the generated graphics of ${path} load at their sizes, not blank, with alt text`, async () => {
    const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await guardNetwork(context, shared.base.host);
    const page = await context.newPage();
    try {
      const response = await page.goto(new URL(path, shared.base).href, { waitUntil: 'load' });
      assert.equal(response.status(), 200);
      const slogan = (await page.locator('.lead strong').first().textContent()).trim();
      const graphics = await page.evaluate(graphicsOnPage);
      assert.equal(graphics.length, 4, 'four graphics');
      for (const g of graphics) {
        assert.deepEqual([g.width, g.height], SIZES[g.format], `${g.format} natural size`);
        assert.ok(g.colours > 1, `${g.format} is not blank`);
        assert.ok(g.alt.includes(slogan), `${g.format} alt names the slogan: ${g.alt}`);
      }
      const { violations } = await runAxe(page);
      assert.equal(violations.length, 0, formatViolations(violations));
    } finally {
      await context.close();
    }
  });
}
