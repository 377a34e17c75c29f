import { chromium } from 'playwright-core'
import { serveSite } from '/work/main/cms/scripts/serve-site.mjs'
const server = serveSite('/tmp/xfout', { port: 4998, host: '127.0.0.1' })
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
for (const [name, vp, url] of [
  ['land', { width: 1920, height: 1080 }, '/kiosk/qing-xi-cun/da-ting-dian-shi/'],
  ['port', { width: 1080, height: 1920 }, '/kiosk/tao-yuan-cun/li-shi-ping/'],
]) {
  const page = await browser.newPage({ viewport: vp })
  page.on('console', (m) => console.log(name, 'console', m.text()))
  page.on('pageerror', (e) => console.log(name, 'pageerror', e.message))
  await page.goto(`http://127.0.0.1:4998${url}?speed=1`)
  await page.waitForTimeout(1500)
  await page.screenshot({ path: `/tmp/kiosk-${name}.png` })
  console.log(
    name,
    await page.evaluate(() => ({
      sh: document.documentElement.scrollHeight,
      ih: innerHeight,
      sw: document.documentElement.scrollWidth,
      iw: innerWidth,
      mode: document.body.dataset.mode,
      slide: document.body.dataset.slide,
    })),
  )
}
await browser.close()
server.close()
