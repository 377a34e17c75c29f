import type { GlobalConfig } from 'payload'

import { anyone, isStaff } from '../../access'
import { label } from '../../fields/labels'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('网站设置', 'Site settings'),
  admin: { group: label('系统', 'System') },
  access: { read: anyone, update: isStaff },
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
  ],
}
