'use client'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

type ReviewStatus = {
  state: string
  stateLabel: string
  actions: { action: string; label: string }[]
  problems: { path: string; message: string }[]
}

/** Button wording where it says more than the action's name. */
const buttonLabel = (action: string, state: string, label: string) => {
  if (action === 'submit') return state === 'returned' ? '修改后重新提交' : '提交审核（初审通过）'
  if (action === 'approve') return '终审通过并发布'
  if (action === 'return' && state === 'scheduled') return '撤回，退回修改'
  return label
}

/**
 * The document's review state, the review buttons the signed-in user may press (the server says
 * which: GET …/review), and what still keeps the saved draft from being published, refreshed on
 * every save so the editor learns it before submitting, not the leader at 终审.
 */
export function ReviewActions() {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const [status, setStatus] = useState<ReviewStatus>()
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)
  const savedAt = (savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/${collectionSlug}/${id}/review`, { credentials: 'include' })
    if (response.ok) setStatus((await response.json()) as ReviewStatus)
  }, [id, collectionSlug])
  useEffect(() => {
    void load()
  }, [load, savedAt])

  if (!id) return <p className="review-actions">保存草稿后即可提交审核。</p>
  if (!status) return <p className="review-actions">正在读取审核状态……</p>

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

  const { state, actions, problems } = status
  return (
    <div className="review-actions" style={{ marginBottom: '1.5rem' }}>
      <p>
        <strong>审核状态：</strong>
        {status.stateLabel}
      </p>
      {problems.length > 0 && (
        <div className="review-actions__problems" role="status">
          <p>
            <strong>发布前还需修改（{problems.length}处）：</strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p.path + p.message}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
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
          {buttonLabel(action, state, label)}
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
