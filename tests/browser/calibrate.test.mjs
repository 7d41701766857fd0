// Calibration: proves the axe pipeline can fail.
//
// The GDS "world's least accessible webpage" corpus (../shared/corpora/a11y/gds-tool-audit)
// has 142 pages, each with one known barrier. Many barriers are beyond any automated
// tool, so the bar is a floor: the same axe configuration the site is held to must flag
// at least 25 of them, the count measured for axe-core 4.14.1 in Debian's Chromium (see
// ../shared/corpora/a11y/axe-baseline-gds-pages.json). A run that flags fewer is broken
// (axe not injected, wrong tags, pages not rendered...), and so would be its zero on Sparks.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { REPO_ROOT, guardNetwork, launchBrowser, runAxe } from './lib.mjs';

const MIN_FLAGGED = 25;
const CORPORA = path.resolve(REPO_ROOT, '..', 'shared', 'corpora');
const AUDIT = path.join(CORPORA, 'a11y', 'gds-tool-audit');
const BASELINE = path.join(CORPORA, 'a11y', 'axe-baseline-gds-pages.json');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml',
};

/** Serves the corpus read-only on a random loopback port (pages use ../assets paths). */
function serveCorpus(root) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const skip = existsSync(path.join(AUDIT, 'tests')) ? false : 'skipped: ../shared/corpora not found';

test(`axe flags at least ${MIN_FLAGGED} of the GDS known-bad pages`, { skip, timeout: 600_000 }, async (t) => {
  const pages = readdirSync(path.join(AUDIT, 'tests')).filter((f) => f.endsWith('.html')).sort();
  assert.ok(pages.length > 0, `no pages in ${AUDIT}/tests`);

  const server = await serveCorpus(AUDIT);
  const origin = `127.0.0.1:${server.address().port}`;
  const browser = await launchBrowser();
  const flagged = new Map();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Some pages link to external resources; none may leave the machine.
    await guardNetwork(context, origin);
    const page = await context.newPage();
    page.on('dialog', (d) => d.dismiss().catch(() => {}));
    for (const name of pages) {
      await page.goto(`http://${origin}/tests/${encodeURIComponent(name)}`, { waitUntil: 'load' });
      const { violations } = await runAxe(page);
      if (violations.length) flagged.set(name, violations.map((v) => v.id));
    }
  } finally {
    await browser.close();
    server.close();
  }

  const message = `calibration: axe flagged ${flagged.size} of ${pages.length} known-bad GDS pages (need >= ${MIN_FLAGGED})`;
  t.diagnostic(message);

  // Informational: where this run and the recorded baseline disagree.
  if (existsSync(BASELINE)) {
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
    const expected = new Set(baseline.filter((b) => b.violations.length).map((b) => b.page));
    const lost = [...expected].filter((p) => !flagged.has(p));
    const gained = [...flagged.keys()].filter((p) => !expected.has(p));
    if (lost.length) t.diagnostic(`flagged in the baseline but not now: ${lost.join(', ')}`);
    if (gained.length) t.diagnostic(`flagged now but not in the baseline: ${gained.join(', ')}`);
  }

  assert.ok(flagged.size >= MIN_FLAGGED, message);
});
