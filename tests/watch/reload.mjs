// tests: a page served by `pnc watch --serve` reloads in Debian's Chromium after a rebuild.
// Usage: node reload.mjs URL SOURCE_FILE — opens URL, rewrites SOURCE_FILE's title (as an editor
// does: a new file renamed over the old), and waits (at most 20 s) for the page to show it.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../browser/package.json'));
const { chromium } = require('playwright-core');
const [url, source] = process.argv.slice(2);
const kArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: kArgs, timeout: 60000 });
let status = 1;
try {
  const page = await browser.newPage();
  let loads = 0;
  page.on('load', () => { loads += 1; });
  await page.goto(url, { waitUntil: 'load' });
  const before = await page.title();
  const marker = `Reloaded ${Date.now()}`;
  const text = fs.readFileSync(source, 'utf8');
  const changed = text.replace(/"title": "[^"]*"/, `"title": "${marker}"`);
  if (changed === text) throw new Error('no "title" in the source');
  fs.writeFileSync(source + '.tmp', changed);
  fs.renameSync(source + '.tmp', source);
  await page.waitForFunction((m) => document.title.includes(m), marker, { timeout: 20000 });
  console.log(`reload: "${before}" → "${await page.title()}" after ${loads} load(s)`);
  status = loads >= 2 ? 0 : 1;
} catch (e) {
  console.log(`FAIL: ${e.message}`);
} finally {
  await browser.close();
}
process.exit(status);
