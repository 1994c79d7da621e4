/**
 * axe-core through `@axe-core/playwright`'s AxeBuilder (the axe source comes from node_modules, never
 * fetched), run against WCAG 2.0/2.1/2.2 A and AA plus axe's best practices, in the page and in every
 * frame. AxeBuilder evaluates axe through the debugging protocol, which the site's
 * Content-Security-Policy does not govern, so no script tag is added and no violation is reported.
 * Failures list each violation with its rule, impact, help text and the CSS selectors of the
 * offending elements, so a red test says what to fix without opening a report.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { unlessSeenClean } from './axe-screens.ts';

/**
 * AxeBuilder evaluates the axe source it is given twice in every frame on every run. Parsing half a
 * megabyte of script takes Chromium about 140 ms each time, so on the thirty-odd screens of a walk
 * most of axe's time went on parsing a source the page already had. So the source is given only
 * when some frame has no axe yet (guarded, so a frame that has it skips it); otherwise AxeBuilder
 * is given a statement that does nothing, and runs the axe already in each frame.
 */
const axeSource = `if (typeof window.axe === 'undefined') {\n${readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)}\n}`;
const axeAlreadyThere = 'void "axe is already in every frame"';

async function sourceFor(page: Page): Promise<string> {
  const present = await Promise.all(
    page.frames().map((frame) => frame.evaluate("typeof window.axe !== 'undefined'").catch(() => false)),
  );
  return present.every(Boolean) ? axeAlreadyThere : axeSource;
}

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements (`>>` crosses into a frame, `>>>` into a shadow root). */
  targets: string[];
}

export interface AxeOptions {
  /** A CSS selector for the part of the page to check; the whole document by default. */
  include?: string;
  /** CSS selectors of parts to leave out. */
  exclude?: string[];
  /** Rule ids to switch off, each with a reason kept next to the call. */
  disableRules?: string[];
}

/** axe set to the WCAG and best-practice tags, limited to the parts and rules asked for. */
async function configuredAxe(page: Page, options: AxeOptions): Promise<AxeBuilder> {
  // Legacy mode runs axe.run() in the page itself instead of opening a blank page to merge partial
  // results; it skips only cross-origin frames, and the site shows none.
  let builder = new AxeBuilder({ page, axeSource: await sourceFor(page) }).withTags(axeTags).setLegacyMode(true);
  if (options.include !== undefined) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules && options.disableRules.length > 0) builder = builder.disableRules(options.disableRules);
  return builder;
}

/** Runs axe on the page as it is now (unless this same screen was found clean earlier in the run). */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  return unlessSeenClean(page, options, async () => {
    const results = await (await configuredAxe(page, options)).analyze();
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) =>
        node.target.map((part) => (typeof part === 'string' ? part : part.join(' >>> '))).join(' >> '),
      ),
    }));
  });
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
