import { afterAll, beforeAll, expect, test } from 'vitest'

import { apiClient, startCms, type TestCms } from '../helpers/payload'

let cms: TestCms
beforeAll(async () => {
  cms = await startCms()
})
afterAll(async () => cms?.close())

test('boots', async () => {
  const t = await cms.payload.create({ collection: 'townships', data: { name: '云溪镇' } })
  expect(t.slug).toBe('yun-xi-zhen')
  const api = await apiClient(cms.config)
  const res = await api.get('/townships')
  expect(res.body.docs[0].name).toBe('云溪镇')
  const g = await api.graphql('{ Townships { docs { name } } }')
  expect(g.body.data.Townships.docs[0].name).toBe('云溪镇')
})
