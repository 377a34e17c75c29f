/**
 * GET /api/statistics         the figures, for the township's own staff
 * GET /api/statistics/report  the same figures as an Excel report
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole, staffUser } from '../access/roles'
import { figures } from './figures'
import { statisticsWorkbook } from './report'

/** The township's staff report its work; a village officer sees their village's content, not the township's figures. */
export const seesStatistics = (user: Parameters<typeof hasRole>[0]) =>
  hasRole(user, 'admin', 'township-editor', 'township-reviewer', 'leader')

const refusal = (req: PayloadRequest) => {
  const user = staffUser(req)
  if (!user) return Response.json({ errors: [{ message: '请先登录。' }] }, { status: 401 })
  if (!seesStatistics(user))
    return Response.json({ errors: [{ message: '统计只对镇里的工作人员开放。' }] }, { status: 403 })
}

export const statisticsEndpoints: Endpoint[] = [
  {
    path: '/statistics',
    method: 'get',
    handler: async (req) => refusal(req) ?? Response.json(await figures(req.payload)),
  },
  {
    path: '/statistics/report',
    method: 'get',
    handler: async (req) => {
      const refused = refusal(req)
      if (refused) return refused
      const data = await (await statisticsWorkbook(await figures(req.payload))).xlsx.writeBuffer()
      return new Response(data as ArrayBuffer, {
        headers: {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="statistics.xlsx"; filename*=UTF-8''${encodeURIComponent('宣传工作统计.xlsx')}`,
          'Cache-Control': 'no-store',
        },
      })
    },
  },
]
