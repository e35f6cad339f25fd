// Opens the GraphiQL page in headless Chromium, types a query into the editor, runs it and saves
// a screenshot. Fails (exit 1) when the page logs errors, violates its CSP, or the result pane does
// not show data.
//
//   node check.mjs <graphql-url> <screenshot.png> [query]
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url = 'http://127.0.0.1:5187/graphql', screenshot = 'graphiql.png', query =
  '{ plans(first: 5) { totalCount edges { node { id title level periodStart periodEnd } } } }'] = process.argv.slice(2);

const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
const problems = [];
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

try {
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', async (response) => {
    if (response.status() >= 400) {
      const body = await response.text().catch(() => '');
      problems.push(`${response.request().method()} ${response.url()} -> ${response.status()}: ${body.slice(0, 300)}` +
        `\n    sent: ${(response.request().postData() ?? '').slice(0, 300)}`);
    }
  });

  const started = Date.now();
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`GET ${url} answered ${response?.status()}`);
  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.waitFor({ timeout: 15000 });
  // GraphiQL fetches the schema (introspection) right after mounting; type once that has settled.
  await page.waitForLoadState('networkidle');
  console.log(`GraphiQL ready after ${Date.now() - started} ms`);

  // Type the query like a user pasting it (insertText avoids CodeMirror's bracket auto-closing).
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  // GraphiQL re-derives the operation name from the editor after a short debounce; running before
  // it has would send the default query's operation name with the new text.
  await page.waitForTimeout(500);

  const runStarted = Date.now();
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response .CodeMirror');
  try {
    await page.waitForFunction(
      () => document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror?.getValue()?.includes('"data"'),
      null,
      { timeout: 15000 });
  } catch (error) {
    const typed = await editor.evaluate((node) => node.CodeMirror.getValue());
    const shown = await result.evaluate((node) => node.CodeMirror.getValue()).catch(() => '(no result pane)');
    await page.screenshot({ path: screenshot });
    throw new Error(`no data in the result pane: ${error.message}\n    editor: ${typed}\n    result: ${shown.slice(0, 300)}`);
  }
  console.log(`query answered after ${Date.now() - runStarted} ms`);
  const text = await result.evaluate((node) => node.CodeMirror.getValue());
  console.log(text.length > 600 ? text.slice(0, 600) + '\n…' : text);
  if (text.includes('"errors"')) problems.push('the result pane shows GraphQL errors');

  await page.screenshot({ path: screenshot });
  console.log(`screenshot: ${screenshot}`);
} catch (error) {
  problems.push(error.message);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error('GraphiQL check failed:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log('GraphiQL check passed');
