import type { ReviewedCollection } from '@xiangfeng/content-schema'
import { APIError, type Endpoint, type PayloadRequest, ValidationError } from 'payload'

import { staffUser } from '../access/roles'
import { parseId } from '../ids'
import { actionLabel, type ReviewAction, stateLabel } from './states'
import { checkPublishable } from '../collections/contractCheck'
import { actionsFor } from './rules'
import { latestDraftAs, transition } from './transition'

const errorResponse = (status: number, messages: string[]) =>
  Response.json({ errors: messages.map((message) => ({ message })) }, { status })

const NOT_FOUND = '找不到这条内容，或您无权查看。'

const idParam = (req: PayloadRequest) => parseId(req.payload, req.routeParams?.id)

/**
 * GET /api/<collection>/<id>/review: the document's review state, the actions the signed-in user may
 * take on it now (the buttons the admin shows them), and what would keep it from being published,
 * each problem naming its field in Chinese: the warning an editor sees after saving a draft.
 */
export const reviewStatusEndpoint = (collection: ReviewedCollection): Endpoint => ({
  path: '/:id/review',
  method: 'get',
  handler: async (req) => {
    const user = staffUser(req)
    if (!user) return errorResponse(401, ['请先登录。'])
    const id = idParam(req)
    const doc = id === undefined ? null : await latestDraftAs(req.payload, user, collection, id)
    if (!doc) return errorResponse(404, [NOT_FOUND])
    const state = String((doc as { reviewState?: string }).reviewState ?? 'draft')
    const problems = ['published', 'scheduled'].includes(state)
      ? []
      : await checkPublishable(req.payload, collection, doc)
    return Response.json({
      state,
      stateLabel: stateLabel(state),
      actions: actionsFor(user, doc as never).map((action) => ({ action, label: actionLabel(action) })),
      problems,
    })
  },
})

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
    const id = idParam(req)
    if (id === undefined) return errorResponse(404, [NOT_FOUND])
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
