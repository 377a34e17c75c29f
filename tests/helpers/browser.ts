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
