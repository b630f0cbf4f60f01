// One Lighthouse worker: its own Chromium, reused for every page the parent sends it.
// Lighthouse keeps global state per process, so parallel runs need one process each.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let chrome = null;

async function startChrome(executable) {
  const profile = mkdtempSync(path.join(tmpdir(), 'sitecheck-lh-'));
  const child = spawn(
    executable,
    [...CHROME_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${seen}`)), 30000);
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${seen}`)));
  });
  child.stderr.resume();
  return { child, port, profile };
}

async function stopChrome() {
  if (!chrome) return;
  const { child, profile } = chrome;
  chrome = null;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
  rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
}

// The part of a Lighthouse result the report needs: scores, metrics, what cost points.
function summarise(lhr) {
  const categories = {};
  const lost = {};
  for (const [id, category] of Object.entries(lhr.categories)) {
    categories[id] = category.score === null ? null : Math.round(category.score * 100);
    lost[id] = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
      .map(({ ref, audit }) => ({
        id: ref.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        displayValue: audit.displayValue || '',
      }));
  }
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  const opportunities = Object.values(lhr.audits)
    .filter((audit) => audit.details?.type === 'opportunity' && audit.score !== null && audit.score < 1)
    .map((audit) => ({ id: audit.id, title: audit.title, displayValue: audit.displayValue || '' }));
  return {
    categories,
    lost,
    opportunities,
    metrics: {
      fcp_ms: metric('first-contentful-paint'),
      lcp_ms: metric('largest-contentful-paint'),
      tbt_ms: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si_ms: metric('speed-index'),
    },
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings || [],
  };
}

async function audit({ url, formFactor, executable }) {
  if (!chrome) chrome = await startChrome(executable);
  // Our own screenshots are taken elsewhere; Lighthouse's full-page one scores nothing.
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', disableFullPageScreenshot: true };
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  try {
    const result = await lighthouse(url, flags, config);
    if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
    return summarise(result.lhr);
  } catch (error) {
    await stopChrome(); // a broken browser is not reused for the next page
    throw error;
  }
}

process.on('message', async (job) => {
  if (job.type === 'stop') {
    await stopChrome();
    process.exit(0);
  }
  try {
    process.send({ id: job.id, ok: true, result: await audit(job) });
  } catch (error) {
    process.send({ id: job.id, ok: false, error: String(error?.stack || error) });
  }
});
process.on('disconnect', async () => {
  await stopChrome();
  process.exit(0);
});
