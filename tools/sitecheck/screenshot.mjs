#!/usr/bin/env node
// A screenshot of the top of one page of a generated site, e.g. for the README:
//   node tools/sitecheck/screenshot.mjs SITE/index.html OUT.png [--width 1280] [--height 1600]
// The page is opened over file://; the site's links are relative, so everything resolves.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { chromium } from 'playwright-core';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '1600' },
    chromium: { type: 'string', default: process.env.SITECHECK_CHROMIUM || '/usr/bin/chromium' },
  },
});
if (positionals.length !== 2) {
  process.stderr.write('usage: screenshot.mjs PAGE.html OUT.png [--width W] [--height H]\n');
  process.exit(2);
}
const [page, out] = positionals;
const width = Number(values.width);
const height = Number(values.height);
const browser = await chromium.launch({
  executablePath: values.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  await tab.goto(pathToFileURL(path.resolve(page)).href, { waitUntil: 'load' });
  await tab.screenshot({ path: out, clip: { x: 0, y: 0, width, height } });
} finally {
  await browser.close();
}
