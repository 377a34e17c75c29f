import type { ReviewedCollection } from '@xiangfeng/content-schema'
import type { Payload } from 'payload'

import type { StaffUser } from '../access/roles'
import { findEvery } from '../find'
import { idOf } from '../ids'
import { adminOrigins } from '../origins'
import type { ReviewAction } from './states'

type Doc = { id: unknown; reviewHistory?: { action?: string; by?: unknown }[] | null } & Record<
  string,
  unknown
>

/** Who acts after `action`: the reviewers after 提交, the leaders after 复审, the submitter after 退回. */
async function recipientsAfter(payload: Payload, action: ReviewAction, doc: Doc): Promise<string[]> {
  const withRole = async (role: string) =>
    (await findEvery<{ email: string }>(payload, 'users', { where: { roles: { in: [role] } } })).map(
      (u) => u.email,
    )
  if (action === 'submit') return withRole('township-reviewer')
  if (action === 'review') return withRole('leader')
  if (action === 'return') {
    const submitter = idOf([...(doc.reviewHistory ?? [])].reverse().find((e) => e.action === 'submit')?.by)
    if (submitter === undefined || submitter === null) return []
    const user = await payload.findByID({ collection: 'users', id: submitter, depth: 0, disableErrors: true })
    return user ? [user.email] : []
  }
  return []
}

/**
 * Tell whoever must act next, by email, when SMTP is configured (see email.ts): the dashboard's
 * count stays the place to look, mail is the nudge. Sent after the action is recorded and never
 * awaited by it: a mail server that is down delays and fails no review.
 */
export function notifyNextActor(
  payload: Payload,
  args: { collection: ReviewedCollection; doc: Doc; action: ReviewAction; reason?: string; by: StaffUser },
) {
  if (payload.email?.name !== 'smtp') return
  const { collection, doc, action, reason } = args
  void (async () => {
    const to = await recipientsAfter(payload, action, doc)
    if (!to.length) return
    const config = payload.collections[collection].config
    const title = String(doc[config.admin.useAsTitle ?? 'id'] ?? doc.id)
    const link = `${adminOrigins()[0]}/admin/collections/${collection}/${String(doc.id)}`
    const byName = (args.by as { name?: string }).name ?? ''
    const mail = {
      submit: { subject: `待复审：${title}`, text: `${byName}提交了“${title}”，请您复审：\n${link}` },
      review: { subject: `待终审：${title}`, text: `“${title}”已通过复审，请您终审：\n${link}` },
      return: {
        subject: `已退回修改：${title}`,
        text: `“${title}”被${byName}退回修改。\n退回理由：${reason ?? ''}\n修改后请重新提交：\n${link}`,
      },
    }[action as 'submit' | 'review' | 'return']
    if (!mail) return
    await payload.sendEmail({ to, ...mail })
  })().catch((error: unknown) =>
    payload.logger.error({ err: error, msg: `Review notification after ${action} not sent` }),
  )
}
