// The community pages in a real browser: forms in their error state, the pages a member
// and an admin see once logged in (the admin through the TOTP step), and logging out
// everywhere. Every page gets axe (WCAG 2.0/2.1 A and AA), one <h1>, no request leaving the
// site, no console errors, and a screenshot. Needs the accounts that ./run creates; without
// them (a server started elsewhere) it says so and skips.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  ARTIFACTS, baseUrl, formatViolations, guardNetwork, launchBrowser, runAxe, slugify,
} from './lib.mjs';

const PASSWORD = process.env.SPARKS_TEST_PASSWORD;
const SECRET = process.env.SPARKS_TEST_ADMIN_SECRET;
const skip = !PASSWORD || !SECRET
  ? 'no test accounts: run through tests/browser/run, which creates them' : false;
if (skip) console.log(`community.test.mjs: skipped: ${skip}`);

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s) from a base32 secret. */
function totp(secret, unix = Date.now() / 1000) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unix / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

let browser;
let base;

before(async () => {
  if (skip) return;
  base = baseUrl();
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});

after(async () => { await browser?.close(); });

/** Checks the page as it is now. */
async function checkPage(page, name, problems, expectStatus, response) {
  if (response) assert.equal(response.status(), expectStatus, `${name}: HTTP status`);
  const h1s = await page.evaluate(() => document.querySelectorAll('h1').length);
  assert.equal(h1s, 1, `${name}: exactly one <h1>`);
  const { violations } = await runAxe(page);
  assert.equal(violations.length, 0, `${violations.length} axe violation(s) on ${name}:\n${formatViolations(violations)}`);
  await page.screenshot({ path: path.join(ARTIFACTS, `community-${slugify(name)}.png`), fullPage: true });
  assert.deepEqual(problems.foreign, [], `${name}: requests left the site`);
  assert.deepEqual(problems.errors, [], `${name}: console errors`);
}

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const problems = { foreign: [], errors: [] };
  await guardNetwork(context, base.host, { onForeign: (u) => problems.foreign.push(u) });
  const page = await context.newPage();
  page.on('console', (m) => {
    // A 422 or 403 answer is logged by Chromium as a failed load of the page itself.
    if (m.type() === 'error' && !/status of (422|403|404)/.test(m.text())) problems.errors.push(m.text());
  });
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  return { context, page, problems };
}

async function submitAndWait(page, selector = 'main form.stacked-form button[type=submit]:not([name])') {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator(selector).first().click(),
  ]);
  return response;
}

describe('forms announce their errors', { skip, timeout: 180_000 }, () => {
  for (const [name, url, fill] of [
    ['join with errors', '/join', async (p) => { await p.fill('#field-email', 'not an address'); await p.fill('#field-password', 'short'); }],
    ['login with a wrong password', '/login', async (p) => { await p.fill('#field-email', 'member@example.org'); await p.fill('#field-password', 'not the password'); }],
    ['reset with an empty address', '/reset', async () => {}],
  ]) {
    test(name, async () => {
      const { context, page, problems } = await newPage();
      await page.goto(new URL(url, base).href, { waitUntil: 'load' });
      await fill(page);
      const response = await submitAndWait(page);
      await checkPage(page, name, problems, 422, response);
      // The summary links to the fields, and each invalid field names its message.
      const summary = await page.locator('.error-summary a').count();
      assert.ok(summary > 0, `${name}: an error summary with links`);
      const described = await page.evaluate(() => [...document.querySelectorAll('[aria-invalid=true]')]
        .every((el) => (el.getAttribute('aria-describedby') || '').split(' ')
          .some((id) => id.endsWith('-error') && document.getElementById(id))));
      assert.ok(described, `${name}: every invalid field is described by its error`);
      await context.close();
    });
  }
});

/**
 * A page of a describe block, opened in its `before` hook and logged in as `email`, then
 * given to `secondStep` (the TOTP step of staff); closed in its `after` hook. Its `page`,
 * `context` and `problems` are there once the hook ran.
 */
function loggedIn(email, secondStep = async () => {}) {
  const ctx = {};
  before(async () => {
    if (skip) return;
    Object.assign(ctx, await newPage());
    const { page } = ctx;
    await page.goto(new URL('/login', base).href);
    await page.fill('#field-email', email);
    await page.fill('#field-password', PASSWORD);
    await submitAndWait(page);
    await secondStep(ctx);
  });
  after(async () => { await ctx.context?.close(); });
  return ctx;
}

/** One test a URL: `who` opens it in `ctx`, it answers 200 and passes `checkPage`. */
function eachPageAnswers(ctx, who, urls) {
  for (const url of urls) {
    test(url, async () => {
      const response = await ctx.page.goto(new URL(url, base).href, { waitUntil: 'load' });
      await checkPage(ctx.page, `${who} ${url}`, ctx.problems, 200, response);
    });
  }
}

describe('a member', { skip, timeout: 300_000 }, () => {
  const ctx = loggedIn('member@example.org');

  eachPageAnswers(ctx, 'member', ['/account', '/submit/initiative', '/submit/resource', '/submit/event', '/submit/news', '/submit/feed', '/submit/recommendation', '/submit/statistic', '/submit/helpline', '/community', '/account/delete', '/account/two-factor', '/notifications', '/account/following', '/initiatives/arica', '/pillars/prevention', '/initiatives?country=PL', '/search?q=grooming', '/recommendations/put-prevention-first-in-public-health-spending', '/campaigns/propose']);

  test('an empty proposal shows its errors', async () => {
    const { page } = ctx;
    await page.goto(new URL('/submit/initiative', base).href);
    const response = await submitAndWait(page);
    await checkPage(page, 'member proposal with errors', ctx.problems, 422, response);
  });

  test('a proposal with a preview, then sent', async () => {
    const { page } = ctx;
    await page.goto(new URL('/submit/news', base).href);
    await page.fill('#field-title', 'Browser test news');
    await page.fill('#field-body', 'Some **bold** words.');
    await page.fill('#field-published', '2026-11-20');
    await submitAndWait(page, 'button[value=preview]');
    assert.equal(await page.locator('.preview strong').textContent(), 'bold');
    await checkPage(page, 'member news preview', ctx.problems, 200, null);
    await submitAndWait(page);
    await checkPage(page, 'member proposal sent', ctx.problems, 200, null);
  });

  test('a wrong code on the second-factor enrolment shows its error', async () => {
    const { page } = ctx;
    await page.goto(new URL('/account/two-factor', base).href);
    await page.fill('#field-code', '000000');
    const response = await submitAndWait(page);
    await checkPage(page, 'member second factor with errors', ctx.problems, 422, response);
  });

  test('a discussion and its thread page', async () => {
    const { page } = ctx;
    await page.goto(new URL('/community', base).href);
    await page.fill('#field-title', 'Browser test thread');
    await page.fill('#field-body', 'What works in *prevention*?');
    await submitAndWait(page, '#new-thread + form button[type=submit]');
    assert.match(page.url(), /\/community\/threads\/\d+/);
    await checkPage(page, 'member thread', ctx.problems, 200, null);
  });

  test('a reply with a discouraged term comes back with the suggestion; keeping it sends it', async () => {
    const { page } = ctx;
    await page.goto(new URL('/community', base).href);
    await page.fill('#field-title', 'Browser wording thread');
    await page.fill('#field-body', 'Where do reports go?');
    await page.selectOption('#field-content-warning', 'survivor-testimony');
    await submitAndWait(page, '#new-thread + form button[type=submit]');
    assert.equal(await page.locator('details.content-warning').count(), 1);
    await checkPage(page, 'member thread with a content warning', ctx.problems, 200, null);
    await page.fill('#field-body', 'We counted child pornography reports.');
    const flagged = await submitAndWait(page, '#reply + form button[type=submit]');
    await checkPage(page, 'member reply with a discouraged term', ctx.problems, 422, flagged);
    await page.check('#field-body-wording');
    const kept = await submitAndWait(page, '#reply + form button[type=submit]');
    await checkPage(page, 'member reply kept as written', ctx.problems, 200, kept);
  });

  test('a member quotes a post, edits their own (with an error first) and deletes it', async () => {
    const { page } = ctx;
    await page.goto(new URL('/community', base).href);
    await page.fill('#field-title', 'Browser own posts thread');
    await page.fill('#field-body', 'A first text to *quote*.');
    await submitAndWait(page, '#new-thread + form button[type=submit]');
    const thread = page.url();
    // Quote without JavaScript: the link reloads the page with the reply filled in.
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('.post-actions a[href*="quote="]').first().click()]);
    assert.match(await page.inputValue('#field-body'), /^> \[.+ wrote:\]\(\/community\/threads\/\d+#post-\d+\)/);
    await checkPage(page, 'member thread with a quote in the reply', ctx.problems, 200, null);
    await submitAndWait(page, 'form[action$="/replies"] button[type=submit]');
    assert.ok(await page.locator('.posts blockquote').count() > 0, 'the reply shows the quote');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('.post-actions a[href$="/edit"]').first().click()]);
    await checkPage(page, 'member edit post', ctx.problems, 200, null);
    await page.fill('#field-body', '');
    const refused = await submitAndWait(page);
    await checkPage(page, 'member edit post with errors', ctx.problems, 422, refused);
    await page.fill('#field-body', 'A corrected text.');
    await submitAndWait(page);
    assert.ok(page.url().startsWith(thread));
    assert.ok((await page.locator('.posts').textContent()).includes('edited'));
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('.post-actions a[href$="/delete"]').first().click()]);
    await checkPage(page, 'member delete post', ctx.problems, 200, null);
    await submitAndWait(page);
    assert.equal(await page.locator('.post-deleted').count(), 1);
    await checkPage(page, 'member thread with a deleted post', ctx.problems, 200, null);
  });

  test('notifications: email choices saved, a private feed made and turned off', async () => {
    const { page } = ctx;
    await page.goto(new URL('/notifications', base).href);
    await page.check('#pref_reply-digest');
    await submitAndWait(page, 'form[action="/notifications/preferences"] button[type=submit]');
    assert.match(page.url(), /saved=preferences/);
    assert.equal(await page.isChecked('#pref_reply-digest'), true);
    await checkPage(page, 'member notifications, choices saved', ctx.problems, 200, null);
    await submitAndWait(page, 'form[action="/notifications/feed"] button[type=submit]');
    assert.match(await page.inputValue('#feed-url'), /\/notifications\/feed\/.+\.xml$/);
    await checkPage(page, 'member notifications, feed address shown', ctx.problems, 200, null);
    await submitAndWait(page, 'form[action="/notifications/feed/revoke"] button[type=submit]');
    await checkPage(page, 'member notifications, feed off', ctx.problems, 200, null);
    // As every other test of this run expects.
    await page.check('#pref_reply-immediate');
    await submitAndWait(page, 'form[action="/notifications/preferences"] button[type=submit]');
  });

  test('the profile is private until the member chooses to show it', async () => {
    const { page } = ctx;
    await page.goto(new URL('/account', base).href);
    await checkPage(page, 'member account, profile private', ctx.problems, 200, null);
    await page.check('#field-profile-public');
    await submitAndWait(page, 'form[action="/account"] button[type=submit]');
    const profile = page.locator('a[href^="/members/"]');
    assert.equal(await profile.count(), 1, 'the account page links the public profile');
    await page.goto(new URL(await profile.getAttribute('href'), base).href);
    await checkPage(page, 'member public profile', ctx.problems, 200, null);
    // Private again, as every other test of this run expects.
    await page.goto(new URL('/account', base).href);
    await page.uncheck('#field-profile-public');
    await submitAndWait(page, 'form[action="/account"] button[type=submit]');
  });
});

describe('an admin with TOTP', { skip, timeout: 300_000 }, () => {
  const ctx = loggedIn('admin@example.org', async ({ page, problems }) => {
    assert.match(page.url(), /\/login\/code/);
    await checkPage(page, 'admin code step', problems, 200, null);
    await page.fill('#field-code', totp(SECRET));
    await submitAndWait(page);
  });

  eachPageAnswers(ctx, 'admin', ['/admin', '/admin/moderation', '/admin/users', '/admin/audit', '/admin/review', '/admin/feeds', '/admin/links', '/admin/media', '/admin/terms', '/admin/groups', '/admin/campaigns/new', '/admin/campaigns/sparks-launch/edit', '/submit/initiative?slug=arica', '/recommendations/put-prevention-first-in-public-health-spending', '/account', '/account/two-factor', '/notifications']);

  test('a term without a word is an error in the page', async () => {
    const { page } = ctx;
    await page.goto(new URL('/admin/terms', base).href);
    await page.fill('#field-term', '*');
    await page.fill('#field-preferred', 'something');
    const response = await submitAndWait(page, '#add-term + form button[type=submit]');
    await checkPage(page, 'admin term with errors', ctx.problems, 422, response);
  });

  test('staff hide, pin, lock and move a whole thread', async () => {
    const { page } = ctx;
    await page.goto(new URL('/community', base).href);
    await page.fill('#field-title', 'Browser staff thread');
    await page.fill('#field-body', 'To be moderated.');
    await submitAndWait(page, '#new-thread + form button[type=submit]');
    const thread = page.url();
    for (const action of ['hide', 'pin', 'lock']) {
      await submitAndWait(page, `form[action$="/${action}"] button[type=submit]`);
      assert.equal(page.url(), thread);
      await checkPage(page, `admin thread after ${action}`, ctx.problems, 200, null);
    }
    await page.selectOption('#move-space', 'prevention');
    await submitAndWait(page, 'form[action$="/move"] button[type=submit]');
    await checkPage(page, 'admin thread moved', ctx.problems, 200, null);
  });

  test('staff see the earlier versions of an edited post', async () => {
    const { page } = ctx;
    await page.goto(new URL('/community', base).href);
    await page.fill('#field-title', 'Browser history thread');
    await page.fill('#field-body', 'The first version.');
    await submitAndWait(page, '#new-thread + form button[type=submit]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('.post-actions a[href$="/edit"]').first().click()]);
    await page.fill('#field-body', 'The second version.');
    await submitAndWait(page);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('.post-actions a[href$="/history"]').first().click()]);
    assert.ok((await page.locator('main').textContent()).includes('The first version.'));
    await checkPage(page, 'admin post history', ctx.problems, 200, null);
  });

  test('a feed of another initiative is refused; staff toggle a feed\'s trust', async () => {
    const { page } = ctx;
    const url = 'https://feeds.example/browser.xml';
    await page.goto(new URL('/submit/feed', base).href);
    await page.fill('#field-initiative', 'arica');
    await page.fill('#field-feed-url', url);
    await submitAndWait(page);
    assert.match(page.url(), /\/admin\/feeds$/);
    await page.goto(new URL('/submit/feed', base).href);
    await page.fill('#field-initiative', '2ps');
    await page.fill('#field-feed-url', url.replace('https://feeds.example', 'HTTPS://Feeds.Example:443'));
    const refused = await submitAndWait(page);
    await checkPage(page, 'admin feed of another initiative', ctx.problems, 422, refused);
    await page.goto(new URL('/admin/feeds', base).href);
    const response = await submitAndWait(page, 'main form.inline-form button[value="0"]');
    await checkPage(page, 'admin feed untrusted', ctx.problems, 200, response);
    assert.ok(await page.locator('main form.inline-form button[value="1"]').count() > 0);
  });

  test('an expert group: created with errors, then made; a moderator named; asked to join', async () => {
    const { page } = ctx;
    await page.goto(new URL('/admin/groups', base).href);
    await page.fill('#field-name', 'Browser test researchers');
    const refused = await submitAndWait(page);
    await checkPage(page, 'admin group with errors', ctx.problems, 422, refused);
    await page.fill('#field-group-description', 'Researchers of the browser suite.');
    await submitAndWait(page);
    assert.match(page.url(), /\/admin\/groups\/browser-test-researchers$/);
    await checkPage(page, 'admin group page', ctx.problems, 200, null);
    await page.fill('#field-email', 'member@example.org');
    await page.selectOption('#field-group-role', 'moderator');
    await submitAndWait(page, 'form[action$="/members"] button[type=submit]');
    await checkPage(page, 'admin group with a moderator', ctx.problems, 200, null);
    // The admin is no member: the group's page offers the request form.
    await page.goto(new URL('/groups/browser-test-researchers', base).href);
    const empty = await submitAndWait(page, 'form[action$="/requests"] button[type=submit]');
    await checkPage(page, 'group request with errors', ctx.problems, 422, empty);
    await page.fill('#field-statement', 'An admin of the browser suite.');
    await submitAndWait(page, 'form[action$="/requests"] button[type=submit]');
    await checkPage(page, 'group request waiting', ctx.problems, 200, null);
  });

  test('rejecting without a reason is an error in the page', async () => {
    const { page } = ctx;
    await page.goto(new URL('/admin/moderation', base).href);
    const pending = await page.locator('button[value=reject]').count();
    if (pending === 0) return; // nothing proposed in this run
    const response = await submitAndWait(page, 'button[value=reject]');
    await checkPage(page, 'admin reject without reason', ctx.problems, 422, response);
  });
});

describe('a group moderator', { skip, timeout: 180_000 }, () => {
  const ctx = loggedIn('member@example.org');

  eachPageAnswers(ctx, 'group moderator', ['/groups', '/groups/browser-test-researchers', '/groups/browser-test-researchers/requests']);

  test('a group thread, and declining without a reason', async () => {
    const { page } = ctx;
    await page.goto(new URL('/groups/browser-test-researchers', base).href);
    await page.fill('#field-title', 'Browser group thread');
    await page.fill('#field-body', 'Among *researchers*.');
    await submitAndWait(page, '#new-thread + form button[type=submit]');
    assert.match(page.url(), /\/community\/threads\/\d+/);
    await checkPage(page, 'group thread', ctx.problems, 200, null);
    await page.goto(new URL('/groups/browser-test-researchers/requests', base).href);
    const response = await submitAndWait(page, 'button[value=decline]');
    await checkPage(page, 'group decline without reason', ctx.problems, 422, response);
  });
});

// Last in this file: it ends every session of the member, those of the blocks above too.
describe('a member logging out everywhere', { skip, timeout: 120_000 }, () => {
  const ctx = loggedIn('member@example.org');

  test('the form on the account page ends the session and says so', async () => {
    const { page } = ctx;
    await page.goto(new URL('/account', base).href);
    const response = await submitAndWait(page, 'form[action="/account/logout-everywhere"] button[type=submit]');
    await checkPage(page, 'member logged out everywhere', ctx.problems, 200, response);
    await page.goto(new URL('/account', base).href, { waitUntil: 'load' });
    assert.match(page.url(), /\/login\?next=%2Faccount$/, 'the session is gone');
  });
});
