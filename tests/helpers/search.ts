/** The portal's search as a resident uses it, checked against what the built pages say. */
import type { Page } from 'playwright-core'

/** Text as the search page compares it: full-width as half-width, no spaces, lower case. */
const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

/**
 * What each page Pagefind indexes says, read from the served pages: its data-pagefind-body
 * parts without the ignored ones. `page` must be on the site's origin.
 */
export function indexedTexts(page: Page, urls: string[]): Promise<Record<string, string>> {
  return page.evaluate(async (urls) => {
    const out: Record<string, string> = {}
    for (let i = 0; i < urls.length; i += 20)
      await Promise.all(
        urls.slice(i, i + 20).map(async (url) => {
          const html = await (await fetch(url)).text()
          const doc = new DOMParser().parseFromString(html, 'text/html')
          for (const skipped of doc.querySelectorAll('[data-pagefind-ignore], script, style'))
            skipped.remove()
          const body = [...doc.querySelectorAll('[data-pagefind-body]')]
          if (body.length) out[url] = body.map((b) => b.textContent).join(' ')
        }),
      )
    return out
  }, urls)
}

/** The pages whose indexed text holds `query`, sorted. */
export const pagesContaining = (texts: Record<string, string>, query: string) =>
  Object.keys(texts)
    .filter((url) => normalise(texts[url]).includes(normalise(query)))
    .sort()

/** The result links the search page shows for `query` once it has finished, sorted. */
export async function searchResults(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`)
  await page
    .locator('[data-search-status]')
    .filter({ hasText: /找到|没有找到/ })
    .waitFor({ timeout: 30_000 })
  const links = await page
    .locator('[data-search-results] a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
  return links.sort()
}
