'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import QRCode from 'qrcode'
import React, { useEffect, useState } from 'react'

/** The screen's kiosk address with its key, and a QR code to open it on the device itself. */
export function KioskLink({ siteUrl }: { siteUrl: string }) {
  const { id } = useDocumentInfo()
  const slug = useFormFields(([fields]) => fields.slug?.value) as string | undefined
  const key = useFormFields(([fields]) => fields.key?.value) as string | undefined
  const village = useFormFields(([fields]) => fields.village?.value) as string | number | undefined
  const [villageSlug, setVillageSlug] = useState<string>()
  const [qr, setQr] = useState<string>()

  useEffect(() => {
    if (!village) return
    fetch(`/api/villages/${village}?depth=0`, { credentials: 'include' })
      .then((response) => response.json())
      .then((doc: { slug?: string }) => setVillageSlug(doc.slug))
      .catch(() => setVillageSlug(undefined))
  }, [village])

  const url =
    id && slug && key && villageSlug
      ? `${siteUrl.replace(/\/$/, '')}/kiosk/${villageSlug}/${slug}/?key=${key}`
      : undefined
  useEffect(() => {
    if (url) QRCode.toDataURL(url, { margin: 1, width: 220 }).then(setQr)
  }, [url])

  if (!url) return <p>保存后这里会显示大屏地址和二维码。</p>
  return (
    <div className="kiosk-link" style={{ marginBottom: '1.5rem' }}>
      <p style={{ marginBottom: '0.5rem' }}>
        <strong>大屏地址</strong>（在大屏的浏览器里打开，或用大屏扫码）：
      </p>
      <p>
        <a href={url} target="_blank" rel="noopener">
          {url}
        </a>
      </p>
      {qr && <img src={qr} alt={`大屏地址二维码：${url}`} width={220} height={220} />}
      <p style={{ opacity: 0.8 }}>
        地址中含本屏密钥，用于回报在线状态，请勿公开张贴。网站重新生成后新大屏才能打开。
      </p>
    </div>
  )
}
