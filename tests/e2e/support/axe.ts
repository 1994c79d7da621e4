/**
 * axe-core, injected from node_modules (never fetched), run against WCAG 2.0/2.1/2.2 A and AA plus
 * axe's best practices. Failures list each violation with its rule, impact, help text and the CSS
 * selectors of the offending elements, so a red test says what to fix without opening a report.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements (`>>` crosses into a frame, `>>>` into a shadow root). */
  targets: string[];
}

/** The page's `window` once axe-core is injected (typed here, not globally, to keep it out of the app's types). */
type WithAxe = Window & { axe?: { run: (context: ElementContext, options: RunOptions) => Promise<AxeResults> } };

export interface AxeOptions {
  /** A CSS selector for the part of the page to check; the whole document by default. */
  include?: string;
  /** CSS selectors of parts to leave out. */
  exclude?: string[];
  /** Rule ids to switch off, each with a reason kept next to the call. */
  disableRules?: string[];
}

/**
 * A page whose Content-Security-Policy forbids inline scripts would block (and log) a script tag,
 * so there axe is evaluated through the debugging protocol, which CSP does not govern.
 */
async function injectAxe(page: Page): Promise<void> {
  const { loaded, hasPolicy } = await page.evaluate(() => ({
    loaded: (window as WithAxe).axe !== undefined,
    hasPolicy: document.querySelector('meta[http-equiv="Content-Security-Policy" i]') !== null,
  }));
  if (loaded) return;
  if (hasPolicy) await page.evaluate(axeSource);
  else await page.addScriptTag({ content: axeSource });
}

/** Runs axe on the page as it is now and returns its violations. */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  await injectAxe(page);
  const run = {
    include: options.include ?? null,
    exclude: options.exclude ?? [],
    tags: axeTags,
    disabled: options.disableRules ?? [],
  };
  return page.evaluate(async ({ include, exclude, tags, disabled }) => {
    const { axe } = window as WithAxe;
    if (axe === undefined) throw new Error('axe-core did not load into the page');
    const context: ElementContext = include === null ? { exclude } : { include: [include], exclude };
    const results = await axe.run(context, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) =>
        node.target.map((part) => (typeof part === 'string' ? part : part.join(' >>> '))).join(' >> '),
      ),
    }));
  }, run);
}

/** A readable list: one block per rule, one line per offending element. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `- ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}`,
        `    ${violation.helpUrl}`,
        ...violation.targets.map((target) => `    at ${target}`),
      ].join('\n'),
    )
    .join('\n');
}

/** Fails with the list of violations when axe finds any on the page as it is now. */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  const violations = await runAxe(page, options);
  if (violations.length > 0) {
    throw new Error(
      `axe found ${String(violations.length)} accessibility violation(s) on ${page.url()}:\n${formatViolations(violations)}`,
    );
  }
}
