/**
 * In front of Payload's REST handlers, what Payload would otherwise answer with a 500: a body in
 * a type it does not read, a body too large, or JSON nested deeper than any document. Each gets
 * a 4xx in Chinese before Payload parses anything.
 */
type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** The largest JSON body a document needs (a long story is ~50 KB); uploads are multipart. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024
/** Deeper than any document's JSON (Lexical trees included) by far. */
export const MAX_JSON_DEPTH = 64

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The deepest nesting of brackets outside strings; a linear scan that never recurses. */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth)
    else if (c === 125 || c === 93) depth--
  }
  return deepest
}

export function guardRequests(handler: Handler): Handler {
  return async (request, context) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS')
      return handler(request, context)
    const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    const { pathname } = new URL(request.url)
    // Kiosks post their heartbeat as text/plain (no preflight on old browsers); it reads its own body.
    if (type === 'multipart/form-data') return multipart(handler, request, context)
    if (type === 'text/plain' && pathname.endsWith('/heartbeat')) return handler(request, context)
    // The admin sends long queries (a relationship field's options) as a form-encoded POST read as GET.
    if (
      type === 'application/x-www-form-urlencoded' &&
      request.headers.get('x-payload-http-method-override') === 'GET'
    ) {
      const length = Number(request.headers.get('content-length') ?? 0)
      return length > MAX_JSON_BYTES ? refuse(413, '请求内容太大。') : handler(request, context)
    }
    if (type !== 'application/json' && type !== '')
      return refuse(415, '请求内容的格式不受支持，请以 JSON 发送。')
    const length = Number(request.headers.get('content-length') ?? 0)
    if (length > MAX_JSON_BYTES) return refuse(413, '请求内容太大。')
    const text = await request.text()
    if (text.length > MAX_JSON_BYTES) return refuse(413, '请求内容太大。')
    if (jsonDepth(text) > MAX_JSON_DEPTH) return refuse(400, '请求内容嵌套层数过多。')
    if (text.trim() !== '') {
      try {
        JSON.parse(text)
      } catch {
        return refuse(400, '请求内容不是有效的 JSON。')
      }
    }
    // A new plain Request with the text read: Next's own request class cannot be copied with a new body.
    const again = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body: text || undefined,
      signal: request.signal,
    })
    return handler(again, context)
  }
}

const UPLOAD_NAME = '上传的文件名里有不能用的字符，请把文件改名（只用文字、数字和常见标点）后再上传。'
/** A part's headers are short; longer ones are no upload a browser sends. */
const MAX_PART_HEADERS = 16 * 1024
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/

/** A checker of the part headers of one multipart body, fed its chunks in order: false once one is bad. */
function partHeaderCheck(boundary: string) {
  const delimiter = Buffer.from(`--${boundary}`)
  let tail = Buffer.alloc(0)
  return (chunk: Uint8Array): boolean => {
    const bytes = Buffer.concat([tail, chunk])
    for (let from = 0; ;) {
      const at = bytes.indexOf(delimiter, from)
      if (at === -1) {
        tail = bytes.subarray(Math.max(from, bytes.length - delimiter.length))
        return true
      }
      const start = at + delimiter.length
      const end = bytes.indexOf('\r\n\r\n', start)
      if (end === -1) {
        // The headers go on in the next chunk: keep them whole for it.
        tail = bytes.subarray(at)
        return tail.length <= MAX_PART_HEADERS
      }
      if (CONTROL.test(bytes.subarray(start, end).toString('latin1'))) return false
      from = end
    }
  }
}

/**
 * A multipart body passed on as it streams (an import's photo zip may be hundreds of MB), each
 * part's headers checked on the way: a control character in them (a NUL in a file name) makes
 * Payload's parser fail with a 500, so the request gets a 400 in Chinese instead, and the rest of
 * the body is read and dropped.
 */
async function multipart(handler: Handler, request: Request, context: Parameters<Handler>[1]) {
  const boundary = /boundary="?([^";]+)"?/i.exec(request.headers.get('content-type') ?? '')?.[1]
  if (!boundary || !request.body) return refuse(400, '上传的内容不完整，请重新上传。')
  const reader = request.body.getReader()
  const check = partHeaderCheck(boundary)
  let refuseNow: () => void = () => undefined
  const refused = new Promise<Response>((resolve) => (refuseNow = () => resolve(refuse(400, UPLOAD_NAME))))
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read()
      if (done) return controller.close()
      if (check(value)) return controller.enqueue(value)
      refuseNow()
      controller.error(new Error('Refused upload: a control character in a multipart part header'))
      while (!(await reader.read()).done);
    },
    cancel: (reason) => reader.cancel(reason),
  })
  const handled = handler(
    new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body,
      signal: request.signal,
      duplex: 'half',
    } as RequestInit),
    context,
  )
  // Payload's answer to the cut-off body (a 500) is never sent once the refusal is.
  handled.catch(() => undefined)
  return Promise.race([handled, refused])
}
