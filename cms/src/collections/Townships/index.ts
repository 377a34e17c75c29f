import type { CollectionConfig } from 'payload'

import { admins, anyone, editorsOfTheTownship } from '../../access'
import { label } from '../../fields/labels'
import { slugField } from '../../fields/slug'

export const Townships: CollectionConfig = {
  slug: 'townships',
  labels: { singular: label('镇', 'Township'), plural: label('镇', 'Townships') },
  admin: { useAsTitle: 'name', group: label('行政区划', 'Places'), defaultColumns: ['name', 'slug'] },
  access: { read: anyone, create: admins, update: editorsOfTheTownship, delete: admins },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('镇名', 'Name') },
    slugField({ from: 'name', scope: 'global' }),
    { name: 'intro', type: 'textarea', label: label('简介', 'Introduction') },
  ],
}
