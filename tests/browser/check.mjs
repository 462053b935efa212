// tests: real-browser checks of pnc's HTML in Debian's Chromium (driven by playwright-core; no
// browser download). For every *.html under the given folders: axe-core's WCAG 2.0/2.1/2.2 A and AA
// rules must find nothing, and at 320 CSS px wide the page must not scroll sideways (WCAG 1.4.10).
// Usage: node check.mjs [--screenshots DIR --shoot FILE] HTML_DIR...
// Exit 0 when every page passes, 1 with a list of violations otherwise, 2 when the browser won't run.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axePath = require.resolve('axe-core/axe.min.js');

const kTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const kArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function parseArgs(argv) {
  const opts = { dirs: [], screenshots: '', shoot: '' };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--screenshots') opts.screenshots = argv[++i];
    else if (argv[i] === '--shoot') opts.shoot = argv[++i];
    else opts.dirs.push(argv[i]);
  }
  return opts;
}

function htmlFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(p));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

async function checkPage(page, file) {
  const problems = [];
  // A notice is self-contained: any request other than the file itself is a bug (and would
  // make the test depend on the network).
  const requests = [];
  const onRequest = (req) => {
    const url = req.url();
    if (!url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('about:')) requests.push(url);
  };
  page.on('request', onRequest);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, kTags);
  for (const v of result) {
    for (const target of v.targets) {
      problems.push(`${file}: axe ${v.id} (${v.impact}): ${v.help} at '${target}'`);
    }
  }
  await page.setViewportSize({ width: 320, height: 640 });
  const widths = await page.evaluate(() => {
    const el = document.documentElement;
    const wide = [];
    for (const node of document.body.querySelectorAll('*')) {
      const r = node.getBoundingClientRect();
      // Right-to-left pages overflow to the left.
      if ((r.right > el.clientWidth + 0.5 || r.left < -0.5) && r.width > 0 && wide.length < 5) {
        wide.push(`${node.tagName.toLowerCase()}${node.id ? '#' + node.id : ''}${node.className ? '.' + String(node.className).split(' ').join('.') : ''}`);
      }
    }
    return { scroll: el.scrollWidth, client: el.clientWidth, wide };
  });
  if (widths.scroll > widths.client) {
    problems.push(`${file}: scrolls sideways at 320 px (scrollWidth ${widths.scroll} > clientWidth ${widths.client}); ` +
      `widest: ${widths.wide.join(', ')}`);
  }
  page.off('request', onRequest);
  for (const url of requests) problems.push(`${file}: fetched '${url}': a notice must not load anything`);
  return problems;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const files = opts.dirs.flatMap(htmlFiles);
  if (files.length === 0) {
    console.error('browser check: no HTML files found in ' + opts.dirs.join(', '));
    return 1;
  }
  let browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: kArgs, timeout: 60000 });
  } catch (e) {
    console.error('browser check: cannot start /usr/bin/chromium (apt-get install chromium): ' + e.message);
    return 2;
  }
  const problems = [];
  try {
    const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: 'reduce' });
    // Nothing may leave the machine: block every non-file request (and report it above).
    await context.route(/^(?!file:|data:)/, (route) => route.abort());
    const page = await context.newPage();
    for (const file of files) {
      const found = await checkPage(page, file);
      console.log(`${found.length ? 'FAIL' : 'ok  '} ${file}${found.length ? ` (${found.length} problems)` : ''}`);
      problems.push(...found);
    }
    if (opts.screenshots && opts.shoot) {
      fs.mkdirSync(opts.screenshots, { recursive: true });
      const stem = path.basename(path.dirname(opts.shoot)) + '-' + path.basename(opts.shoot, '.html');
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(pathToFileURL(opts.shoot).href, { waitUntil: 'load' });
        const shot = path.join(opts.screenshots, `${stem}-${width}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        console.log(`screenshot ${shot}`);
      }
    }
  } finally {
    await browser.close();
  }
  for (const p of problems) console.error(p);
  console.log(`browser check: ${files.length} pages, ${problems.length} problems`);
  return problems.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error('browser check: ' + (e && e.stack ? e.stack : e));
  process.exit(2);
});
