#!/usr/bin/env node
// Checks generated sites with the web's own tools and writes one report per site.
//
//   node tools/sitecheck/check-site.mjs [--lighthouse mobile,desktop|mobile|desktop|none]
//                                       [--workers N] [--content auto|none]
//                                       [--brief BRIEF] SITE [SITE...]
//
// Per site: the Nu HTML Checker on every page, stylesheet and SVG; axe-core in headless
// Chromium at 1280 and 390 px; a full-page screenshot at both widths; a link check (every
// internal link, fragment, image, stylesheet, manifest icon, sitemap and robots entry
// resolves, nothing is hot-linked from another host); Lighthouse on every page; and the
// content check (content_check.py: language, direction, page titles, facts against the brief
// in SITE/_report/brief.json or --brief) when the site has a brief. Writes
// SITE/_report/check.md (one page), SITE/_report/check.json and SITE/_report/screenshots/.
// Exit 0 when every threshold holds, 1 when one fails, 2 when the tools are missing.
import { fork, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPORT_DIR = '_report';
const VNU_JAR = path.join(HERE, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const CONTENT_CHECK = path.join(HERE, 'content_check.py');
const BRIEF_FILE = 'brief.json'; // written beside the site by `sitefarm generate`

// The thresholds, in one place; the report prints them beside the results.
const LIGHTHOUSE_MIN = 95;
const PERFORMANCE_RUNS = 3; // runs of a page whose first performance score is under the bar
const AXE_FAILING_IMPACTS = new Set(['serious', 'critical']);
// Pages open at once in the axe/screenshot browser: each mostly waits, so more than cores.
const BROWSER_TABS = 4;
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800, isMobile: false, hasTouch: false },
  { name: 'mobile', width: 390, height: 844, isMobile: true, hasTouch: true },
];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// A page that asks not to be indexed (the 404 page) cannot pass Lighthouse's is-crawlable
// audit by design; every other SEO audit still has to pass on it.
const NOINDEX_EXEMPT_AUDITS = new Set(['is-crawlable']);
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/x-icon',
};

// ------------------------------------------------------------------------------------------
// Small helpers
// ------------------------------------------------------------------------------------------

function fail(message, code = 2) {
  process.stderr.write(`sitecheck: ${message}\n`);
  process.exit(code);
}

async function pool(items, size, work) {
  const results = new Array(items.length);
  let next = 0;
  async function lane() {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, lane));
  return results;
}

function seconds(since) {
  return Math.round((Date.now() - since) / 100) / 10;
}

function findChromium(explicit) {
  const candidates = [explicit, process.env.SITECHECK_CHROMIUM, '/usr/bin/chromium'];
  for (const name of ['chromium', 'chromium-browser']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
    candidates.push(found);
  }
  return candidates.find((candidate) => candidate && existsSync(candidate)) || null;
}

function walk(root, dir = root) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (rel === REPORT_DIR) continue; // the report is not part of the site
    if (entry.isDirectory()) files.push(...walk(root, full));
    else files.push(rel);
  }
  return files.sort();
}

function pageOrder(a, b) {
  const rank = (p) => (p === 'index.html' ? 0 : p === '404.html' ? 2 : 1);
  return rank(a) - rank(b) || a.localeCompare(b);
}

function screenshotName(pagePath, width) {
  return `${pagePath.replace(/\.html$/, '').replace(/[^A-Za-z0-9_-]+/g, '_')}-${width}.png`;
}

// ------------------------------------------------------------------------------------------
// A static server for one site: loopback only, the report folder hidden, 404s as a host
// serves them (the site's 404.html with status 404)
// ------------------------------------------------------------------------------------------

function serveSite(root) {
  const notFound = path.join(root, '404.html');
  const server = http.createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://localhost').pathname).slice(1);
    } catch {
      rel = '\0';
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const parts = rel.split('/');
    const hidden = parts[0] === REPORT_DIR || parts.some((p) => p === '..' || p.startsWith('.'));
    const file = path.join(root, ...parts);
    let status = 200;
    let body = null;
    let type = CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    if (!hidden && !rel.includes('\0') && existsSync(file) && statSync(file).isFile()) {
      body = readFileSync(file);
    } else {
      status = 404;
      body = existsSync(notFound) ? readFileSync(notFound) : Buffer.from('not found');
      type = CONTENT_TYPES['.html'];
    }
    res.writeHead(status, { 'content-type': type, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

// ------------------------------------------------------------------------------------------
// Nu HTML Checker: every page, stylesheet and SVG of every site in one Java start
// ------------------------------------------------------------------------------------------

async function runVnu(files) {
  if (!files.length) return new Map();
  const args = ['-jar', VNU_JAR, '--errors-only', '--also-check-css', '--also-check-svg'];
  args.push('--format', 'json', '--stdout', ...files);
  const output = await new Promise((resolve, reject) => {
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`vnu exited ${code}: ${stderr}`));
      else resolve(stdout);
    });
  });
  const byFile = new Map(files.map((f) => [f, []]));
  for (const message of JSON.parse(output).messages || []) {
    if (message.type !== 'error' && message.subType !== 'fatal') continue;
    const file = message.url ? fileURLToPath(message.url) : '';
    const list = byFile.get(file) || [];
    list.push({
      line: message.lastLine ?? null,
      message: message.message,
      extract: (message.extract || '').trim().slice(0, 160),
    });
    byFile.set(file, list);
  }
  return byFile;
}

// ------------------------------------------------------------------------------------------
// The content check (Python, the project's venv): language, direction, titles, facts
// ------------------------------------------------------------------------------------------

function findPython() {
  const venv = path.join(HERE, '..', '..', '.venv', 'bin', 'python');
  return process.env.SITECHECK_PYTHON || (existsSync(venv) ? venv : 'python3');
}

// One process for every site that has a brief; each writes SITE/_report/content.json, read
// back into the site's results. A site without a brief is noted, not judged.
async function runContent(sites, briefPath) {
  const judged = sites.filter((site) => briefPath || existsSync(path.join(site.reportDir, BRIEF_FILE)));
  for (const site of sites) {
    site.content = judged.includes(site) ? null : { skipped: `no ${REPORT_DIR}/${BRIEF_FILE}: content not judged (generate with sitefarm, or pass --brief)` };
    rmSync(path.join(site.reportDir, 'content.json'), { force: true });
  }
  if (!judged.length) return;
  const args = [CONTENT_CHECK, ...(briefPath ? ['--brief', briefPath] : []), ...judged.map((site) => site.root)];
  const { code, stdout, stderr } = await new Promise((resolve) => {
    const child = spawn(findPython(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (error) => resolve({ code: -1, stdout: out, stderr: String(error) }));
    child.on('close', (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
  });
  for (const site of judged) {
    const report = path.join(site.reportDir, 'content.json');
    if (existsSync(report)) site.content = JSON.parse(readFileSync(report, 'utf8'));
    else site.content = { error: `content check did not run (exit ${code}): ${(stderr || stdout).trim().split('\n').slice(-3).join(' ')}` };
  }
}

// ------------------------------------------------------------------------------------------
// The browser pass: axe, layout, screenshots and the page's links, at each width
// ------------------------------------------------------------------------------------------

async function loadEveryImage(page) {
  // Lazy images load only near the viewport: walk down the page so the screenshot has them.
  await page.evaluate(async () => {
    const loaded = (img) =>
      new Promise((resolve) => {
        img.addEventListener('load', resolve, { once: true });
        img.addEventListener('error', resolve, { once: true });
      });
    // Only images near the viewport have started loading; far ones are waited for later.
    const near = (img) => img.getBoundingClientRect().top < window.innerHeight * 2;
    const settle = (ms, which) =>
      Promise.race([
        Promise.all([...document.images].filter((img) => !img.complete && which(img)).map(loaded)),
        new Promise((resolve) => setTimeout(resolve, ms)),
      ]);
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await settle(1000, near);
    }
    await settle(3000, () => true);
    window.scrollTo(0, 0);
  });
}

function collectPage() {
  const abs = (value) => {
    try {
      return new URL(value, document.baseURI).href;
    } catch {
      return `invalid:${value}`;
    }
  };
  const refs = [];
  const add = (kind, element, raw) => {
    if (raw === null || raw === undefined) return;
    const tag = element.tagName.toLowerCase();
    const rel = element.getAttribute('rel') || element.getAttribute('property') || '';
    refs.push({ kind, tag, rel, raw, abs: abs(raw) });
  };
  for (const a of document.querySelectorAll('a[href], area[href]')) add('link', a, a.getAttribute('href'));
  for (const link of document.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') || '').toLowerCase();
    add(/canonical|alternate|next|prev/.test(rel) ? 'link' : 'resource', link, link.getAttribute('href'));
  }
  for (const el of document.querySelectorAll('img[src], script[src], iframe[src], video[src], audio[src], source[src]')) {
    add('resource', el, el.getAttribute('src'));
  }
  for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of el.getAttribute('srcset').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) add('resource', el, url);
    }
  }
  for (const meta of document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')) {
    add('resource', meta, meta.getAttribute('content'));
  }
  for (const meta of document.querySelectorAll('meta[property="og:url"]')) add('link', meta, meta.getAttribute('content'));
  const robots = document.querySelector('meta[name="robots"]')?.getAttribute('content') || '';
  const images = [...document.images].map((img) => ({
    src: img.getAttribute('src'),
    broken: !img.complete || img.naturalWidth === 0,
    hasSize: img.hasAttribute('width') && img.hasAttribute('height'),
    alt: img.hasAttribute('alt'),
  }));
  const structuredData = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => {
    try {
      const data = JSON.parse(script.textContent);
      return data && data['@context'] && data['@type'] ? '' : 'JSON-LD without @context and @type';
    } catch (error) {
      return `JSON-LD does not parse: ${error.message}`;
    }
  });
  return {
    refs,
    structuredData: structuredData.filter(Boolean),
    ids: [...document.querySelectorAll('[id], a[name]')].map((el) => el.id || el.getAttribute('name')),
    robots,
    canonical: document.querySelector('link[rel="canonical"]')?.href || '',
    title: document.title,
    images,
  };
}

function overflowingElements() {
  const width = document.documentElement.clientWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth <= width + 1) return [];
  const one = (el) => {
    const cls = [...el.classList].slice(0, 2).map((c) => `.${c}`).join('');
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
  };
  const describe = (el) => {
    const chain = [];
    for (let node = el; node && node !== document.body && chain.length < 4; node = node.parentElement) chain.unshift(one(node));
    return chain.join(' > ');
  };
  const wide = [...document.body.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > width + 1)
    .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 1);
  return [`page is ${scrollWidth}px wide in a ${width}px viewport`, ...wide.slice(0, 5).map(describe)];
}

async function visit(context, site, pagePath, viewport) {
  const page = await context.newPage();
  const url = `${site.origin}/${pagePath}`;
  const network = [];
  const consoleErrors = [];
  page.on('request', (request) => {
    const u = new URL(request.url());
    if ((u.protocol === 'http:' || u.protocol === 'https:') && u.origin !== site.origin) {
      network.push(`request to another host: ${request.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    network.push(`failed: ${request.url()} (${request.failure()?.errorText || 'error'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) network.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const result = { network, console: consoleErrors };
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    await loadEveryImage(page);
    const axe = await page.evaluate(async () => {
      const run = await window.axe.run(document, { resultTypes: ['violations'] });
      return run.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.slice(0, 5).map((n) => ({
          target: n.target.join(' '),
          summary: (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 300),
        })),
        count: v.nodes.length,
      }));
    });
    result.axe = axe;
    result.overflow = await page.evaluate(overflowingElements);
    if (viewport.name === 'desktop') result.dom = await page.evaluate(collectPage);
    const shot = path.join(site.reportDir, 'screenshots', screenshotName(pagePath, viewport.width));
    await page.screenshot({ path: shot, fullPage: true });
    result.screenshot = path.relative(site.reportDir, shot).split(path.sep).join('/');
  } catch (error) {
    result.error = String(error?.message || error).split('\n')[0];
  } finally {
    await page.close();
  }
  return result;
}

async function browserPass(sites, executablePath) {
  const { chromium } = await import('playwright-core');
  const { default: axe } = await import('axe-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const version = browser.version();
  try {
    const jobs = [];
    for (const site of sites) {
      for (const pagePath of site.pages) for (const viewport of VIEWPORTS) jobs.push({ site, pagePath, viewport });
    }
    const contexts = new Map();
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: 1,
        isMobile: viewport.isMobile,
        hasTouch: viewport.hasTouch,
      });
      // axe-core in every page from the start: sent to the browser once, not once per page.
      await context.addInitScript({ content: axe.source });
      contexts.set(viewport.name, context);
    }
    await pool(jobs, BROWSER_TABS, async ({ site, pagePath, viewport }) => {
      const result = await visit(contexts.get(viewport.name), site, pagePath, viewport);
      site.results[pagePath].browser[viewport.name] = result;
    });
    for (const context of contexts.values()) await context.close();
  } finally {
    await browser.close();
  }
  return { chromium: version, axe: axe.version };
}

// ------------------------------------------------------------------------------------------
// The link check: page references, fragments, stylesheet urls, manifest, sitemap, robots
// ------------------------------------------------------------------------------------------

function siteBase(site) {
  // The public base URL is what the home page calls itself; links to it are internal.
  const canonical = site.results['index.html']?.browser.desktop?.dom?.canonical || '';
  if (!/^https?:\/\//.test(canonical) || canonical.startsWith(site.origin)) return null;
  return canonical.replace(/\/$/, '');
}

function localPath(abs, site) {
  let url;
  try {
    url = new URL(abs);
  } catch {
    return null;
  }
  let pathname = null;
  if (url.origin === site.origin) pathname = url.pathname;
  else if (site.base && (abs === site.base || abs.startsWith(`${site.base}/`) || abs.startsWith(`${site.base}#`))) {
    pathname = new URL(abs.slice(site.base.length) || '/', 'http://x').pathname;
  }
  if (pathname === null) return null;
  const basePath = site.base ? new URL(site.base).pathname.replace(/\/$/, '') : '';
  if (basePath && pathname.startsWith(`${basePath}/`)) pathname = pathname.slice(basePath.length);
  let rel = decodeURIComponent(pathname).replace(/^\//, '');
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return { rel, hash: url.hash ? decodeURIComponent(url.hash.slice(1)) : '' };
}

async function linkCheck(site) {
  const status = new Map();
  const exists = async (rel) => {
    if (!status.has(rel)) {
      const response = await fetch(`${site.origin}/${rel.split('/').map(encodeURIComponent).join('/')}`, { method: 'HEAD' });
      status.set(rel, response.status);
    }
    return status.get(rel) === 200;
  };
  const idsOf = (rel) => site.results[rel]?.browser.desktop?.dom?.ids;

  for (const pagePath of site.pages) {
    const dom = site.results[pagePath].browser.desktop?.dom;
    const links = (site.results[pagePath].links = { broken: [], external: [], checked: 0 });
    if (!dom) continue;
    for (const ref of dom.refs) {
      links.checked += 1;
      const where = `<${ref.tag}${ref.rel ? ` ${ref.rel}` : ''}> ${ref.raw}`;
      if (ref.abs.startsWith('invalid:')) {
        links.broken.push(`${where}: not a URL`);
        continue;
      }
      const scheme = new URL(ref.abs).protocol;
      if (scheme === 'mailto:' || scheme === 'tel:') {
        if (ref.kind !== 'link' || ref.abs.length <= scheme.length) links.broken.push(`${where}: empty ${scheme} link`);
        continue;
      }
      if (scheme !== 'http:' && scheme !== 'https:') {
        links.broken.push(`${where}: ${scheme} URL`);
        continue;
      }
      const local = localPath(ref.abs, site);
      if (!local) {
        if (ref.kind === 'resource') links.broken.push(`${where}: hot-linked from another host`);
        else links.external.push(ref.abs);
        continue;
      }
      if (!(await exists(local.rel))) {
        links.broken.push(`${where}: ${local.rel} does not exist`);
        continue;
      }
      if (local.hash && local.rel.endsWith('.html')) {
        const ids = idsOf(local.rel);
        if (!ids || !ids.includes(local.hash)) links.broken.push(`${where}: no element #${local.hash} in ${local.rel}`);
      }
    }
    for (const image of dom.images) {
      if (image.broken) links.broken.push(`<img> ${image.src}: did not load`);
      if (!image.hasSize) links.broken.push(`<img> ${image.src}: no width and height (layout shift)`);
    }
    links.external = [...new Set(links.external)];
  }

  const findings = (site.siteLinks = []);
  // Stylesheets: every url() resolves inside the site.
  for (const rel of site.files.filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(path.join(site.root, rel), 'utf8');
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      const target = match[2];
      if (target.startsWith('data:') || target.startsWith('#')) continue;
      const local = localPath(new URL(target, `${site.origin}/${rel}`).href, site);
      if (!local) findings.push(`${rel}: url(${target}) is on another host`);
      else if (!(await exists(local.rel))) findings.push(`${rel}: url(${target}) does not exist`);
    }
  }
  // The manifest and its icons.
  const manifestRef = site.pages
    .flatMap((p) => site.results[p].browser.desktop?.dom?.refs || [])
    .find((ref) => ref.rel.toLowerCase() === 'manifest');
  if (manifestRef) {
    const local = localPath(manifestRef.abs, site);
    try {
      const manifest = JSON.parse(readFileSync(path.join(site.root, local.rel), 'utf8'));
      for (const icon of manifest.icons || []) {
        const iconLocal = localPath(new URL(icon.src, manifestRef.abs).href, site);
        if (!iconLocal || !(await exists(iconLocal.rel))) findings.push(`${local.rel}: icon ${icon.src} does not resolve`);
      }
    } catch (error) {
      findings.push(`manifest ${manifestRef.raw}: ${error.message}`);
    }
  }
  // robots.txt and the sitemap: every listed URL is a page, every indexable page is listed.
  const robots = await fetch(`${site.origin}/robots.txt`);
  const robotsText = robots.status === 200 ? await robots.text() : '';
  if (robots.status !== 200) findings.push('robots.txt is missing');
  if (/^\s*disallow:\s*\/\s*$/im.test(robotsText)) findings.push('robots.txt disallows the whole site');
  const sitemapUrls = [...robotsText.matchAll(/^\s*sitemap:\s*(\S+)/gim)].map((m) => m[1]);
  for (const url of sitemapUrls) {
    const local = localPath(url, site);
    if (!local || !(await exists(local.rel))) findings.push(`robots.txt: Sitemap ${url} does not resolve`);
  }
  // A sitemap holds absolute URLs only, so a site with no public address has none; one that
  // robots.txt names must exist (checked above) and list every indexable page.
  const sitemap = await fetch(`${site.origin}/sitemap.xml`);
  if (sitemap.status !== 200) {
    if (sitemapUrls.length) findings.push('sitemap.xml is missing');
  } else {
    const listed = new Set();
    for (const match of (await sitemap.text()).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
      const loc = match[1].replace(/&amp;/g, '&');
      const local = localPath(new URL(loc, `${site.origin}/sitemap.xml`).href, site);
      if (!local || !(await exists(local.rel))) findings.push(`sitemap.xml: ${loc} does not resolve to a page`);
      else listed.add(local.rel);
    }
    for (const pagePath of site.pages) {
      const dom = site.results[pagePath].browser.desktop?.dom;
      const indexable = dom && !/noindex/i.test(dom.robots);
      if (indexable && !listed.has(pagePath)) findings.push(`sitemap.xml does not list ${pagePath}`);
      if (dom && !indexable && listed.has(pagePath)) findings.push(`sitemap.xml lists ${pagePath}, which is noindex`);
    }
  }
}

// ------------------------------------------------------------------------------------------
// Lighthouse: a pool of worker processes, each with its own Chromium
// ------------------------------------------------------------------------------------------

async function lighthousePass(sites, formFactors, workers, executable) {
  const jobs = [];
  for (const site of sites) {
    for (const pagePath of site.pages) {
      for (const formFactor of formFactors) jobs.push({ site, pagePath, formFactor });
    }
  }
  if (!jobs.length) return;
  const lanes = Array.from({ length: Math.max(1, Math.min(workers, jobs.length)) }, () => {
    const child = fork(path.join(HERE, 'lighthouse-worker.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return { child, pending: new Map(), nextId: 0 };
  });
  for (const lane of lanes) {
    lane.child.on('message', (message) => {
      const done = lane.pending.get(message.id);
      lane.pending.delete(message.id);
      done?.(message);
    });
    lane.child.on('exit', () => {
      for (const done of lane.pending.values()) done({ ok: false, error: 'lighthouse worker exited' });
      lane.pending.clear();
    });
  }
  const run = (lane, job) =>
    new Promise((resolve) => {
      const id = lane.nextId++;
      lane.pending.set(id, resolve);
      lane.child.send({ id, url: `${job.site.origin}/${job.pagePath}`, formFactor: job.formFactor, executable });
    });
  let next = 0;
  await Promise.all(
    lanes.map(async (lane) => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const runs = [];
        while (runs.length < PERFORMANCE_RUNS) {
          let answer = await run(lane, job);
          if (!answer.ok) answer = await run(lane, job); // one retry: a browser hiccup is not a finding
          if (!answer.ok) {
            runs.length = 0;
            runs.push({ error: answer.error });
            break;
          }
          runs.push(answer.result);
          // Lighthouse CI's remedy for timing noise: a page under the bar gets the median of
          // three runs. Only performance varies from run to run; the other three are exact.
          if (runs.length === 1 && answer.result.categories.performance >= LIGHTHOUSE_MIN) break;
        }
        const byPerformance = [...runs].sort((a, b) => (a.categories?.performance ?? -1) - (b.categories?.performance ?? -1));
        const chosen = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
        if (runs.length > 1) chosen.performanceRuns = runs.map((r) => r.categories.performance);
        job.site.results[job.pagePath].lighthouse[job.formFactor] = chosen;
      }
    }),
  );
  for (const lane of lanes) {
    lane.child.send({ type: 'stop' });
  }
  await Promise.all(lanes.map((lane) => new Promise((resolve) => (lane.child.exitCode !== null ? resolve() : lane.child.on('exit', resolve)))));
}

// ------------------------------------------------------------------------------------------
// Judging and the report
// ------------------------------------------------------------------------------------------

function judge(site, formFactors) {
  const failures = [];
  const add = (check, page, message) => failures.push({ check, page, message });
  for (const pagePath of site.pages) {
    const r = site.results[pagePath];
    for (const error of r.vnu) add('vnu', pagePath, `line ${error.line}: ${error.message}`);
    for (const viewport of VIEWPORTS) {
      const b = r.browser[viewport.name];
      if (!b || b.error) {
        add('browser', pagePath, `${viewport.width}px: ${b?.error || 'not visited'}`);
        continue;
      }
      for (const v of b.axe) {
        if (AXE_FAILING_IMPACTS.has(v.impact)) {
          add('axe', pagePath, `${viewport.width}px ${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
        }
      }
      if (b.overflow.length) add('layout', pagePath, `${viewport.width}px: ${b.overflow.join('; ')}`);
      for (const line of b.network) add('network', pagePath, `${viewport.width}px: ${line}`);
      for (const line of b.console) add('console', pagePath, `${viewport.width}px: ${line}`);
      if (!b.screenshot) add('screenshots', pagePath, `${viewport.width}px: no screenshot`);
    }
    for (const line of r.links?.broken || []) add('links', pagePath, line);
    for (const line of r.browser.desktop?.dom?.structuredData || []) add('seo', pagePath, line);
    const noindex = /noindex/i.test(r.browser.desktop?.dom?.robots || '');
    for (const formFactor of formFactors) {
      const lh = r.lighthouse[formFactor];
      if (!lh || lh.error) {
        add('lighthouse', pagePath, `${formFactor}: ${lh?.error?.split('\n')[0] || 'not run'}`);
        continue;
      }
      for (const [category, score] of Object.entries(lh.categories)) {
        if (score !== null && score >= LIGHTHOUSE_MIN) continue;
        const lost = lh.lost[category] || [];
        if (category === 'seo' && noindex && lost.every((a) => NOINDEX_EXEMPT_AUDITS.has(a.id))) continue;
        const why = lost.map((a) => `${a.id}${a.displayValue ? ` ${a.displayValue}` : ''}`).join(', ');
        add('lighthouse', pagePath, `${formFactor} ${category} ${score} < ${LIGHTHOUSE_MIN}${why ? `: ${why}` : ''}`);
      }
    }
  }
  for (const line of site.siteLinks || []) add('links', '(site)', line);
  if (site.content?.error) add('content', '(site)', site.content.error);
  for (const f of site.content?.failures || []) add(f.check, f.page, f.message);
  return failures;
}

function cell(lh, noindex) {
  if (!lh) return '–';
  if (lh.error) return 'error';
  const c = lh.categories;
  const seo = noindex && c.seo < LIGHTHOUSE_MIN ? `${c.seo}*` : c.seo;
  return `${c.performance} / ${c.accessibility} / ${c['best-practices']} / ${seo}`;
}

function axeCell(b) {
  if (!b || b.error) return 'error';
  const failing = b.axe.filter((v) => AXE_FAILING_IMPACTS.has(v.impact)).length;
  const other = b.axe.length - failing;
  return other ? `${failing} (+${other} minor)` : `${failing}`;
}

function markdownEscape(text) {
  return String(text).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, ' ');
}

function contentSection(content) {
  const lines = ['## Content', ''];
  if (!content || content.skipped || content.error) {
    lines.push(markdownEscape(content?.skipped || content?.error || 'not run (--content none)'), '');
    return lines;
  }
  lines.push(
    `Against the brief ${markdownEscape(content.brief)} (content_check.py, ${content.seconds} s; details in content.md): the language heard ` +
      'in each page\'s own words against `lang`, `dir="rtl"` for right-to-left text, every page title whole in the navigation, ' +
      'every price, number, quote and person name in the brief or inside `data-placeholder`.',
    '',
    '| page | lang | dir | detected (confidence) | facts | not in the brief | placeholders |',
    '|---|---|---|---|---:|---:|---:|',
  );
  for (const page of content.pages) {
    const heard = page.detected ? `${page.detected} (${page.confidence.toFixed(2)})` : `not judged (${page.words} words)`;
    lines.push(`| ${markdownEscape(page.path)} | ${page.lang || '–'} | ${page.dir || '–'} | ${heard} | ${page.facts} | ${page.unmarked} | ${page.placeholders} |`);
  }
  lines.push('');
  return lines;
}

function renderReport(site, summary) {
  const { formFactors, tools, failures } = summary;
  const lines = [];
  const name = site.results['index.html']?.browser.desktop?.dom?.title || path.basename(site.root);
  lines.push(`# Site check: ${markdownEscape(name)}`, '');
  lines.push(`**${failures.length ? 'FAIL' : 'PASS'}**: ${site.pages.length} pages, ${failures.length} failed checks. ${summary.checkedAt}.`, '');
  lines.push(
    `Tools: Nu HTML Checker (vnu-jar ${tools.vnu}, errors only, pages + CSS + SVG); axe-core ${tools.axe} in Chromium ${tools.chromium} ` +
      `at ${VIEWPORTS.map((v) => `${v.width}px`).join(' and ')}; Lighthouse ${tools.lighthouse} ` +
      `(${formFactors.length ? formFactors.map((f) => `${f}${f === 'desktop' ? ' preset' : ''}`).join(' + ') + ', simulated throttling' : 'not run'}); link check; screenshots.`,
    '',
  );
  lines.push(
    `Thresholds: vnu 0 errors; axe 0 serious or critical violations at each width; Lighthouse >= ${LIGHTHOUSE_MIN} in performance, ` +
      'accessibility, best practices and SEO; every internal link, fragment, image, stylesheet, icon and sitemap entry resolves; ' +
      'nothing loaded from another host; JSON-LD parses; no horizontal scrolling; no console errors; ' +
      'content (with a brief): the language heard matches lang, RTL text has dir="rtl", brief page titles whole in the navigation, 0 facts absent from the brief.',
    '',
  );
  const lhHeads = formFactors.map((f) => `Lighthouse ${f} P / A / BP / SEO`);
  lines.push(`| page | ${lhHeads.join(' | ')}${lhHeads.length ? ' | ' : ''}axe 1280 | axe 390 | vnu errors | links checked (broken) | screenshots |`);
  lines.push(`|---|${formFactors.map(() => '---|').join('')}---|---|---|---|---|`);
  let anyNoindex = false;
  for (const pagePath of site.pages) {
    const r = site.results[pagePath];
    const noindex = /noindex/i.test(r.browser.desktop?.dom?.robots || '');
    anyNoindex ||= noindex;
    const shots = VIEWPORTS.map((v) => r.browser[v.name]?.screenshot)
      .map((s, i) => (s ? `[${VIEWPORTS[i].width}](${s})` : '–'))
      .join(' ');
    const lh = formFactors.map((f) => cell(r.lighthouse[f], noindex));
    lines.push(
      `| ${pagePath} | ${lh.join(' | ')}${lh.length ? ' | ' : ''}${axeCell(r.browser.desktop)} | ${axeCell(r.browser.mobile)} | ` +
        `${r.vnu.length} | ${r.links?.checked ?? 0} (${r.links?.broken.length ?? 0}) | ${shots} |`,
    );
  }
  lines.push('');
  if (anyNoindex) {
    lines.push('\\* noindex by design (the not-found page): Lighthouse fails its is-crawlable audit; every other SEO audit must pass and does unless listed below.', '');
  }
  lines.push(...contentSection(site.content));
  lines.push('## Findings', '');
  if (!failures.length) lines.push('None: every threshold holds.', '');
  for (const f of failures) lines.push(`- **${f.check}** ${markdownEscape(f.page)}: ${markdownEscape(f.message)}`);
  if (failures.length) lines.push('');

  const notes = [];
  for (const pagePath of site.pages) {
    const r = site.results[pagePath];
    for (const viewport of VIEWPORTS) {
      for (const v of r.browser[viewport.name]?.axe || []) {
        if (!AXE_FAILING_IMPACTS.has(v.impact)) notes.push(`${pagePath} ${viewport.width}px: axe ${v.impact} ${v.id}: ${v.help}`);
      }
    }
    for (const formFactor of formFactors) {
      const lh = r.lighthouse[formFactor];
      if (!lh || lh.error) continue;
      const m = lh.metrics;
      notes.push(
        `${pagePath} ${formFactor}: FCP ${Math.round(m.fcp_ms)} ms, LCP ${Math.round(m.lcp_ms)} ms, TBT ${Math.round(m.tbt_ms)} ms, ` +
          `CLS ${m.cls?.toFixed(3)}` +
          (lh.performanceRuns ? `; performance median of runs ${lh.performanceRuns.join(', ')}` : '') +
          (lh.opportunities.length ? `; opportunities: ${lh.opportunities.map((o) => `${o.id}${o.displayValue ? ` (${o.displayValue})` : ''}`).join(', ')}` : ''),
      );
    }
    const external = r.links?.external || [];
    if (external.length) notes.push(`${pagePath}: ${external.length} external links not fetched (offline): ${external.slice(0, 5).join(', ')}`);
  }
  lines.push('## Notes (not failures)', '');
  if (!notes.length) lines.push('None.');
  for (const note of notes) lines.push(`- ${markdownEscape(note)}`);
  lines.push('', `Timings: ${Object.entries(summary.timings).map(([k, v]) => `${k} ${v}s`).join(', ')}.`, '');
  return lines.join('\n');
}

// ------------------------------------------------------------------------------------------
// Main
// ------------------------------------------------------------------------------------------

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lighthouse: { type: 'string', default: 'mobile,desktop' },
      workers: { type: 'string', default: String(Math.max(1, Math.min(4, cpus().length))) },
      chromium: { type: 'string' },
      content: { type: 'string', default: 'auto' },
      brief: { type: 'string' },
    },
  });
  if (!['auto', 'none'].includes(values.content)) fail(`--content: ${values.content}`);
  if (values.brief && positionals.length > 1) fail('--brief names the brief of one site');
  if (values.brief && !existsSync(values.brief)) fail(`--brief: ${values.brief} does not exist`);
  if (!positionals.length) fail('usage: check-site.mjs [--lighthouse mobile,desktop|none] [--workers N] [--content auto|none] [--brief BRIEF] SITE...');
  const formFactors = values.lighthouse === 'none' ? [] : values.lighthouse.split(',').map((s) => s.trim());
  if (formFactors.some((f) => f !== 'mobile' && f !== 'desktop')) fail(`--lighthouse: ${values.lighthouse}`);
  const missing = [];
  const chromium = findChromium(values.chromium);
  if (!chromium) missing.push('chromium (/usr/bin/chromium)');
  if (spawnSync('java', ['-version']).status !== 0) missing.push('java');
  for (const pkg of ['vnu-jar', 'axe-core', 'playwright-core', 'lighthouse']) {
    if (!existsSync(path.join(HERE, 'node_modules', pkg, 'package.json'))) missing.push(`node package ${pkg}`);
  }
  if (missing.length) fail(`missing ${missing.join(', ')}: run \`make check-tools\` first`);

  const started = Date.now();
  const sites = positionals.map((dir) => {
    const root = path.resolve(dir);
    if (!existsSync(path.join(root, 'index.html'))) fail(`${dir}: no index.html, not a generated site`);
    const files = walk(root);
    const reportDir = path.join(root, REPORT_DIR);
    rmSync(path.join(reportDir, 'screenshots'), { recursive: true, force: true });
    mkdirSync(path.join(reportDir, 'screenshots'), { recursive: true });
    const pages = files.filter((f) => f.endsWith('.html')).sort(pageOrder);
    const results = Object.fromEntries(pages.map((p) => [p, { vnu: [], browser: {}, lighthouse: {} }]));
    return { root, files, pages, reportDir, results };
  });
  for (const site of sites) Object.assign(site, await serveSite(site.root));

  const timings = {};
  const vnuFiles = sites.flatMap((site) =>
    site.files.filter((f) => /\.(html|css|svg)$/i.test(f)).map((f) => path.join(site.root, f)),
  );
  const vnuStarted = Date.now();
  const vnuDone = runVnu(vnuFiles).then((byFile) => {
    timings.vnu = seconds(vnuStarted);
    return byFile;
  });
  const contentStarted = Date.now();
  const contentDone = (values.content === 'none' ? Promise.resolve() : runContent(sites, values.brief && path.resolve(values.brief))).then(() => {
    timings.content = seconds(contentStarted);
  });
  const browserStarted = Date.now();
  const versions = await browserPass(sites, chromium);
  timings.browser = seconds(browserStarted);
  const byFile = await vnuDone;
  await contentDone;
  const siteFileErrors = new Map();
  for (const site of sites) {
    for (const file of site.files) {
      const errors = byFile.get(path.join(site.root, file)) || [];
      if (site.results[file]) site.results[file].vnu = errors;
      else if (errors.length) siteFileErrors.set(site, [...(siteFileErrors.get(site) || []), ...errors.map((e) => ({ ...e, file }))]);
    }
    site.base = siteBase(site);
    await linkCheck(site);
  }
  const lighthouseStarted = Date.now();
  await lighthousePass(sites, formFactors, Number(values.workers), chromium);
  timings.lighthouse = seconds(lighthouseStarted);
  timings.total = seconds(started);

  const tools = {
    vnu: JSON.parse(readFileSync(path.join(HERE, 'node_modules', 'vnu-jar', 'package.json'), 'utf8')).version,
    axe: versions.axe,
    chromium: versions.chromium,
    lighthouse: JSON.parse(readFileSync(path.join(HERE, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version,
  };
  let failed = 0;
  for (const site of sites) {
    const failures = judge(site, formFactors);
    for (const e of siteFileErrors.get(site) || []) failures.push({ check: 'vnu', page: e.file, message: `line ${e.line}: ${e.message}` });
    const summary = { formFactors, tools, failures, timings, checkedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
    const json = {
      site: site.root,
      passed: failures.length === 0,
      thresholds: { lighthouse: LIGHTHOUSE_MIN, axeFailingImpacts: [...AXE_FAILING_IMPACTS], vnuErrors: 0 },
      ...summary,
      pages: site.pages.map((p) => {
        const r = site.results[p];
        const browser = Object.fromEntries(Object.entries(r.browser).map(([k, v]) => [k, { ...v, dom: undefined }]));
        return { path: p, vnu: r.vnu, browser, lighthouse: r.lighthouse, links: r.links };
      }),
      siteLinks: site.siteLinks,
      content: site.content ?? { skipped: 'not run (--content none)' },
    };
    writeFileSync(path.join(site.reportDir, 'check.json'), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(path.join(site.reportDir, 'check.md'), renderReport(site, summary));
    const verdict = failures.length ? `FAIL (${failures.length})` : 'PASS';
    process.stdout.write(`${verdict}  ${path.relative(process.cwd(), path.join(site.reportDir, 'check.md'))}\n`);
    for (const f of failures.slice(0, 20)) process.stdout.write(`  ${f.check} ${f.page}: ${f.message}\n`);
    if (failures.length > 20) process.stdout.write(`  ... and ${failures.length - 20} more\n`);
    failed += failures.length ? 1 : 0;
    await site.close();
  }
  process.stdout.write(`checked ${sites.length} site(s) in ${timings.total}s (${Object.entries(timings).map(([k, v]) => `${k} ${v}s`).join(', ')})\n`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => fail(String(error?.stack || error)));
