/* The admin's preview of a kiosk slide: the kiosk's own stylesheet. */
import '@xiangfeng/site/kiosk.css'
import React from 'react'

export const metadata = { title: '大屏预览 · 乡风', robots: { index: false } }

export default function KioskPreviewLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN" className="kiosk" data-orientation="landscape">
      <body>{children}</body>
    </html>
  )
}
