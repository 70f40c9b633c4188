/// <reference lib="dom" />
// The analyst's explorer in a real browser (Debian's Chromium) against the real API and Neo4j with the
// demo data: every flow, no hidden value of another agency in the page, no request leaving 127.0.0.1,
// axe-core's accessibility checks, and the README's screenshots (docs/images, 1280×800).
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoCases, resetDatabase, testDatabase } from '../helpers';
import { hiddenValues, shownValues } from '../demoSecrets';
import { importCases } from '../../src/cases/importCases';
import { loadConfig } from '../../src/config';
import { mintDevToken, type Role } from '../../src/auth/identity';
import type { Database } from '../../src/db/database';
import { launchBrowser, startApi, type RunningApi } from './browser';
import { openCase } from '../openCase';

const IMAGES = path.resolve(__dirname, '..', '..', 'docs', 'images');
const WAIT = 120_000; // an upper bound for a loaded machine; every wait ends as soon as its condition holds
jest.setTimeout(4 * WAIT);
let db: Database;
let api: RunningApi;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Every request any page made that went anywhere but the API under test. */
const outside: string[] = [];
/** GraphQL requests that did not state the session's purpose. */
const withoutPurpose: string[] = [];

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await importCases(db, demoCases());
  [api, browser] = await Promise.all([startApi(), launchBrowser()]);
}, 300_000);
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await api?.stop();
  await db.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${api.base}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) outside.push(url);
    if (url.startsWith(`${api.base}/graphql`) && !r.headers()['x-purpose']) withoutPurpose.push(url);
  });
  // WebSockets (the live alerts) are no 'request' events: they are checked on their own.
  page.on('websocket', (ws) => {
    if (!ws.url().startsWith(`${api.base.replace(/^http/, 'ws')}/`)) outside.push(ws.url());
  });
  return page;
}

/**
 * Another client of the same API, as an agency's own tools call it: a token of the demo agency's analyst
 * (agency code in lower case, as /dev/token names it) with the given roles, and a purpose.
 */
async function apiAs(
  agency: string,
  roles: Role[],
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: any; errors?: Array<{ message: string }> }> {
  const token = await mintDevToken(loadConfig(), {
    analyst: `${agency.toLowerCase()}.analyst`,
    agency,
    country: agency.slice(0, 2),
    roles,
  });
  const response = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': `${agency}: test` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ message: string }> };
}

async function signIn(page: Page, agency: string, purpose: string) {
  await page.goto(`${api.base}/`);
  await page.getByLabel('Development: sign in as a demo agency').selectOption(agency);
  await page.getByLabel(/Purpose of this session/).fill(purpose);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`purpose: ${purpose}`).waitFor();
}

/** Everything the page holds for the analyst: its HTML, its text and the chart's data (drawn on a canvas). */
/** Searches for `text` and puts the first result whose button matches `result` on the chart. */
async function searchAndPick(page: Page, text: string, result: RegExp) {
  await page.getByLabel(/Search names/).fill(text);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: result }).first().click();
}

async function pageContents(page: Page): Promise<string> {
  const chart = await page.evaluate(() => JSON.stringify((window as any).linkgraphChart?.elements().jsons() ?? []));
  return `${await page.content()}\n${await page.evaluate(() => document.body.innerText)}\n${chart}`;
}
async function expectNoHiddenValues(page: Page, agency: string) {
  const contents = await pageContents(page);
  expect(shownValues(contents, hiddenValues(agency))).toEqual([]);
}

const chartCount = (page: Page, selector = 'node') =>
  page.evaluate((s) => (window as any).linkgraphChart.nodes(s).length, selector);
const waitForChart = (page: Page, selector: string, atLeast = 1) =>
  page.waitForFunction(
    ([s, n]) => ((window as any).linkgraphChart?.nodes(s).length ?? 0) >= n,
    [selector, atLeast] as const,
    { timeout: WAIT },
  );

/**
 * Taps a chart node through cytoscape's own event API, once no work is under way. (A pointer click on the
 * canvas lands on whatever is drawn there at that instant, which made these tests depend on timing.)
 */
async function clickNode(page: Page, id: string, double = false) {
  await page.waitForFunction(() => !document.querySelector('.status'), null, { timeout: WAIT });
  const at = await page.evaluate(
    ([nodeId, dbl]) => {
      const node = (window as any).linkgraphChart.getElementById(nodeId);
      node.emit(dbl ? 'dbltap' : 'tap');
      return { label: node.data('label'), stub: node.data('type') === 'STUB' };
    },
    [id, double] as const,
  );
  // A tap selects the node: its details show.
  if (!double && !at.stub)
    await page
      .getByRole('region', { name: 'Selected node' })
      .getByRole('heading', { name: at.label, exact: true })
      .waitFor();
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function shot(page: Page, name: string) {
  // The whole chart in view (clicking a node centres it).
  await page.evaluate(() => {
    const cy = (window as any).linkgraphChart;
    if (!cy) return;
    cy.fit(undefined, 40);
    if (cy.zoom() > 1.2) cy.zoom({ level: 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    cy.center();
  });
  await page.screenshot({ path: path.join(IMAGES, name) });
}

describe('the explorer in a browser', () => {
  let ee: Page;
  let hitHandle = '';
  let hitAgency = '';

  it('asks for a purpose, signs in as a demo agency, and passes axe-core', async () => {
    fs.mkdirSync(IMAGES, { recursive: true });
    ee = await newPage();
    await ee.goto(`${api.base}/`);
    await ee.getByLabel(/Purpose of this session/).waitFor();
    await ee.getByLabel('Development: sign in as a demo agency').selectOption('EE-PPA');
    expect(await axe(ee)).toEqual([]);
    await shot(ee, 'explorer-sign-in.png');
    // No purpose, no session.
    await ee.getByRole('button', { name: 'Sign in' }).click();
    expect(await ee.getByText('purpose:').count()).toBe(0);
    await signIn(ee, 'EE-PPA', 'EE-2024-0117: recruiter phone');
    await ee.getByText('ee-ppa.analyst · EE-PPA').waitFor();
  });

  it('opens a case with its cross-border links and puts them on the chart, a hit locked', async () => {
    await searchAndPick(ee, 'Jaan Tamm', /Jaan Tamm/);
    await waitForChart(ee, '[type = "PERSON"]');
    await waitForChart(ee, '[type = "CASE"]');
    await clickNode(ee, 'case:EE-PPA:EE-2024-0117');
    await ee.getByRole('button', { name: 'Open case' }).click();
    const panel = ee.getByRole('region', { name: 'Case' });
    await panel.getByRole('heading', { name: 'EE-2024-0117' }).waitFor();
    await panel.getByText('Cross-border links').waitFor();
    await panel
      .getByText(/^hit · FI-POL \(FI\) · H[0-3]$/)
      .first()
      .waitFor();
    await panel.getByRole('button', { name: 'Put case and its links on the chart' }).click();
    await waitForChart(ee, '[access = "HIT"][type = "CASE"]');
    expect(await chartCount(ee)).toBeGreaterThan(8);
    await expectNoHiddenValues(ee, 'EE-PPA');
    expect(await axe(ee)).toEqual([]);
    await shot(ee, 'explorer-case.png');
  });

  it('shows a hit with its owner and handling code and asks the owner for access', async () => {
    const hit = await ee.evaluate(() =>
      (window as any).linkgraphChart.nodes('[access = "HIT"][type = "CASE"]')[0].data(),
    );
    hitHandle = hit.hit.caseHandle;
    hitAgency = hit.hit.agency;
    await clickNode(ee, hit.id);
    const locked = ee.locator('.locked');
    await locked
      .getByText(`held by ${hit.hit.agency} (${hit.hit.country}), handling code ${hit.hit.handlingCode}`)
      .waitFor();
    await locked.getByLabel('Justification').fill('same recruiter phone as EE-2024-0117');
    await locked.getByRole('button', { name: 'Request access' }).click();
    await locked.getByText(/sent: pending/).waitFor();
    await expectNoHiddenValues(ee, 'EE-PPA');
    await shot(ee, 'explorer-hit.png');
  });

  it('expands a node, and an "and N more" stub, on demand', async () => {
    await ee.getByRole('button', { name: 'Clear' }).click();
    await ee.getByLabel('Max nodes per expansion').fill('3');
    await searchAndPick(ee, 'Jaan Tamm', /Jaan Tamm/);
    await waitForChart(ee, '[type = "STUB"]');
    const stub = await ee.evaluate(() => (window as any).linkgraphChart.nodes('[type = "STUB"]')[0].data());
    expect(stub.label).toMatch(/^and \d+ more /);
    const before = await chartCount(ee, '[type != "STUB"]');
    await clickNode(ee, stub.id);
    await ee.waitForFunction((n) => (window as any).linkgraphChart.nodes('[type != "STUB"]').length > n, before, {
      timeout: WAIT,
    });
    await ee.getByLabel('Max nodes per expansion').fill('100');
    // Double-click expands a node in place: alone on the chart, a phone brings its neighbourhood back.
    const phone = await ee.evaluate(() => {
      const cy = (window as any).linkgraphChart;
      const keep = cy.nodes('[type = "PHONE"][access = "FULL"]')[0];
      cy.elements().difference(keep).remove();
      return keep.id();
    });
    await clickNode(ee, phone, true);
    await ee.waitForFunction(() => (window as any).linkgraphChart.nodes().length > 1, null, { timeout: WAIT });
    // The expansion's layout finished (no status line): the next test's Clear does not race it.
    await ee.waitForFunction(() => !document.querySelector('.status'), null, { timeout: WAIT });
    await expectNoHiddenValues(ee, 'EE-PPA');
  });

  it('finds paths between two marked nodes', async () => {
    await ee.getByRole('button', { name: 'Clear' }).click();
    await searchAndPick(ee, 'Jaan Tamm', /Jaan Tamm/);
    await waitForChart(ee, '[type = "PHONE"]');
    const [a, b] = await ee.evaluate(() => {
      const cy = (window as any).linkgraphChart;
      return [
        cy.nodes('[type = "CASE"][access = "FULL"]')[0].id(),
        cy.nodes('[type = "PHONE"][access = "FULL"]')[0].id(),
      ];
    });
    await clickNode(ee, a);
    await ee.getByRole('button', { name: 'Mark as path end' }).click();
    await clickNode(ee, b);
    await ee.getByRole('button', { name: 'Mark as path end' }).click();
    await ee.getByRole('button', { name: 'Paths between marked' }).click();
    await ee
      .getByRole('region', { name: 'Paths' })
      .getByRole('heading', { name: /^[1-9]\d* paths?$/ })
      .waitFor();
    expect(await ee.evaluate(() => (window as any).linkgraphChart.elements('.highlight').length)).toBeGreaterThan(1);
  });

  it('exports the chart as GraphML, Cytoscape JSON and PNG', async () => {
    const save = async (button: string) => {
      const [download] = await Promise.all([
        ee.waitForEvent('download'),
        ee.getByRole('button', { name: button, exact: true }).click(),
      ]);
      return fs.readFileSync(await download.path());
    };
    const graphml = (await save('GraphML')).toString('utf8');
    expect(graphml).toContain('<graphml');
    expect(graphml).toContain('attr.list="string"');
    const cyjs = JSON.parse((await save('Cytoscape JSON')).toString('utf8'));
    expect(cyjs.elements.nodes.length).toBeGreaterThan(0);
    const png = await save('PNG');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    for (const file of [graphml, JSON.stringify(cyjs)]) expect(shownValues(file, hiddenValues('EE-PPA'))).toEqual([]);
  });

  it('follows money in time order, sizes brokers and colours communities, and filters by a time window', async () => {
    const se = await newPage();
    await signIn(se, 'SE-NOA', 'SE-2024-1201: debt payments');
    await searchAndPick(se, 'SE45 5000 0000 0583 9825 7466', /Account/);
    await se.getByRole('button', { name: 'Money flow' }).click();
    const flow = se.getByRole('region', { name: 'Money flow' });
    await flow.getByText(/2024-01-05 10:00 · 450\.00 SEK/).waitFor();
    await shot(se, 'explorer-money-flow.png');
    await se.getByRole('button', { name: 'Brokers & communities' }).click();
    await se
      .getByRole('region', { name: 'Network metrics' })
      .getByText(/\d+ component\(s\), \d+ communities/)
      .waitFor();
    expect(await se.evaluate(() => (window as any).linkgraphChart.nodes('[community >= 0]').length)).toBeGreaterThan(0);
    // The time bar: a window after every date hides the dated nodes.
    await waitForChart(se, '[type = "MONEY_TRANSFER"]');
    const from = se.getByLabel(/^From /);
    await from.focus();
    await se.keyboard.press('End');
    await se.waitForFunction(() => (window as any).linkgraphChart.nodes('.out-of-window').length > 0);
    await se.keyboard.press('Home');
    await se.waitForFunction(() => (window as any).linkgraphChart.nodes('.out-of-window').length === 0);
    await expectNoHiddenValues(se, 'SE-NOA');
    expect(await axe(se)).toEqual([]);
    await shot(se, 'explorer-metrics.png');
  });

  it("the README's first address, /#demo, opens signed in as a demo agency on the demo case, with a legend", async () => {
    // npm run demo prints http://HOST:PORT/#demo (src/main.ts); a fresh browser opens it. (Before the owner
    // approves EE-PPA's request below: afterwards EE-PPA may see that case.)
    const demo = await newPage();
    await demo.goto(`${api.base}/#demo`);
    await demo.getByText('purpose: Demo: EE-2024-0117 recruitment network').waitFor();
    await demo.getByRole('region', { name: 'Case' }).getByRole('heading', { name: 'EE-2024-0117' }).waitFor();
    await waitForChart(demo, '[id = "case:EE-PPA:EE-2024-0117"]');
    await waitForChart(demo, '[access = "HIT"]');
    // Shapes by type and colours by country, both in the legend; the Estonian case is drawn in EE's colour.
    const legend = demo.getByLabel('Legend');
    for (const entry of ['Case', 'Person', 'Phone', 'Account', 'Hit (locked)', 'EE', 'FI', 'LT'])
      await legend.getByText(entry, { exact: true }).waitFor();
    const [caseColour, estonian] = await demo.evaluate(() => {
      const cy = (window as any).linkgraphChart;
      return [
        cy.getElementById('case:EE-PPA:EE-2024-0117').style('background-color'),
        cy.nodes('[country = "EE"][access = "FULL"][type = "PERSON"]')[0].style('background-color'),
      ];
    });
    expect(caseColour).toBe('rgb(0,114,178)');
    expect(estonian).toBe(caseColour);
    await expectNoHiddenValues(demo, 'EE-PPA');
  });

  it('reaches the inbox and the search by keyboard alone', async () => {
    const page = await newPage();
    await signIn(page, 'EE-PPA', 'EE-2024-0117: keyboard check');
    /** Presses Tab until the focused element matches, as a keyboard user would; fails if it never does. */
    const tabTo = async (selector: string, text?: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const reached = await page.evaluate(
          ([sel, t]) => {
            const e = document.activeElement;
            return !!e?.matches(sel) && (t === undefined || e.textContent?.trim() === t);
          },
          [selector, text] as const,
        );
        if (reached) return;
      }
      throw new Error(`Tab never reached ${selector} ${text ?? ''}`);
    };
    await page.locator('body').focus();
    await tabTo('nav button', 'Inbox');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: /Hits on our cases/ }).waitFor();
    await tabTo('nav button', 'Explore');
    await page.keyboard.press('Enter');
    await tabTo('#search-text');
    await page.keyboard.type('Jaan Tamm');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Search results' }).getByText('Jaan Tamm').waitFor();
    await tabTo('button.result');
    await page.keyboard.press('Enter');
    await waitForChart(page, '[type = "PERSON"]');
  });

  it('the owner sees who hit its case and approves the request from the inbox', async () => {
    const owner = await newPage();
    await signIn(owner, hitAgency, 'answering access requests');
    await owner.getByRole('button', { name: 'Inbox' }).click();
    const incoming = owner.getByRole('region', { name: /Access requests to our cases/ });
    const row = incoming.getByRole('row', { name: /same recruiter phone as EE-2024-0117/ });
    await row.waitFor();
    expect(
      await owner
        .getByRole('region', { name: /Hits on our cases/ })
        .getByText(/EE-PPA \(EE\)/)
        .count(),
    ).toBeGreaterThan(0);
    expect(await axe(owner)).toEqual([]);
    await shot(owner, 'explorer-inbox.png');
    // Keyboard only: Tab to Approve and press Enter.
    await row.getByRole('button', { name: 'Approve' }).focus();
    await owner.keyboard.press('Enter');
    await incoming.getByRole('row', { name: /approved/ }).waitFor();
    expect(hitHandle).toMatch(/^hit:/);
  });

  it('the owner refuses a request from the inbox: refused in the page and the API, the requester keeps a hit, the decision is audited', async () => {
    // RU-SPB's recruiter phone is in a Kripos case too: RU-SPB asks Kripos for that case, as its tools would.
    const links = await apiAs(
      'RU-SPB',
      ['analyst'],
      '{ crossBorderLinks(caseId: "case:RU-SPB:RU-2024-0077") { case { access hit { agency caseHandle } } } }',
    );
    const handle = links.data.crossBorderLinks.find((l: any) => l.case.hit?.agency === 'NO-KRIPOS').case.hit.caseHandle;
    const requested = await apiAs(
      'RU-SPB',
      ['analyst'],
      'mutation($h: ID!, $j: NonEmptyString!) { requestAccess(caseHandle: $h, justification: $j) { id status } }',
      { h: handle, j: 'same phone as the recruiter in RU-2024-0077' },
    );
    expect(requested.data?.requestAccess.status).toBe('PENDING');
    const requestId: string = requested.data!.requestAccess.id;

    const owner = await newPage();
    await signIn(owner, 'NO-KRIPOS', 'answering access requests');
    await owner.getByRole('button', { name: 'Inbox' }).click();
    const incoming = owner.getByRole('region', { name: /Access requests to our cases/ });
    const row = incoming.getByRole('row', { name: /same phone as the recruiter in RU-2024-0077/ });
    await row.getByText('pending', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Refuse' }).click();
    await row.getByText('refused', { exact: true }).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    expect(await axe(owner)).toEqual([]);

    // The owner's API says so, with who decided.
    const decided = await apiAs(
      'NO-KRIPOS',
      ['analyst'],
      '{ accessRequests(direction: INCOMING, first: 20) { edges { node { id status decidedBy } } } }',
    );
    expect(decided.data.accessRequests.edges.map((e: any) => e.node).find((r: any) => r.id === requestId)).toEqual({
      id: requestId,
      status: 'REFUSED',
      decidedBy: 'no-kripos.analyst',
    });
    // The requester sees the refusal, and the case stays a hit: whose it is, never what it holds.
    const seen = await apiAs(
      'RU-SPB',
      ['analyst'],
      `{ accessRequests(direction: OUTGOING, first: 10) { edges { node { id status case { id access label reference title persons { person { name } } hit { agency country caseHandle } } } } }
         crossBorderLinks(caseId: "case:RU-SPB:RU-2024-0077") { case { access reference title hit { agency caseHandle } } } }`,
    );
    const refused = seen.data.accessRequests.edges.map((e: any) => e.node).find((r: any) => r.id === requestId);
    expect(refused.status).toBe('REFUSED');
    expect(refused.case).toMatchObject({ access: 'HIT', reference: null, title: null, persons: [] });
    expect(refused.case.hit).toEqual({ agency: 'NO-KRIPOS', country: 'NO', caseHandle: handle });
    expect(seen.data.crossBorderLinks.find((l: any) => l.case.hit?.caseHandle === handle).case).toMatchObject({
      access: 'HIT',
      reference: null,
      title: null,
    });
    const answer = JSON.stringify(seen);
    expect(shownValues(answer, hiddenValues('RU-SPB'))).toEqual([]);
    // Kripos's auditor finds the decision in the audit log: who, as which agency, and the case.
    const audit = await apiAs(
      'NO-KRIPOS',
      ['auditor'],
      '{ auditLog(first: 50) { analyst agency operation outcome caseIds } }',
    );
    const entry = audit.data.auditLog.find((e: any) => e.outcome === `access request ${requestId} REFUSED`);
    expect(entry).toMatchObject({ analyst: 'no-kripos.analyst', agency: 'NO-KRIPOS', operation: 'mutation Decide' });
    expect(entry.caseIds).toHaveLength(1);
  });

  it("a live alert raises the badge and joins the list without a reload: another agency's case as a hit, nothing hidden", async () => {
    // LT-PD watches its open case LT-2024-0789 by default; LV-VP's loader then imports a case with its van
    // driver's phone: a new cross-border link to it.
    const newCase = {
      ...openCase('LV-VP', 'LV-2026-0912', '2026-11-20', 'FORCED_LABOUR'),
      title: 'Drivers hired in Riga for a night van route to Vilnius',
      persons: [{ id: 'LV-P-0912', name: 'Artūrs Ozoliņš', role: 'SUSPECT', function: 'TRANSPORTER' }],
      phones: [{ number: '+370 612 34567', holders: ['LV-P-0912'] }],
      addresses: [{ street: 'Maskavas iela 240', city: 'Rīga', holders: ['LV-P-0912'] }],
    };
    const secret = [...hiddenValues('LT-PD'), newCase.reference, newCase.title, 'Artūrs Ozoliņš', 'Maskavas iela'];
    const lvHandles = async () => {
      const { data } = await apiAs(
        'LT-PD',
        ['analyst'],
        '{ alerts(first: 20) { edges { node { cases { hit { agency caseHandle } } } } } }',
      );
      return new Set<string>(
        data.alerts.edges.flatMap((e: any) =>
          e.node.cases.filter((c: any) => c.hit?.agency === 'LV-VP').map((c: any) => c.hit.caseHandle),
        ),
      );
    };
    const before = await lvHandles();

    const lt = await newPage();
    const subscribed = lt.waitForEvent('websocket').then(
      (ws) =>
        new Promise<string>((resolve) =>
          ws.on('framesent', (frame) => {
            if (typeof frame.payload === 'string' && JSON.parse(frame.payload).type === 'subscribe') resolve(ws.url());
          }),
        ),
    );
    await signIn(lt, 'LT-PD', 'LT-2024-0789: van route');
    // The page's subscription went to this API over the same port, and the server reads it before the import
    // below commits: the import's own database round trips come after the subscribe message on the server.
    expect(await subscribed).toBe(`${api.base.replace(/^http/, 'ws')}/graphql`);
    const views = lt.getByRole('navigation', { name: 'Views' });
    expect(await views.locator('.badge').count()).toBe(0);
    await lt.evaluate(() => ((window as any).sameDocument = true));

    const imported = await apiAs(
      'LV-VP',
      ['loader'],
      'mutation($c: [CaseInput!]!) { importCases(cases: $c) { casesCreated } }',
      { c: [newCase] },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importCases.casesCreated).toBe(1);

    // The badge counts it, on the same page (no reload: the marker set above is still there).
    await lt.waitForFunction(
      () => Number(document.querySelector('nav[aria-label="Views"] .badge')?.textContent ?? 0) >= 1,
      null,
      { timeout: WAIT },
    );
    expect(await lt.evaluate(() => (window as any).sameDocument)).toBe(true);
    const added = [...(await lvHandles())].filter((h) => !before.has(h));
    expect(added).toHaveLength(1);
    await lt.getByRole('button', { name: /^Alerts/ }).click();
    // Newest first: the watch on LT's own case, and the Latvian case as a hit (agency, country, handle).
    const newest = lt.locator('ul.alerts > li').first();
    await newest.getByText(`hit: LV-VP (LV), handle ${added[0]}`, { exact: true }).waitFor();
    expect(await newest.textContent()).toMatch(/^WATCH · OPEN · LT-2024-0789 \(LT\) · /);
    expect(await views.locator('.badge').count()).toBe(0); // seen
    expect(await lt.evaluate(() => (window as any).sameDocument)).toBe(true);
    const contents = await pageContents(lt);
    expect(shownValues(contents, secret)).toEqual([]);
    expect(outside).toEqual([]);
    expect(await axe(lt)).toEqual([]);
  });

  it("GraphiQL, from the API's own assets, runs queries with the same token and purpose", async () => {
    await ee.goto(`${api.base}/graphiql`);
    await ee.locator('.graphiql-container').waitFor();
    // Ready once the editor shows the default query and the schema has loaded (the docs button works then).
    await ee.locator('.graphiql-query-editor').getByText('Janis Berzins').waitFor();
    const [response] = await Promise.all([
      ee.waitForResponse(
        (r) => r.url() === `${api.base}/graphql` && (r.request().postData() ?? '').includes('Janis Berzins'),
      ),
      ee.getByRole('button', { name: /Execute query/ }).click(),
    ]);
    expect(response.request().headers()['x-purpose']).toBe('EE-2024-0117: recruiter phone');
    expect(response.request().headers().authorization).toMatch(/^Bearer /);
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.search.length).toBeGreaterThan(0);
    await shot(ee, 'graphiql.png');
    await expectNoHiddenValues(ee, 'EE-PPA');
  });

  it('no request left 127.0.0.1, and every GraphQL request stated the purpose', () => {
    expect(outside).toEqual([]);
    expect(withoutPurpose).toEqual([]);
  });
});
