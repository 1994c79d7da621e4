/**
 * What a page must never do and a person would never see: break the Content-Security-Policy (each
 * `securitypolicyviolation` event in any frame is forwarded to the test) or leave a cookie (a
 * `Set-Cookie` header on any response, or a cookie in the browser context after a page load).
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface PolicyProblems {
  /** `securitypolicyviolation` events: the directive and what it blocked. */
  cspViolations: string[];
  /** Cookies from a `Set-Cookie` header or found in the browser context. */
  cookies: string[];
}

interface ViolationReport {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

const BINDING = '__reportCspViolation';

/** Runs in every frame before the page's own scripts: reports each CSP violation to the test. */
function listenForViolations(binding: string): void {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const report = (window as unknown as Record<string, ((report: ViolationReport) => void) | undefined>)[binding];
      report?.({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
      });
    },
    true,
  );
}

/** Starts recording into `problems`; call before the first page opens. */
export async function watchPolicyAndCookies(context: BrowserContext, problems: PolicyProblems): Promise<void> {
  await context.exposeBinding(BINDING, (_source, report: ViolationReport) => {
    const where = report.source ? ` (${report.source}:${String(report.line)})` : '';
    const sample = report.sample ? ` "${report.sample}"` : '';
    problems.cspViolations.push(`${report.directive} blocked ${report.blocked || 'inline'}${sample}${where}`);
  });
  await context.addInitScript(listenForViolations, BINDING);
  context.on('response', (response) => {
    void response
      .headerValue('set-cookie')
      .then((value) => {
        if (value !== null) problems.cookies.push(`Set-Cookie from ${response.url()}: ${value}`);
      })
      .catch(() => undefined);
  });
}

/** After each load of `page`, records any cookie the browser context holds. */
export function recordCookiesOnLoad(context: BrowserContext, page: Page, problems: PolicyProblems): void {
  page.on('load', () => {
    void context
      .cookies()
      .then((cookies) => {
        for (const cookie of cookies) problems.cookies.push(`${cookie.name} (${cookie.domain})`);
      })
      .catch(() => undefined);
  });
}
