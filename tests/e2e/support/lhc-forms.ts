/**
 * NLM's LHC-Forms (npm package `lforms`), a form tool the project did not write, run in Chromium
 * from this machine only. The package ships prebuilt files (`dist/lforms`) but declares Angular,
 * ng-zorro and twenty other packages as dependencies (745 packages, with peer-dependency
 * overrides), none of which the prebuilt files load; so it is not a devDependency. Instead the
 * first run fetches the package's tarball alone with `npm pack` (the npm registry, the ordinary
 * client), checks it against the integrity pinned below and unpacks it into
 * `node_modules/.cache/`; later runs reuse it. `LHC_FORMS_DIR` may point at an unpacked
 * `dist/lforms` instead (e.g. on a machine without the registry).
 *
 * `startLhcFormsServer` serves those files and one page that loads them, from a tiny node server
 * on 127.0.0.1; `openLhcForms` opens that page with the project's page watch (any request to
 * another origin is blocked and recorded).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { openPage, type AppPage } from './browser.ts';

export const LHC_FORMS = {
  version: '40.1.3',
  integrity: 'sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ==',
} as const;

const cacheDir = fileURLToPath(
  new URL(`../../../node_modules/.cache/lhc-forms-${LHC_FORMS.version}/`, import.meta.url),
);

/** The folder holding LHC-Forms' `webcomponent/` and `fhir/`, fetched and checked on first use. */
export function lhcFormsDist(): string {
  const configured = process.env.LHC_FORMS_DIR;
  if (configured) return path.resolve(configured);
  const dist = path.join(cacheDir, 'package/dist/lforms');
  if (existsSync(path.join(dist, 'webcomponent/main.js'))) return dist;
  mkdirSync(cacheDir, { recursive: true });
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', `lforms@${LHC_FORMS.version}`, '--json', '--pack-destination', cacheDir], {
      cwd: cacheDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  ) as { filename: string }[];
  if (!packed) throw new Error('npm pack gave no file for lforms');
  const tarball = path.join(cacheDir, packed.filename);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (integrity !== LHC_FORMS.integrity) {
    throw new Error(`lforms@${LHC_FORMS.version} from npm has integrity ${integrity}, not ${LHC_FORMS.integrity}`);
  }
  execFileSync('tar', ['-xzf', tarball, '-C', cacheDir]);
  return dist;
}

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>LHC-Forms ${LHC_FORMS.version}</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/lforms/webcomponent/styles.css">
    <script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
    <script src="/lforms/webcomponent/runtime.js" type="module"></script>
    <script src="/lforms/webcomponent/polyfills.js" type="module"></script>
    <script src="/lforms/webcomponent/main.js" type="module"></script>
    <script src="/lforms/fhir/R4/lformsFHIR.min.js" defer></script>
  </head>
  <body><main><div id="form"></div></main></body>
</html>`;

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export interface LhcFormsServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves LHC-Forms' files under /lforms/ and the page that loads them at /, on 127.0.0.1. */
export async function startLhcFormsServer(dist: string): Promise<LhcFormsServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (pathname === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page);
      return;
    }
    const file = path.resolve(dist, `.${pathname.replace(/^\/lforms\//, '/')}`);
    if (!pathname.startsWith('/lforms/') || !file.startsWith(dist + path.sep)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Resource = Record<string, unknown>;

/** The LHC-Forms page, once its scripts have loaded. */
export async function openLhcForms(url: string): Promise<AppPage> {
  const app = await openPage(url, { viewport: 'desktop' });
  await app.page.waitForFunction(() => {
    const forms = (window as unknown as { LForms?: { Util?: Record<string, unknown> } }).LForms;
    return typeof forms?.Util?.addFormToPage === 'function' && typeof forms.Util.getFormFHIRData === 'function';
  });
  return app;
}

/** Shows `questionnaire` (in place of any form shown), with `response`'s answers merged in when given. */
export async function showForm(target: Page, questionnaire: Resource, response?: Resource): Promise<void> {
  await target.evaluate(
    async ([form, answers]) => {
      const util = (window as unknown as { LForms: { Util: Record<string, (...args: unknown[]) => unknown> } }).LForms
        .Util;
      util.removeFormsFromPage?.('form');
      await util.addFormToPage?.(form, 'form', answers ? { questionnaireResponse: answers } : {});
    },
    [questionnaire, response] as const,
  );
  await target.locator('wc-lhc-form lhc-item').first().waitFor();
}

/** What LHC-Forms makes of the form as it stands: a QuestionnaireResponse. */
export function exportedResponse(target: Page): Promise<Resource> {
  return target.evaluate(() => {
    const util = (window as unknown as { LForms: { Util: { getFormFHIRData: (...args: unknown[]) => unknown } } })
      .LForms.Util;
    return util.getFormFHIRData('QuestionnaireResponse', 'R4', '#form') as Resource;
  });
}

/** The item of this linkId as LHC-Forms shows it (absent while its enableWhen does not hold). */
export const lhcItem = (target: Page, linkId: string) => target.locator(`lhc-item[id^="item-${linkId}/"]`).first();

/** The labels of the answers LHC-Forms shows as chosen in an item (radio buttons and check boxes). */
export function chosenLabels(target: Page, linkId: string): Promise<string[]> {
  return lhcItem(target, linkId)
    .locator('label.ant-radio-wrapper-checked, label.ant-checkbox-wrapper-checked')
    .evaluateAll((labels) => labels.map((label) => label.textContent.trim()));
}

/** Clicks the answer labelled `display` in an item, as a person would. */
export async function clickAnswer(target: Page, linkId: string, display: string): Promise<void> {
  const item = lhcItem(target, linkId);
  const choice = item
    .getByRole('radio', { name: display, exact: true })
    .or(item.getByRole('checkbox', { name: display, exact: true }));
  await choice.first().click();
}
