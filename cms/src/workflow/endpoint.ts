import { APIError, type Endpoint, ValidationError } from 'payload'

import { staffUser } from '../access/roles'
import type { ReviewAction } from './states'
import type { ReviewedCollection } from './collections'
import { transition } from './transition'

const errorResponse = (status: number, messages: string[]) =>
  Response.json({ errors: messages.map((message) => ({ message })) }, { status })

/** POST /api/<collection>/<id>/review { action, reason }: one review action, as the signed-in user. */
export const reviewEndpoint = (collection: ReviewedCollection): Endpoint => ({
  path: '/:id/review',
  method: 'post',
  handler: async (req) => {
    const user = staffUser(req)
    if (!user) return errorResponse(401, ['请先登录。'])
    let body: { action?: unknown; reason?: unknown }
    try {
      body = ((await req.json?.()) ?? {}) as typeof body
    } catch {
      return errorResponse(400, ['请求内容不是有效的 JSON：应为 { "action": "submit" } 这样的格式。'])
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) body = {}
    const rawId = String(req.routeParams?.id)
    const id = req.payload.db.defaultIDType === 'number' && /^\d+$/.test(rawId) ? Number(rawId) : rawId
    try {
      const doc = await transition(req.payload, {
        collection,
        id,
        action: body.action as ReviewAction,
        reason: typeof body.reason === 'string' ? body.reason : undefined,
        user,
      })
      return Response.json({ id: doc.id, reviewState: (doc as { reviewState?: string }).reviewState })
    } catch (error) {
      if (error instanceof ValidationError)
        return errorResponse(
          400,
          error.data.errors.map((e) => e.message),
        )
      if (error instanceof APIError) return errorResponse(error.status, [error.message])
      throw error
    }
  },
})
