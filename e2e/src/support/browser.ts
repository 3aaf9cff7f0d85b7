// Chromium through playwright-core: one browser per test file, contexts per test, a screenshot of
// every open page when a test fails, and a monitor of script executions and CSP reports per context.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { ARTIFACTS_DIR, chromiumPath } from './paths.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the whole run is skipped (no browser), or '' when it runs. */
export const skipReason = inject('skipReason');

export function baseURL(): string {
  const url = inject('baseURL');
  if (!url) throw new Error('No server: the e2e global setup did not start Meridian');
  return url;
}

/** What ran or was blocked in the pages of one context, reported as it happens (survives navigations). */
export type Monitor = {
  /** window.__xss assignments and alert/confirm/prompt dialogs: each is a payload that executed. */
  executions: string[];
  /** securitypolicyviolation events and the console's CSP messages. */
  cspViolations: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** console.error messages other than failed resource loads (a 401 from /me before sign-in is normal). */
  consoleErrors: string[];
};

export type TrackedContext = { context: BrowserContext; monitor: Monitor; page: Page; allowViolations: boolean };

// Runs in every page before the app: a trap for window.__xss and a CSP violation listener.
const MONITOR_SCRIPT = `(() => {
  const report = (kind, detail) => { try { window.__e2eReport(kind, String(detail)); } catch {} };
  document.addEventListener('securitypolicyviolation', (e) => {
    report('csp', e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + location.pathname + ' (' + (e.sample || '') + ')');
  }, true);
  let value;
  Object.defineProperty(window, '__xss', {
    configurable: false,
    get() { return value; },
    set(v) { value = v; report('xss', 'window.__xss = ' + v + ' on ' + location.pathname); },
  });
})();`;

export type ContextOptions = BrowserContextOptions & {
  /** Kept open across the tests of the file (closed after all); otherwise closed after the test. */
  keep?: boolean;
  /** The test provokes executions, CSP reports or page errors on purpose (the monitor's self-test). */
  allowViolations?: boolean;
};

function safeName(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** Registers the browser hooks of a test file and answers a factory for signed-in or anonymous contexts. */
export function useBrowser(file: string) {
  const fileLabel = path.basename(file).replace(/\.e2e\.test\.ts$/, '');
  let browser: Browser | undefined;
  const perTest = new Set<TrackedContext>();
  const kept = new Set<TrackedContext>();
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (skipReason) return;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });

  // Any script execution, CSP report or uncaught page error fails the test that caused it.
  afterEach(async (ctx) => {
    const problems: string[] = [];
    for (const tracked of [...perTest, ...kept]) {
      const { monitor } = tracked;
      const found = [
        ...monitor.executions.splice(0).map((e) => `script execution: ${e}`),
        ...monitor.cspViolations.splice(0).map((e) => `CSP violation: ${e}`),
        ...monitor.pageErrors.splice(0).map((e) => `uncaught page error: ${e}`),
      ];
      if (!tracked.allowViolations) problems.push(...found);
      consoleErrors.push(...monitor.consoleErrors.splice(0));
    }
    if (ctx.task.result?.state === 'fail' || problems.length > 0) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      let n = 0;
      for (const tracked of [...perTest, ...kept]) {
        for (const page of tracked.context.pages()) {
          n += 1;
          const file = path.join(ARTIFACTS_DIR, `${safeName(`${fileLabel}-${ctx.task.name}`)}-${n}.png`);
          await page.screenshot({ path: file, fullPage: true, timeout: 5000 }).then(
            () => console.error(`[e2e] screenshot of ${page.url()} saved to ${path.relative(process.cwd(), file)}`),
            (error: unknown) => console.error(`[e2e] no screenshot of ${page.url()}: ${String(error)}`),
          );
        }
      }
    }
    for (const tracked of perTest) await tracked.context.close().catch(() => {});
    perTest.clear();
    if (problems.length > 0) throw new Error(`The pages reported:\n  ${problems.join('\n  ')}`);
  });

  afterAll(async () => {
    if (consoleErrors.length > 0) {
      console.warn(
        `[e2e] ${consoleErrors.length} console errors in ${fileLabel}:\n  ${consoleErrors.slice(0, 10).join('\n  ')}`,
      );
    }
    for (const tracked of kept) await tracked.context.close().catch(() => {});
    await browser?.close();
  });

  /** A fresh context (zh-CN, Asia/Shanghai, 1280×800, light) with one page and a monitor. */
  async function newContext(options: ContextOptions = {}): Promise<TrackedContext> {
    if (!browser) throw new Error('The browser is not running');
    const { keep = false, allowViolations = false, ...contextOptions } = options;
    const context = await browser.newContext({
      baseURL: baseURL(),
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
      ...contextOptions,
    });
    context.setDefaultTimeout(10_000);
    context.setDefaultNavigationTimeout(20_000);
    const monitor: Monitor = { executions: [], cspViolations: [], pageErrors: [], consoleErrors: [] };
    await context.exposeBinding('__e2eReport', (_source, kind: string, detail: string) => {
      (kind === 'xss' ? monitor.executions : monitor.cspViolations).push(detail);
    });
    await context.addInitScript(MONITOR_SCRIPT);
    const watch = (page: Page) => {
      page.on('console', (message) => {
        const text = message.text();
        // Chromium words it "Refused to …" or "… violates the following Content Security Policy directive …".
        if (/Refused to|Content Security Policy/.test(text))
          monitor.cspViolations.push(`console: ${text.slice(0, 300)}`);
        else if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
          monitor.consoleErrors.push(`${page.url()}: ${text.slice(0, 300)}`);
        }
      });
      page.on('pageerror', (error) => monitor.pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('dialog', (dialog) => {
        monitor.executions.push(`${dialog.type()}(${dialog.message()}) on ${page.url()}`);
        void dialog.dismiss().catch(() => {});
      });
    };
    context.on('page', watch);
    const page = await context.newPage();
    const tracked = { context, monitor, page, allowViolations };
    (keep ? kept : perTest).add(tracked);
    return tracked;
  }

  return { newContext };
}

/** The rendered (visible) text of one element, as a user reads it (innerText, not textContent). */
export async function visibleText(locator: Locator, timeout = 10_000): Promise<string> {
  await locator.waitFor({ state: 'attached', timeout });
  return (await locator.allInnerTexts()).join('\n');
}

/** Polls until the locator's text contains every expected string (whitespace-insensitive). */
export async function expectText(locator: Locator, ...expected: string[]): Promise<void> {
  const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const text = normalize(await visibleText(locator, 1000).catch(() => ''));
    const missing = expected.filter((part) => !text.includes(normalize(part)));
    if (missing.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `${String(locator)} lacks ${JSON.stringify(missing)}; its text: ${JSON.stringify(text.slice(0, 1500))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A button by its whole label. antd sometimes leaves the invisible loading icon (role img, label
 * "loading") in a button after a quick request, so its accessible name becomes "loading 登录"
 * (reported as an app bug); that prefix is tolerated here so the journeys test what they mean to.
 */
export function button(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.getByRole('button', { name: new RegExp(`^(loading )?${escaped}$`) });
}

/** The message (antd toast) with this text appears. */
export async function expectToast(page: Page, text: string): Promise<void> {
  await page.locator('.ant-message').getByText(text, { exact: false }).first().waitFor({ state: 'visible' });
}

/** Relative luminance (WCAG) of a CSS rgb()/rgba() colour. */
export function luminance(cssColor: string): number {
  const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(cssColor);
  if (!match) throw new Error(`Not an rgb() colour: ${cssColor}`);
  const [r, g, b] = match.slice(1, 4).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
