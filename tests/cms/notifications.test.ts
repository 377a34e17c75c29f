/**
 * Who must act is told: with SMTP configured, the reviewers get mail when something is submitted,
 * the leaders when it passes 复审, and the submitter when it is returned, with the reason. Mail is
 * caught by a real SMTP server (smtp-server) on a loopback port; a mail server that is down fails
 * no review.
 */
import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { transition } from '@xiangfeng/cms/workflow/transition'
import { makeVillage, validDoc } from '../helpers/fixtures'
import { makeUser, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
let sink: SMTPServer
const received: ParsedMail[] = []
let users: Record<'editor' | 'reviewer' | 'leader', Awaited<ReturnType<typeof makeUser>>>
let village: string | number
let n = 0

beforeAll(async () => {
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => done(), done)
    },
  })
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((sink.server.address() as AddressInfo).port)
  process.env.SMTP_FROM = 'shenhe@yunxi.example'
  cms = await startCms()
  village = await makeVillage(cms.payload)
  users = {
    editor: await makeUser(cms.payload, 'editor@mail.example', ['township-editor']),
    reviewer: await makeUser(cms.payload, 'reviewer@mail.example', ['township-reviewer']),
    leader: await makeUser(cms.payload, 'leader@mail.example', ['leader']),
  }
})
afterAll(async () => {
  delete process.env.SMTP_HOST
  await cms?.close()
  await new Promise<void>((resolve) => sink?.close(() => resolve()))
})

const mailTo = async (address: string, subject: string) => {
  await expect
    .poll(() => received.some((m) => m.subject === subject && JSON.stringify(m.to).includes(address)), {
      timeout: 10_000,
    })
    .toBe(true)
  return received.find((m) => m.subject === subject)!
}

test('submit mails the reviewers, 复审 the leaders, 退回 the submitter with the reason', async () => {
  const { id } = await cms.payload.create({
    collection: 'role-models',
    data: validDoc('role-models', village, 0, ++n) as never,
    draft: true,
  })
  const act = (action: 'submit' | 'review' | 'return', user: keyof typeof users, reason?: string) =>
    transition(cms.payload, { collection: 'role-models', id, action, reason, user: users[user] as never })

  await act('submit', 'editor')
  const toReviewer = await mailTo('reviewer@mail.example', `待复审：测试榜样${n}`)
  expect(toReviewer.text).toContain(`/admin/collections/role-models/${id}`)
  expect(toReviewer.from?.text).toContain('shenhe@yunxi.example')

  await act('review', 'reviewer')
  await mailTo('leader@mail.example', `待终审：测试榜样${n}`)

  await act('return', 'leader', '照片不清楚，请换一张。')
  const toSubmitter = await mailTo('editor@mail.example', `已退回修改：测试榜样${n}`)
  expect(toSubmitter.text).toContain('退回理由：照片不清楚，请换一张。')
  // Nobody but the one who must act is mailed.
  expect(received.map((m) => [m.subject, (m.to as { text: string }).text])).toEqual([
    [`待复审：测试榜样${n}`, 'reviewer@mail.example'],
    [`待终审：测试榜样${n}`, 'leader@mail.example'],
    [`已退回修改：测试榜样${n}`, 'editor@mail.example'],
  ])
})

test('with the mail server down, 提交审核 still succeeds', async () => {
  await new Promise<void>((resolve) => sink.close(() => resolve()))
  const { id } = await cms.payload.create({
    collection: 'role-models',
    data: validDoc('role-models', village, 0, ++n) as never,
    draft: true,
  })
  const doc = await transition(cms.payload, {
    collection: 'role-models',
    id,
    action: 'submit',
    user: users.editor as never,
  })
  expect(doc.reviewState).toBe('submitted')
})
