'use client'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

type RowResult = {
  row: number
  name: string
  action: 'create' | 'update' | 'unchanged' | 'error'
  errors: { column: string; message: string }[]
  changes: string[]
  id?: string | number
  note?: string
}

type Answer = { rows?: RowResult[]; errors?: { message: string }[]; importId?: string | number }
type Progress = Answer & { status?: string; done?: number; total?: number; error?: string }

const actionText = { create: '新建', update: '更新', unchanged: '无变化', error: '有错误' }

function describe(r: RowResult) {
  if (r.action === 'error')
    return r.errors.map((e) => (e.column ? `【${e.column}】${e.message}` : e.message)).join('\n')
  if (r.action === 'update') return `修改：${r.changes.join('、')}`
  return r.note ?? ''
}

/**
 * On the role-model list: the template, the list as it is filtered now as a workbook, and an
 * import that first checks the file (nothing is saved) and imports only when the officer confirms.
 */
export function ExcelPanel({
  collection,
  title,
  nameHeader,
  photos,
  imports,
}: {
  collection: string
  title: string
  nameHeader: string
  photos: boolean
  imports: boolean
}) {
  const [files, setFiles] = useState<{ workbook?: File; photos?: File }>({})
  const [rows, setRows] = useState<RowResult[]>()
  const [imported, setImported] = useState(false)
  const [submit, setSubmit] = useState(false)
  const [busy, setBusy] = useState<string>()
  const [message, setMessage] = useState<string>()

  async function follow(importId: string | number): Promise<Answer> {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const response = await fetch(`/api/${collection}/import/${importId}`, { credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as Progress
      if (!response.ok) return body
      if (body.status === 'failed') return { errors: [{ message: body.error ?? '导入失败。' }] }
      if (body.status === 'done') return body
      setBusy(body.total ? `正在导入：已处理${body.done}行，共${body.total}行……` : '正在排队，马上开始导入……')
    }
  }

  async function send(mode: 'dry-run' | 'import') {
    if (!files.workbook) return setMessage('请先选择 Excel 文件。')
    const form = new FormData()
    form.set('workbook', files.workbook)
    if (files.photos) form.set('photos', files.photos)
    form.set('mode', mode)
    if (submit) form.set('submit', 'yes')
    setBusy(mode === 'import' ? '正在导入，请不要关闭页面……' : '正在检查……')
    setMessage(undefined)
    try {
      const response = await fetch(`/api/${collection}/import`, {
        method: 'POST',
        credentials: 'include',
        body: form,
      })
      let body = (await response.json().catch(() => ({}))) as Answer
      // An import runs on the server's job queue: follow it until it is done.
      if (response.status === 202 && body.importId !== undefined) body = await follow(body.importId)
      if (!body.rows) {
        setRows(undefined)
        return setMessage(body.errors?.map((e) => e.message).join('\n') ?? '操作失败，请稍后再试。')
      }
      setRows(body.rows)
      setImported(mode === 'import')
    } catch {
      setMessage('网络中断，请稍后再试。')
    } finally {
      setBusy(undefined)
    }
  }

  const count = (action: RowResult['action']) => rows?.filter((r) => r.action === action).length ?? 0
  const writable = count('create') + count('update')
  const exportHref = `/api/${collection}/export${typeof window === 'undefined' ? '' : window.location.search}`

  return (
    <section className="excel-panel" aria-labelledby="excel-panel-title">
      <h2 id="excel-panel-title">{`${title}：Excel ${imports ? '批量导入与导出' : '导出'}`}</h2>
      {!imports && (
        <p>
          <a href={exportHref} download>
            导出当前列表
          </a>
          （按列表当前的筛选条件）
        </p>
      )}
      {imports && (
        <>
          <p>
            <a href={`/api/${collection}/import-template`} download>
              下载导入模板
            </a>
            {' · '}
            <a href={exportHref} download>
              导出当前列表
            </a>
            （导出的文件改好后可以直接导入）
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault()
              void send('dry-run')
            }}
          >
            <label>
              Excel 文件（.xlsx）
              <input
                type="file"
                name="workbook"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  setFiles((f) => ({ ...f, workbook: e.target.files?.[0] }))
                  setRows(undefined)
                }}
              />
            </label>
            {photos && (
              <label>
                照片压缩包（.zip，可不传）
                <input
                  type="file"
                  name="photos"
                  accept=".zip,application/zip"
                  onChange={(e) => {
                    setFiles((f) => ({ ...f, photos: e.target.files?.[0] }))
                    setRows(undefined)
                  }}
                />
              </label>
            )}
            <Button type="submit" disabled={Boolean(busy)}>
              检查文件（不会保存）
            </Button>
          </form>
        </>
      )}
      {busy && <p role="status">{busy}</p>}
      {message && (
        <p role="alert" style={{ whiteSpace: 'pre-line' }}>
          {message}
        </p>
      )}
      {rows && (
        <>
          <p role="status">
            {imported ? '导入完成：' : '检查结果：'}共{rows.length}行，{imported ? '已新建' : '将新建'}
            {count('create')}行，{imported ? '已更新' : '将更新'}
            {count('update')}行，无变化{count('unchanged')}行，有错误{count('error')}行。
            {imported
              ? '导入的内容都是草稿，提交审核、终审通过后才会公开。'
              : '有错误的行不会导入，改好后可再次导入。'}
          </p>
          <table className="excel-results">
            <thead>
              <tr>
                <th scope="col">行号</th>
                <th scope="col">{nameHeader}</th>
                <th scope="col">结果</th>
                <th scope="col">说明</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row} data-action={r.action}>
                  <td>{r.row}</td>
                  <td>
                    {r.id !== undefined ? (
                      <a href={`/admin/collections/${collection}/${r.id}`}>{r.name}</a>
                    ) : (
                      r.name
                    )}
                  </td>
                  <td>{actionText[r.action]}</td>
                  <td style={{ whiteSpace: 'pre-line' }}>{describe(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {!imported && writable > 0 && (
            <p>
              <label>
                <input type="checkbox" checked={submit} onChange={(e) => setSubmit(e.target.checked)} />{' '}
                导入后直接提交审核
              </label>{' '}
              <Button onClick={() => void send('import')} disabled={Boolean(busy)}>
                {`确认导入${writable}行`}
              </Button>
            </p>
          )}
        </>
      )}
    </section>
  )
}
