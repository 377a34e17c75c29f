/**
 * A leader's approval for what reaches every page without being content: a village's name and
 * intro, and the texts of 网站设置. Edits are saved as drafts (Payload's versions), the live values
 * stay as they are, and only a leader (分管领导) who did not make the change publishes it, as
 * it stands; each approval is recorded on the document (审批记录). Changes that leave the public
 * face as it is (the flagged-words list) need no approval.
 */
import { APIError, type Field, type PayloadRequest } from 'payload'

import { authenticated } from '../access'
import { hasRole, staffUser } from '../access/roles'
import { writeContext } from '../context'
import { dayAndTime } from '../fields/dates'
import { label } from '../fields/labels'
import { idOf } from '../ids'

export const approvalFields: Field[] = [
  {
    name: 'changedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('最近修改人', 'Last changed by'),
    access: { read: authenticated },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'approvals',
    type: 'array',
    label: label('审批记录', 'Approvals'),
    labels: { singular: label('记录', 'Entry'), plural: label('记录', 'Entries') },
    access: { read: authenticated },
    admin: { readOnly: true, initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'author', type: 'relationship', relationTo: 'users', label: label('修改人', 'Changed by') },
          {
            name: 'approvedBy',
            type: 'relationship',
            relationTo: 'users',
            label: label('批准人', 'Approved by'),
          },
          { name: 'at', type: 'date', label: label('批准时间', 'Approved at'), admin: dayAndTime },
        ],
      },
    ],
  },
]

type Doc = Record<string, unknown> & { changedBy?: unknown; approvals?: unknown[] | null }

export class ApprovalError extends APIError {
  constructor(message: string) {
    super(message, 403, undefined, true)
  }
}

type Args = { data: Doc; originalDoc?: Doc; req: PayloadRequest; context: Record<string, unknown> }

/**
 * The beforeChange hook of the rule, for a collection and a global alike. `publicFace` is what
 * the portal shows of a document; `live` reads the values the portal has now (none for a new one).
 */
export const approvalGuard =
  (
    publicFace: (doc: Doc) => unknown,
    live: (req: PayloadRequest, originalDoc?: Doc) => Promise<Doc | null | undefined>,
  ) =>
  (args: Args) =>
    guardApproval({ ...args, publicFace, live })

async function guardApproval({
  data,
  originalDoc,
  req,
  context,
  publicFace,
  live,
}: Args & {
  publicFace: (doc: Doc) => unknown
  live: (req: PayloadRequest, originalDoc?: Doc) => Promise<Doc | null | undefined>
}) {
  const user = staffUser(req)
  // The system itself (the seed, a script, a migration; no signed-in user) writes live values:
  // access control keeps anonymous requests from writing at all.
  if (writeContext(context).seeding || !user) {
    data._status = 'published'
    return data
  }
  const merged = { ...originalDoc, ...data }
  const same = (a: Doc | null | undefined, b: Doc) =>
    JSON.stringify(publicFace(a ?? {})) === JSON.stringify(publicFace(b))
  // Carried over as the history was: only this rule writes them.
  data.approvals = (originalDoc?.approvals ?? []).map((a) => ({
    ...(a as object),
    author: idOf((a as Doc).author),
    approvedBy: idOf((a as Doc).approvedBy),
  }))
  // Payload marks a draft save 'draft' itself; a write without a status replaces the live
  // values like a publish, so it passes the same rule.
  if (data._status === 'draft') {
    // A write of status draft without ?draft=true replaces the live values (and takes them
    // offline): only a draft save, which leaves them alone, is let through.
    if (req.payloadAPI !== 'local' && String(req.query?.draft) !== 'true')
      throw new ApprovalError('请用“保存草稿”保存修改，由分管领导审批发布。(Save changes as a draft.)')
    data.changedBy = user.id
    return data
  }
  const current = await live(req, originalDoc)
  if (current && same(current, merged)) {
    data.changedBy = idOf(originalDoc?.changedBy) ?? null
    return data
  }
  if (!hasRole(user, 'leader'))
    throw new ApprovalError(
      '村名、村简介和网站设置的公开内容须经分管领导批准后才上线：请点“保存草稿”，由分管领导审批发布。(A leader approves public changes.)',
    )
  // What the leader approves is the draft as saved, not an edit of their own made on the way.
  if (!originalDoc || !same(originalDoc, merged))
    throw new ApprovalError(
      '批准时不能同时修改：请先保存草稿，再由另一位分管领导批准发布。(Approve the saved draft as it is.)',
    )
  const author = idOf(originalDoc.changedBy)
  if (author === undefined || author === null || String(author) === String(user.id))
    throw new ApprovalError('不能批准自己做的修改，请由另一位分管领导审批。(Someone else must approve.)')
  data.changedBy = author
  data.approvals = [
    ...(data.approvals as Doc[]),
    { author, approvedBy: user.id, at: new Date().toISOString() },
  ]
  return data
}
