import { lectureSessionImporter } from './lectureSessions'
import { roleModelImporter } from './roleModels'

/** Every kind of content that imports from Excel, by collection. */
export const importers = {
  'role-models': roleModelImporter,
  'lecture-sessions': lectureSessionImporter,
}
