import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core'

const executablePath = '/usr/bin/chromium'
/** Nothing that calls out to the network. */
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Debian's Chromium, headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath, args })
}

/** Debian's Chromium with a profile on disk that outlives it, as a device's does across restarts. */
export function launchWithProfile(
  userDataDir: string,
  options: BrowserContextOptions,
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { executablePath, args, ...options })
}

/** A browser context of its own for `email`, signed in to the admin at `cmsUrl`; its page on the dashboard. */
export async function signInToAdmin(browser: Browser, cmsUrl: string, email: string, password: string) {
  // As the officers' office PCs and phones are set: Chinese, China time.
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 900 },
  })
  const page = await context.newPage()
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin$/)
  return page
}

/**
 * A page's clock stopped at `at`, for the test to move by hand (runFor). Installed a minute
 * before and paused at `at`: pausing at the moment installed fails ("Cannot fast-forward to the
 * past") once real time has moved on between the two calls, as it does on a loaded machine.
 */
export async function clockPausedAt(target: { clock: BrowserContext['clock'] }, at: Date) {
  await target.clock.install({ time: new Date(at.getTime() - 60_000) })
  await target.clock.pauseAt(at)
}
