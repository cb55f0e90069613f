// Serves a built site at its base path, opens every page in headless Chromium (playwright-core), and prints JSON:
// axe-core's violations of the WCAG A, AA and AAA rules in light and dark mode at 1280 px, the pages that scroll
// sideways at 390 px, and how a missing address two folders deep is answered.
// Usage: node check-pages.cjs OUT_DIR SITE_PATH TOOLS_DIR CHROMIUM
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const [outDir, sitePath, toolsDir, chromiumPath] = process.argv.slice(2);
const { chromium } = require(path.join(toolsDir, 'node_modules', 'playwright-core'));
const axeSource = fs.readFileSync(path.join(toolsDir, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag21aaa', 'wcag22aa'];
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.ttf': 'font/ttf',
  '.json': 'application/json', '.xml': 'application/xml', '.pdf': 'application/pdf', '.md': 'text/markdown', '.txt': 'text/plain' };

function pages(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap(e =>
    e.isDirectory() ? pages(path.join(dir, e.name), prefix + e.name + '/')
      : e.name.endsWith('.html') ? [prefix + e.name] : []);
}

// Like GitHub Pages: a folder answers with its index.html, anything missing with 404.html and status 404.
const server = http.createServer((request, response) => {
  const url = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  let file = url.startsWith(sitePath) ? path.join(outDir, url.slice(sitePath.length)) : null;
  if (file && url.endsWith('/')) file = path.join(file, 'index.html');
  const found = file && file.startsWith(outDir) && fs.existsSync(file) && fs.statSync(file).isFile();
  const served = found ? file : path.join(outDir, '404.html');
  response.writeHead(found ? 200 : 404, { 'content-type': types[path.extname(served)] || 'application/octet-stream' });
  response.end(fs.readFileSync(served));
});

(async () => {
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const result = { pages: 0, violations: [], sideways: [], notFound: null };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const file of pages(outDir)) {
      result.pages++;
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        await page.goto(origin + sitePath + file, { waitUntil: 'load' });
        await page.evaluate(axeSource);
        const run = await page.evaluate(t => window.axe.run(document, { runOnly: { type: 'tag', values: t }, resultTypes: ['violations'] }), tags);
        for (const v of run.violations)
          result.violations.push({ page: file, colorScheme, rule: v.id, impact: v.impact,
            nodes: v.nodes.slice(0, 5).map(n => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`) });
      }
    }
    const narrow = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await narrow.newPage();
    for (const file of pages(outDir)) {
      await phone.goto(origin + sitePath + file, { waitUntil: 'load' });
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) result.sideways.push(`${file}: ${width} px wide`);
    }
    const response = await page.goto(origin + sitePath + 'weeks/no-such-week/deeper/', { waitUntil: 'load' });
    result.notFound = await page.evaluate(status => ({
      status,
      styled: getComputedStyle(document.querySelector('.masthead')).display === 'block' && getComputedStyle(document.body).margin === '0px',
      links: [...document.querySelectorAll('a[href]')].map(a => a.href),
    }), response.status());
    result.notFound.brokenLinks = [];
    const here = new URL(page.url()).pathname;
    for (const href of result.notFound.links.filter(h => h.startsWith(origin) && new URL(h).pathname !== here))
      if ((await context.request.get(href)).status() !== 200) result.notFound.brokenLinks.push(href);
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write(JSON.stringify(result, null, 1) + '\n');
})().catch(e => { console.error(e.stack || String(e)); process.exit(1); });
