/// <reference lib="dom" />
// The explorer's performance in the browser (Debian's Chromium, headless), not a timed test:
//   - a 2,000-node / 4,000-edge subgraph, in the API's cytoscape.js form, added, laid out (fcose) and drawn;
//   - panning: frames per second while the chart is dragged, as an analyst pans it (mouse down on the
//     background, a mouse move in every requestAnimationFrame, mouse up);
//   - the initial page's weight: the JavaScript and CSS that index.html loads, gzipped.
// The machine may be shared, so it runs several times, each on a fresh page, and reports the medians, every
// run, the load average around each run and the page's main-thread CPU time (CPU time does not grow with
// other processes' load the way wall time does).
// Needs the API built and Neo4j running with the demo data (the page signs in as a demo agency):
//   npm run build && npm run db:start && node dist/bench/explorer.js [--runs 5] [--nodes 2000] [--edges 4000] [--pan-seconds 5]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { Command } from 'commander';
import type { Browser } from 'playwright-core';
import { launchBrowser, startApi } from '../test/browser/browser';

const opts = new Command()
  .option('--runs <n>', 'runs, each on a fresh page; medians are reported', '5')
  .option('--nodes <n>', 'nodes of the synthetic subgraph', '2000')
  .option('--edges <n>', 'edges of the synthetic subgraph', '4000')
  .option('--pan-seconds <s>', 'seconds of panning', '5')
  .parse()
  .opts<{ runs: string; nodes: string; edges: string; panSeconds: string }>();

/** The gzipped size of every script and stylesheet that index.html loads. */
function initialPageBytes(): { file: string; bytes: number; gzipped: number }[] {
  const dist = path.resolve(__dirname, '..', '..', 'web', 'dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => {
    const content = fs.readFileSync(path.join(dist, m[1]));
    return { file: m[1], bytes: content.length, gzipped: zlib.gzipSync(content, { level: 9 }).length };
  });
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const loadAverage = () => os.loadavg()[0];

/** One run on a fresh page: the draw, then the pan. */
async function run(browser: Browser, base: string, nodes: number, edges: number, panSeconds: number) {
  const loadBefore = loadAverage();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${base}/#demo`);
    await page.waitForFunction(() => (window as any).linkgraphChart?.nodes().length > 0, null, { timeout: 120_000 });
    // The demo case's own layout is awaited first, so it does not race the measurement.
    await page.evaluate(() => (window as any).linkgraphChartTools.layout((window as any).linkgraphChart));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
    const cpuBefore = await threadTime();
    const draw = await page.evaluate(
      async ([n, m]) => {
        const cy = (window as any).linkgraphChart;
        const { addElements, layout } = (window as any).linkgraphChartTools;
        cy.elements().remove();
        const types = ['PERSON', 'PHONE', 'ACCOUNT', 'ADDRESS', 'VEHICLE', 'CASE'];
        const countries = ['EE', 'FI', 'SE', 'NO', 'DK', 'LV', 'LT', 'RU'];
        // A scale-free-ish graph: each new node links to an earlier one, the rest at random (fixed seed).
        let seed = 42;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        const nodeList = Array.from({ length: n }, (_, i) => ({
          data: {
            id: `n${i}`,
            type: types[i % types.length],
            label: `Node ${i}`,
            country: countries[i % countries.length],
            access: i % 17 === 0 ? 'HIT' : 'FULL',
            hit: i % 17 === 0 ? { agency: 'FI-POL', country: 'FI', caseHandle: `hit:${i}`, handlingCode: 'H2' } : null,
            cases: [],
          },
        }));
        const edgeList = Array.from({ length: m }, (_, j) => {
          const source = j < n - 1 ? j + 1 : Math.floor(random() * n);
          const target = j < n - 1 ? Math.floor(random() * (j + 1)) : Math.floor(random() * n);
          return { data: { id: `e${j}`, source: `n${source}`, target: `n${target}`, type: 'USES', caseId: null } };
        });
        const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
        const t0 = performance.now();
        addElements(cy, { nodes: nodeList, edges: edgeList }, null, []);
        const added = performance.now();
        await layout(cy);
        const laidOut = performance.now();
        await frame();
        await frame(); // the first frame after layout is drawn
        const drawn = performance.now();
        return {
          nodes: cy.nodes().length,
          edges: cy.edges().length,
          addMs: added - t0,
          layoutMs: laidOut - added,
          totalMs: drawn - t0,
        };
      },
      [nodes, edges],
    );
    const drawCpuMs = ((await threadTime()) - cpuBefore) * 1000;

    const pan = await page.evaluate(async (seconds) => {
      const cy = (window as any).linkgraphChart;
      const container: HTMLElement = cy.container();
      const box = container.getBoundingClientRect();
      // A corner of the chart: the fitted view keeps a 30 px margin, so the drag grabs the background.
      let x = box.left + 5;
      const y = box.top + 5;
      const mouse = (type: string, target: EventTarget) =>
        target.dispatchEvent(
          new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: 1, bubbles: true, cancelable: true }),
        );
      const panBefore = cy.pan().x;
      // Pressed where a real mouse would press: on the element at that point (cytoscape's top canvas).
      mouse('mousedown', document.elementFromPoint(x, y)!);
      const times: number[] = [];
      const end = performance.now() + seconds * 1000;
      await new Promise<void>((resolve) => {
        const step = (t: number) => {
          times.push(t);
          x += times.length % 240 < 120 ? 4 : -4;
          mouse('mousemove', window);
          if (t < end) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      mouse('mouseup', window);
      const gaps = times
        .slice(1)
        .map((t, i) => t - times[i])
        .sort((a, b) => a - b);
      const span = (times[times.length - 1] - times[0]) / 1000;
      return {
        frames: times.length,
        fps: (times.length - 1) / span,
        p95FrameMs: gaps[Math.floor(gaps.length * 0.95)],
        worstFrameMs: gaps[gaps.length - 1],
        // Proof that the drag panned the chart (and did not, say, move a node).
        pannedPx: Math.abs(cy.pan().x - panBefore),
      };
    }, panSeconds);
    if (pan.pannedPx === 0) throw new Error('the drag did not pan the chart');
    return { draw: { ...draw, mainThreadCpuMs: drawCpuMs }, pan, loadAverage: [loadBefore, loadAverage()] };
  } finally {
    await page.close();
  }
}

async function main() {
  const runs = Number(opts.runs);
  const api = await startApi({ SEED_DEMO: 'true' });
  const browser = await launchBrowser();
  try {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const r = await run(browser, api.base, Number(opts.nodes), Number(opts.edges), Number(opts.panSeconds));
      results.push(r);
      process.stdout.write(
        `run ${i + 1}: draw ${r.draw.totalMs.toFixed(0)} ms (layout ${r.draw.layoutMs.toFixed(0)} ms, main-thread CPU ${r.draw.mainThreadCpuMs.toFixed(0)} ms), pan ${r.pan.fps.toFixed(1)} fps, load ${r.loadAverage.map((l) => l.toFixed(1)).join(' → ')}\n`,
      );
    }
    const draw = {
      nodes: results[0].draw.nodes,
      edges: results[0].draw.edges,
      medianMs: median(results.map((r) => r.draw.totalMs)),
      medianAddMs: median(results.map((r) => r.draw.addMs)),
      medianLayoutMs: median(results.map((r) => r.draw.layoutMs)),
      medianMainThreadCpuMs: median(results.map((r) => r.draw.mainThreadCpuMs)),
      budgetMs: 2000,
    };
    const pan = {
      medianFps: median(results.map((r) => r.pan.fps)),
      medianP95FrameMs: median(results.map((r) => r.pan.p95FrameMs)),
      budgetFps: 30,
    };
    const loads = results.flatMap((r) => r.loadAverage);
    const files = initialPageBytes();
    const gzipped = files.reduce((s, f) => s + f.gzipped, 0);
    const report = {
      at: new Date().toISOString(),
      chromium: browser.version(),
      cores: os.cpus().length,
      loadAverage1m: { min: Math.min(...loads), median: median(loads), max: Math.max(...loads) },
      draw: { ...draw, ok: draw.medianMs < 2000 },
      pan: { ...pan, ok: pan.medianFps >= 30 },
      initialPage: { files, gzippedBytes: gzipped, budgetBytes: 400 * 1024, ok: gzipped <= 400 * 1024 },
      runs: results,
    };
    process.stdout.write(
      `draw ${draw.nodes} nodes / ${draw.edges} edges, median of ${runs}: ${draw.medianMs.toFixed(0)} ms (add ${draw.medianAddMs.toFixed(0)} ms, layout ${draw.medianLayoutMs.toFixed(0)} ms; main-thread CPU ${draw.medianMainThreadCpuMs.toFixed(0)} ms) [budget < 2000]\n`,
    );
    process.stdout.write(
      `pan, median of ${runs}: ${pan.medianFps.toFixed(1)} fps, p95 frame ${pan.medianP95FrameMs.toFixed(1)} ms [budget >= 30 fps]\n`,
    );
    process.stdout.write(`initial page: ${(gzipped / 1024).toFixed(1)} kB gzipped JS+CSS [budget <= 400 kB]\n`);
    process.stdout.write(
      `load average (1 min) on ${os.cpus().length} cores during the runs: ${report.loadAverage1m.min.toFixed(1)}–${report.loadAverage1m.max.toFixed(1)}, median ${report.loadAverage1m.median.toFixed(1)}\n`,
    );
    fs.writeFileSync(
      path.resolve(__dirname, '..', '..', 'bench', 'results', 'explorer.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );
  } finally {
    await browser.close();
    await api.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`explorer bench: ${(error as Error).message}\n`);
  process.exit(1);
});
