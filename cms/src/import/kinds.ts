import type { ContentType, ExportedType, ImportedType } from '@xiangfeng/content-schema'
import type { CollectionConfig } from 'payload'

import { excelEndpoints, exportEndpoint } from './endpoints'
import type { Importer } from './importer'
import { lectureSessionImporter } from './lectureSessions'
import { policyExplainerExport } from './policyExplainers'
import { roleModelImporter } from './roleModels'

type AnyImporter = Importer<unknown, unknown, unknown>

/** Every content type that imports from Excel (content-schema's `imported`). */
export const importers: { [K in ImportedType]: AnyImporter } = {
  roleModels: roleModelImporter as unknown as AnyImporter,
  lectureSessions: lectureSessionImporter as unknown as AnyImporter,
}

/** Those that only export their list (`exported`). */
export const exporters: { [K in ExportedType]: Parameters<typeof exportEndpoint>[0] } = {
  policyExplainers: policyExplainerExport as never,
}

/**
 * A list's Excel endpoints and its 导入/导出 panel (ExcelTools), attached to the content types
 * that import or export, as Payload's import-export plugin attaches to the collections it is given.
 */
export function withExcel(type: ContentType, config: CollectionConfig): CollectionConfig {
  const endpoints =
    type in importers
      ? excelEndpoints(importers[type as ImportedType])
      : type in exporters
        ? [exportEndpoint(exporters[type as ExportedType])]
        : undefined
  if (!endpoints) return config
  const components = config.admin?.components
  return {
    ...config,
    endpoints: [...(config.endpoints || []), ...endpoints],
    admin: {
      ...config.admin,
      components: {
        ...components,
        beforeListTable: [
          ...(components?.beforeListTable ?? []),
          { path: '/import/ExcelTools#ExcelTools', clientProps: { collection: config.slug } },
        ],
      },
    },
  }
}
