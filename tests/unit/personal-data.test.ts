/**
 * Personal data in public text on its own (fields/personalData.ts) and at the level of a public
 * record (collections/contractCheck.ts personalDataProblems): what an inspection vetoes is found,
 * in the ways people write it, and the numbers public text is full of are not.
 */
import { personalDataProblems } from '@xiangfeng/cms/collections/contractCheck'
import { findPersonalData } from '@xiangfeng/cms/fields/personalData'
import { describe, expect, test } from 'vitest'

const kinds = (text: string) => findPersonalData(text).map((hit) => `${hit.kind} ${hit.text}`)

describe('found', () => {
  test('the probe: a mobile and an ID number written after its name, in a 事迹简介', () => {
    // The ID's check digit is wrong (…1232 is right): written after 身份证 it counts all the same.
    expect(kinds('联系电话13912345678，身份证610102197001011234')).toEqual([
      'idNumber 610102197001011234',
      'mobile 13912345678',
    ])
  })

  test.each([
    [
      'an ID number with its check digit, alone',
      '户主610102197001011232已登记',
      'idNumber 610102197001011232',
    ],
    ['an ID ending in X, in lower case', '号码11010519491231002x', 'idNumber 11010519491231002x'],
    ['an old 15-digit ID', '旧证号610102700101123', 'idNumber 610102700101123'],
    [
      'an ID number in full-width digits',
      '６１０１０２１９７００１０１１２３２',
      'idNumber ６１０１０２１９７００１０１１２３２',
    ],
    ['a mobile with hyphens', '请拨138-0013-8000咨询', 'mobile 138-0013-8000'],
    ['a mobile with spaces', '请拨 138 0013 8000 咨询', 'mobile 138 0013 8000'],
    ['a mobile in full-width digits', '电话１３８００１３８０００', 'mobile １３８００１３８０００'],
    ['a UnionPay card', '补贴打入6222021234567890128', 'bankCard 6222021234567890128'],
    ['a card in groups of four', '卡号 4111 1111 1111 1111', 'bankCard 4111 1111 1111 1111'],
  ])('%s', (_, text, hit) => {
    expect(kinds(text)).toEqual([hit])
  })
})

describe('not found: near misses', () => {
  test.each([
    ['a 文号', '依据《云政发〔2026〕12号》文件'],
    ['a year range', '2021-2025年规划，2026—2030年'],
    ['a row of years', '2021 2022 2023 2024年的数据'],
    ['an 18-digit number with a wrong check digit, unnamed', '编号610102197001011234'],
    ['a number that fails Luhn', '流水6222021234567890120'],
    ['a landline with its area code', '办公电话0571-88000119'],
    ['an 11-digit number that is no mobile', '索引号11330100002-2026'],
    ['a date and a time', '2026年11月22日 08:00'],
    ['a mobile inside a longer number', '订单号2013800138000123'],
  ])('%s', (_, text) => {
    expect(kinds(text)).toEqual([])
  })
})

describe('a public record', () => {
  const fields = [
    { name: 'summary', type: 'text', label: '事迹简介' },
    { name: 'story', type: 'richText', label: '事迹详情' },
    {
      name: 'workers',
      type: 'array',
      label: '网格员',
      fields: [
        { name: 'name', type: 'text', label: '姓名' },
        { name: 'workPhone', type: 'text', label: '工作电话' },
      ],
    },
  ] as never

  test('names the field and the kind, masking the number', () => {
    const problems = personalDataProblems(
      { id: '13912345678', summary: '联系电话13912345678，身份证610102197001011234', story: '<p>好人</p>' },
      fields,
      {},
      new Set(),
    )
    expect(problems).toEqual([
      {
        path: 'summary',
        message:
          '“事迹简介”里有像身份证号、手机号的内容（6101…1234），请删去：身份证号、手机号、银行卡号和家庭住址不能公开。',
      },
    ])
  })

  test('a consented work phone passes in its own field and in any text; another mobile does not', () => {
    const record = {
      workers: [{ name: '王建国', workPhone: '139-0000-1111' }],
      story: '<p>有事请找网格员王建国：13900001111。</p><p>或拨13900002222。</p>',
    }
    const problems = personalDataProblems(record, fields, {}, new Set(['13900001111']))
    expect(problems.map((p) => p.path)).toEqual(['story'])
    expect(problems[0].message).toContain('（1390…2222）')
  })

  test('the document’s own private home address in its public text', () => {
    const problems = personalDataProblems(
      { summary: '家住清溪村三组十八号，常年照顾邻居。' },
      fields,
      { contact: { address: '清溪村三组十八号' } },
      new Set(),
    )
    expect(problems.map((p) => p.message)).toEqual([
      '“事迹简介”里有像家庭住址的内容（清溪村三组十八号），请删去：身份证号、手机号、银行卡号和家庭住址不能公开。',
    ])
  })
})
