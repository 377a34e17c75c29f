import type { GlobalConfig } from 'payload'

import { authenticated, editorsOrLeaders, publishedGlobalOrStaff } from '../../access'
import { label } from '../../fields/labels'
import type { SiteSetting } from '../../payload-types'
import { approvalFields, approvalGuard } from '../../collections/approval'
import { publicSiteSettings } from './public'

/**
 * The texts on every page (site name, filing numbers, contacts), and the flagged-words list.
 * A change to what the portal shows is a draft until a leader approves it (collections/approval.ts);
 * the flagged-words list changes at once.
 */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('网站设置', 'Site settings'),
  admin: {
    group: label('系统', 'System'),
    components: { elements: { PublishButton: '/workflow/ApprovePublish#ApprovePublish' } },
  },
  versions: { drafts: true, max: 50 },
  // The published values are public; drafts are read by staff only.
  access: { read: publishedGlobalOrStaff, readVersions: authenticated, update: editorsOrLeaders },
  hooks: {
    beforeChange: [
      approvalGuard(
        (s) => publicSiteSettings(s as unknown as SiteSetting),
        (req) => req.payload.db.findGlobal({ slug: 'site-settings', req }),
      ),
    ],
  },
  fields: [
    {
      name: 'siteName',
      type: 'text',
      required: true,
      defaultValue: '乡风',
      label: label('网站名称', 'Site name'),
    },
    {
      name: 'icpNumber',
      type: 'text',
      label: label('ICP备案号', 'ICP filing number'),
      admin: {
        description: label(
          '显示在页脚，链接到工信部备案系统。',
          'Shown in the footer, linked to the MIIT site.',
        ),
      },
    },
    {
      name: 'publicSecurityNumber',
      type: 'text',
      label: label('公安备案号', 'Public-security filing number'),
    },
    { name: 'contactPhone', type: 'text', label: label('联系电话（公开）', 'Public contact phone') },
    { name: 'contactAddress', type: 'text', label: label('联系地址（公开）', 'Public contact address') },
    {
      name: 'flaggedWords',
      type: 'array',
      label: label('错敏词表', 'Flagged words'),
      labels: { singular: label('词', 'Word'), plural: label('词', 'Words') },
      access: { read: authenticated },
      admin: {
        description: label(
          '提交审核时检查全部公开字段；命中则不能提交，并提示字段和建议写法。',
          'Checked on submit across every public field; a hit blocks submission.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'word', type: 'text', required: true, label: label('错词 / 敏感词', 'Word') },
            { name: 'hint', type: 'text', label: label('建议写法', 'Write instead') },
          ],
        },
      ],
    },
    ...approvalFields,
  ],
}
