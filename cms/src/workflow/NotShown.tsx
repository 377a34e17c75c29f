/** In place of an admin control this workflow replaces (Payload's publish button and status line). */
export function NotShown() {
  return null
}
