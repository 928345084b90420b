// Loads MediaReview's HTML report in Chromium, as a fact-checker would, and checks it against the JSON report
// of the same run: one highlight per finding holding the flagged text, a pop-up with the message on hover, click
// and keyboard focus, the severity filters, the list's links, no network request and no console error.
//
//   node check-html-report.mjs --html report.html --json report.json [--screenshot shot.png] [--chromium /usr/bin/chromium]
//
// Exits 0 when every check passes, 1 with one line per failure otherwise (2 for bad arguments).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const args = parseArgs(process.argv.slice(2));
const failures = [];
const fail = (message) => { failures.push(message); console.error(`FAIL: ${message}`); };
const pass = (message) => console.log(`ok: ${message}`);
const check = (condition, ok, bad) => (condition ? pass(ok) : fail(bad));

function parseArgs(argv) {
  const out = { screenshot: '/tmp/mediareview-html-report.png', chromium: '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!['html', 'json', 'screenshot', 'chromium'].includes(key) || i + 1 >= argv.length) {
      console.error(`usage: node check-html-report.mjs --html report.html --json report.json [--screenshot shot.png] [--chromium path]\n(unexpected argument: ${argv[i]})`);
      process.exit(2);
    }
    out[key] = argv[++i];
  }
  if (!out.html || !out.json) {
    console.error('usage: node check-html-report.mjs --html report.html --json report.json [--screenshot shot.png]');
    process.exit(2);
  }
  return out;
}

/** How a span reads once wrapped: runs of white space as one space, ends trimmed. */
const collapse = (s) => s.replace(/\s+/g, ' ').trim();

const json = JSON.parse(readFileSync(args.json, 'utf8'));
// The HTML report names drafts d1, d2, … and findings d1-f1, d1-f2, … in the order of the JSON report.
const findings = json.files.flatMap((file, f) => file.findings.map((finding, i) => ({ ...finding, key: `d${f + 1}-f${i + 1}` })));
if (findings.length === 0) {
  console.error('FAIL: the JSON report has no findings: nothing to check the highlights against');
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath: args.chromium,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, javaScriptEnabled: true });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const url = pathToFileURL(args.html).href;
  const requests = [];
  const consoleErrors = [];
  page.on('request', (request) => { if (request.url() !== url) requests.push(request.url()); });
  page.on('websocket', (ws) => requests.push(ws.url()));
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));

  await page.goto(url, { waitUntil: 'load' });

  try {
    await interact(page);
  } catch (error) {
    fail(`the check stopped: ${String(error.message ?? error).split('\n')[0]}`);
  }
  check(requests.length === 0, 'the page made no network request', `the page made requests: ${requests.join(', ')}`);
  check(consoleErrors.length === 0, 'the console logged no error', `console errors: ${consoleErrors.join(' | ')}`);
  await context.close();
} catch (error) {
  fail(`the browser could not be driven: ${error.stack ?? error}`);
} finally {
  await browser.close();
}

if (failures.length) {
  console.error(`\n${failures.length} check(s) failed for ${args.html}`);
  process.exit(1);
}
console.log(`\nall checks passed for ${args.html} (${findings.length} findings)`);

async function interact(page) {
  // One highlight per finding, holding exactly the flagged text.
  const marks = await page.$$eval('mark.hl', (els) => els.map((el) => ({ f: el.getAttribute('data-f').split(' '), text: el.textContent })));
  check(marks.length === findings.length, `${marks.length} highlights for ${findings.length} findings`,
    `${marks.length} highlight elements (mark.hl) for ${findings.length} findings in the JSON report`);
  const before = failures.length;
  for (const finding of findings) {
    const pieces = marks.filter((m) => m.f.includes(finding.key));
    const shown = collapse(pieces.map((m) => m.text).join(''));
    if (pieces.length === 0) fail(`${finding.key} (${finding.id} at ${finding.span.startLine}:${finding.span.startColumn}) has no highlight`);
    else if (shown !== collapse(finding.text)) fail(`${finding.key} (${finding.id}) highlights "${shown}", the JSON report flags "${collapse(finding.text)}"`);
  }
  if (failures.length === before) pass('each highlight holds its finding\'s flagged text');

  // The script ran (the filters are shown only by it; a wrong CSP hash would have stopped it).
  if (!(await page.locator('nav.toolbar').isVisible())) {
    fail('the filter bar is still hidden: the page\'s script did not run (blocked by its Content-Security-Policy?)');
    await page.screenshot({ path: args.screenshot, fullPage: true });
    return;
  }
  pass('the script ran: the filters are shown');

  const popup = page.locator('#pop');
  const mark = (finding) => page.locator(`mark.hl[data-f~="${finding.key}"]`).first();

  // Hover shows the pop-up with the message; leaving hides it.
  const first = findings[0];
  await mark(first).hover();
  await popup.waitFor({ state: 'visible', timeout: 2000 }).catch(() => {});
  check(await popup.isVisible() && (await popup.textContent()).includes(first.message),
    `hovering ${first.id} shows its message`, `hovering the highlight of ${first.id} does not show its message "${first.message}"`);
  const popupText = await popup.textContent();
  check(popupText.includes(first.id) && popupText.includes(first.title), 'the pop-up names the rule and its title',
    `the pop-up does not show the rule ID ${first.id} and title "${first.title}"`);
  if (first.suggestion) {
    check(popupText.includes(first.suggestion), 'the pop-up shows the suggested correction', `the pop-up lacks the suggestion "${first.suggestion}"`);
  }
  await page.mouse.move(2, 2);
  await page.waitForTimeout(400);
  check(!(await popup.isVisible()), 'moving the mouse away hides the pop-up', 'the pop-up stays open after the mouse left the highlight');

  // A click pins it: it stays when the mouse moves away.
  const last = findings[findings.length - 1];
  await mark(last).click();
  await page.mouse.move(2, 2);
  await page.waitForTimeout(400);
  check(await popup.isVisible() && (await popup.textContent()).includes(last.message),
    `clicking ${last.id} shows its message and keeps it open`, `clicking the highlight of ${last.id} does not keep its message "${last.message}" shown`);
  await page.keyboard.press('Escape');
  check(!(await popup.isVisible()), 'Escape closes the pop-up', 'Escape does not close the pop-up');

  // Keyboard: Tab reaches the highlights, and focus shows the pop-up.
  const second = findings[Math.min(1, findings.length - 1)];
  await mark(second).focus();
  check(await popup.isVisible() && (await popup.textContent()).includes(second.message),
    `keyboard focus on ${second.id} shows its message`, `focusing the highlight of ${second.id} does not show its message`);
  const tabbable = await page.$$eval('mark.hl', (els) => els.every((el) => el.tabIndex === 0));
  check(tabbable, 'every highlight is in the tab order', 'some highlight is not focusable (tabindex)');
  await page.keyboard.press('Escape');

  // The list's entries jump to their highlight.
  await page.locator(`li#${last.key} a.loc`).click();
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-f') ?? '');
  check(focused.split(' ').includes(last.key) && await popup.isVisible(),
    `the list entry of ${last.id} jumps to its highlight`, `clicking the list entry of ${last.id} does not focus its highlight`);
  await page.keyboard.press('Escape');

  // Unticking "error" turns the error highlights into plain text and hides their list entries.
  const errors = findings.filter((f) => f.severity === 'error' && !f.suppression);
  const others = findings.filter((f) => !(f.severity === 'error' && !f.suppression));
  await page.locator('input[data-kind="error"]').uncheck();
  const state = await page.$$eval('mark.hl', (els) => els.map((el) => ({
    f: el.getAttribute('data-f').split(' '),
    off: el.classList.contains('off'),
    background: getComputedStyle(el).backgroundColor,
    tabIndex: el.tabIndex,
  })));
  const plain = (s) => s.off && (s.background === 'rgba(0, 0, 0, 0)' || s.background === 'transparent') && s.tabIndex === -1;
  const stillShown = errors.filter((f) => !state.filter((s) => s.f.includes(f.key)).every(plain));
  check(errors.length > 0 && stillShown.length === 0, `unticking "error" turns the ${errors.length} error highlights into plain text`,
    errors.length === 0 ? 'the sample has no error to filter' : `error highlights still shown after unticking "error": ${stillShown.map((f) => f.key).join(', ')}`);
  const hiddenOthers = others.filter((f) => state.filter((s) => s.f.includes(f.key)).some(plain));
  check(hiddenOthers.length === 0, 'the other highlights stay', `unticking "error" also hid ${hiddenOthers.map((f) => `${f.key} (${f.severity})`).join(', ')}`);
  const listShown = await page.$$eval('ol.findings li.fi', (els) => els.filter((el) => el.offsetParent !== null).map((el) => el.id));
  const listErrors = listShown.filter((id) => errors.some((f) => f.key === id));
  check(listErrors.length === 0 && listShown.length === others.length, 'the list shows only the findings left',
    `with "error" unticked the list shows ${listShown.length} entries (${listErrors.length} errors) instead of ${others.length}`);
  await mark(errors[0] ?? first).hover({ force: true });
  await page.waitForTimeout(300);
  check(!(await popup.isVisible()) || !(await popup.textContent()).includes((errors[0] ?? first).message),
    'a hidden highlight shows no pop-up', 'hovering a filtered-out highlight still shows its pop-up');
  await page.locator('input[data-kind="error"]').check();
  const restored = await page.$$eval('mark.hl.off', (els) => els.length);
  check(restored === 0, 'ticking "error" again restores the highlights', `${restored} highlights stay plain after ticking "error" again`);

  // A screenshot with one pop-up open, for a person to look at.
  await page.mouse.move(2, 2);
  await page.evaluate(() => window.scrollTo(0, 0));
  const shot = findings.find((f) => f.suggestion) ?? first;
  await mark(shot).click();
  await page.screenshot({ path: args.screenshot, fullPage: true });
  pass(`screenshot saved to ${args.screenshot}`);
}
