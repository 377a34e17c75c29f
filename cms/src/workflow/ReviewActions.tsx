'use client'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { stateLabel } from './states'

/** Which buttons make sense in which state; the server decides who may press them. */
const actionsByState: Record<string, { action: string; label: string }[]> = {
  draft: [{ action: 'submit', label: '提交审核（初审通过）' }],
  returned: [{ action: 'submit', label: '修改后重新提交' }],
  submitted: [
    { action: 'review', label: '复审通过' },
    { action: 'return', label: '退回修改' },
  ],
  reviewed: [
    { action: 'approve', label: '终审通过并发布' },
    { action: 'return', label: '退回修改' },
  ],
  scheduled: [{ action: 'return', label: '撤回，退回修改' }],
  published: [],
}

export function ReviewActions() {
  const { id, collectionSlug } = useDocumentInfo()
  const state = (useFormFields(([fields]) => fields.reviewState?.value) as string | undefined) ?? 'draft'
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)

  if (!id) return <p>保存草稿后即可提交审核。</p>

  async function act(action: string) {
    setBusy(true)
    setMessage(undefined)
    const response = await fetch(`/api/${collectionSlug}/${id}/review`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action, reason }),
    })
    setBusy(false)
    if (response.ok) return window.location.reload()
    const body = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
    setMessage(body.errors?.map((e) => e.message).join('\n') ?? '操作失败，请稍后再试。')
  }

  const actions = actionsByState[state] ?? []
  return (
    <div className="review-actions" style={{ marginBottom: '1.5rem' }}>
      <p>
        <strong>审核状态：</strong>
        {stateLabel(state)}
      </p>
      {actions.some((a) => a.action === 'return') && (
        <label style={{ display: 'block', marginBottom: '0.5rem' }}>
          退回理由（退回时必填）
          <textarea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
            style={{ width: '100%' }}
          />
        </label>
      )}
      {actions.map(({ action, label }) => (
        <Button
          key={action}
          buttonStyle={action === 'return' ? 'secondary' : 'primary'}
          disabled={busy}
          onClick={() => act(action)}
        >
          {label}
        </Button>
      ))}
      {message && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', whiteSpace: 'pre-line' }}>
          {message}
        </p>
      )}
    </div>
  )
}
