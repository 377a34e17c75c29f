/* The admin's preview of a portal page: the portal's own stylesheets, nothing of the admin's. */
import '@xiangfeng/site/styles/base.css'
import '@xiangfeng/site/styles/layout.css'
import '@xiangfeng/site/styles/content.css'
import React from 'react'

export const metadata = { title: '预览 · 乡风', robots: { index: false } }

export default function PreviewLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  )
}
