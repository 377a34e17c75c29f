import { chinaDay, type RoleModel, roleModelCategories, type SelectionBatch } from '@xiangfeng/content-schema'

import { chineseDate } from '../lib/format'
import { paths } from '../lib/paths'
import { noticeState } from '../lib/records'

/** One member of a batch as its honours list shows them. */
export type BatchMember = { href: string; name: string; category: string; villageName?: string }

/** The public role models a batch named, as its honours list links them. */
export const batchMembers = (
  batch: SelectionBatch,
  roleModels: RoleModel[],
  villageNames: Map<string, string>,
): BatchMember[] =>
  roleModels
    .filter((m) => m.batch === batch.id)
    .map((m) => ({
      href: paths.roleModel(m),
      name: m.name,
      category: m.category,
      villageName: m.village ? villageNames.get(m.village) : undefined,
    }))

/** A batch's members in the order its honours list names them: by category, as the vocabulary orders them. */
export const byCategory = (members: BatchMember[]) =>
  roleModelCategories.flatMap((c) => members.filter((m) => m.category === c.value))

/**
 * A batch's honours list (表彰名单) by category, with counts per category and in total; while its
 * public notice runs it reads, and prints, as a 公示 with the period and where objections go. A
 * long list is shown a page at a time (`shown`, a slice of `byCategory(members)`), with a link to
 * the whole list as it prints (`printHref`).
 */
export function SelectionBatchArticle({
  batch,
  members,
  shown = members,
  printHref,
  villageName,
  now,
}: {
  batch: SelectionBatch
  /** Every member: the counts. */
  members: BatchMember[]
  /** The members this page names; all of them unless the list is paged. */
  shown?: BatchMember[]
  printHref?: string
  villageName?: string
  /** The moment the page is built for (the export's): the notice's state is that day's. */
  now: string
}) {
  const state = noticeState(batch, chinaDay(now))
  const notice = batch.notice
  const groups = roleModelCategories
    .map((c) => ({
      ...c,
      count: members.filter((m) => m.category === c.value).length,
      members: shown.filter((m) => m.category === c.value),
    }))
    .filter((g) => g.count > 0)
  return (
    <article className="batch">
      <h1>{state === 'open' || state === 'upcoming' ? `${batch.title}公示` : `${batch.title}名单`}</h1>
      <p className="dated">
        {`${villageName ?? '全镇'} · ${batch.issuedBy} · 公布于 ${chineseDate(batch.announcedOn)}`}
      </p>
      {notice && (state === 'open' || state === 'upcoming') && (
        <section className="notice" aria-labelledby="notice-heading">
          <h2 id="notice-heading">{state === 'open' ? '正在公示' : '即将公示'}</h2>
          <p>
            {`公示期：${chineseDate(notice.startsOn)}至${chineseDate(notice.endsOn)}。`}
            {`公示期间如有异议，请向${notice.objectionsTo}反映。`}
          </p>
        </section>
      )}
      {notice && state === 'closed' && (
        <p className="dated">{`已于${chineseDate(notice.startsOn)}至${chineseDate(notice.endsOn)}公示。`}</p>
      )}
      {batch.intro && <p>{batch.intro}</p>}
      <p>
        <strong>{`本批共${members.length}名（户、组）`}</strong>
        {groups.length > 0 && `，其中${groups.map((g) => `${g.label}${g.count}名`).join('、')}。`}
      </p>
      {printHref && (
        <p className="print-link">
          <a href={printHref}>查看和打印完整名单</a>
        </p>
      )}
      {groups
        .filter((g) => g.members.length > 0)
        .map((group) => (
          <section key={group.value}>
            <h2>{`${group.label}（${group.count}名）`}</h2>
            <ul className="honours-list">
              {group.members.map((m) => (
                <li key={m.href}>
                  <a href={m.href}>{m.name}</a>
                  {m.villageName && `（${m.villageName}）`}
                </li>
              ))}
            </ul>
          </section>
        ))}
      <p className="signature">
        {batch.issuedBy}
        <br />
        {chineseDate(batch.announcedOn).replace(/ 星期.$/, '')}
      </p>
    </article>
  )
}
