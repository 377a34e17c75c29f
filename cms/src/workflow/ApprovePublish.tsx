'use client'
import { PublishButton, useAuth } from '@payloadcms/ui'
import React from 'react'

/**
 * In place of Payload's publish button on villages and 网站设置: only a leader (分管领导) publishes,
 * and what they publish is the saved draft (collections/approval.ts); everyone else saves drafts.
 */
export function ApprovePublish() {
  const { user } = useAuth<{ roles?: string[] }>()
  if (!user?.roles?.includes('leader')) return null
  return <PublishButton label="批准发布" />
}
