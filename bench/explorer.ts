/// <reference lib="dom" />
// The explorer's performance in the browser (Debian's Chromium, headless), not a timed test:
//   - a 2,000-node / 4,000-edge subgraph, in the API's cytoscape.js form, added, laid out (fcose) and drawn;
//   - panning: frames per second over a few seconds of requestAnimationFrame-driven pans;
//   - the initial page's weight: the JavaScript and CSS that index.html loads, gzipped.
// Needs the API built and Neo4j running with the demo data (the page signs in as a demo agency):
//   npm run build && npm run db:start && node dist/bench/explorer.js [--nodes 2000] [--edges 4000] [--pan-seconds 5]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Command } from 'commander';
import { launchBrowser, startApi } from '../test/browser/browser';

const opts = new Command()
  .option('--nodes <n>', 'nodes of the synthetic subgraph', '2000')
  .option('--edges <n>', 'edges of the synthetic subgraph', '4000')
  .option('--pan-seconds <s>', 'seconds of panning', '5')
  .parse()
  .opts<{ nodes: string; edges: string; panSeconds: string }>();

/** The gzipped size of every script and stylesheet that index.html loads. */
function initialPageBytes(): { file: string; bytes: number; gzipped: number }[] {
  const dist = path.resolve(__dirname, '..', '..', 'web', 'dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => {
    const content = fs.readFileSync(path.join(dist, m[1]));
    return { file: m[1], bytes: content.length, gzipped: zlib.gzipSync(content, { level: 9 }).length };
  });
}

async function main() {
  const nodes = Number(opts.nodes);
  const edges = Number(opts.edges);
  const api = await startApi({ SEED_DEMO: 'true' });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${api.base}/#demo`);
    await page.waitForFunction(() => (window as any).linkgraphChartTools !== undefined, null, { timeout: 120_000 });
    // Let the demo case load first, so it does not race the measurement; then start from an empty chart.
    await page.waitForFunction(() => (window as any).linkgraphChart.nodes().length > 0, null, { timeout: 120_000 });
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

    const pan = await page.evaluate(async (seconds) => {
      const cy = (window as any).linkgraphChart;
      cy.fit();
      const times: number[] = [];
      const end = performance.now() + seconds * 1000;
      await new Promise<void>((resolve) => {
        const step = (t: number) => {
          times.push(t);
          cy.panBy({ x: times.length % 240 < 120 ? 4 : -4, y: 0 });
          if (t < end) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
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
      };
    }, Number(opts.panSeconds));

    const files = initialPageBytes();
    const gzipped = files.reduce((s, f) => s + f.gzipped, 0);
    const report = {
      at: new Date().toISOString(),
      chromium: browser.version(),
      draw: { ...draw, budgetMs: 2000, ok: draw.totalMs < 2000 },
      pan: { ...pan, budgetFps: 30, ok: pan.fps >= 30 },
      initialPage: { files, gzippedBytes: gzipped, budgetBytes: 400 * 1024, ok: gzipped <= 400 * 1024 },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      `draw ${draw.nodes} nodes / ${draw.edges} edges: ${draw.totalMs.toFixed(0)} ms (layout ${draw.layoutMs.toFixed(0)} ms) [budget < 2000]\n`,
    );
    process.stdout.write(
      `pan: ${pan.fps.toFixed(1)} fps, p95 frame ${pan.p95FrameMs.toFixed(1)} ms [budget >= 30 fps]\n`,
    );
    process.stdout.write(`initial page: ${(gzipped / 1024).toFixed(1)} kB gzipped JS+CSS [budget <= 400 kB]\n`);
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
