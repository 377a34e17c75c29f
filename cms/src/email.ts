/**
 * Mail through the township's SMTP server, when SMTP_HOST names one; otherwise no mail at all.
 * (Payload's own @payloadcms/email-nodemailer pins payload 3.90.1 exactly, a patch behind ours:
 * this is the same adapter, a nodemailer transport behind Payload's EmailAdapter interface.)
 */
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

export function smtpEmail(env: Record<string, string | undefined> = process.env): EmailAdapter | undefined {
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT || 587)
  const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port,
    // 465 speaks TLS from the start; other ports upgrade with STARTTLS when the server offers it.
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
  })
  const fromAddress = env.SMTP_FROM || `xiangfeng@${env.SMTP_HOST}`
  const fromName = env.SMTP_FROM_NAME || '乡风内容审核'
  return () => ({
    name: 'smtp',
    defaultFromAddress: fromAddress,
    defaultFromName: fromName,
    sendEmail: (message) =>
      transport.sendMail({ from: { name: fromName, address: fromAddress }, ...message }),
  })
}
