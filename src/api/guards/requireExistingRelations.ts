import type { Field } from 'payload'

type Walkable = { type: string; filterOptions?: unknown; fields?: Field[]; tabs?: { fields: Field[] }[]; blocks?: { fields: Field[] }[] }

/**
 * Makes Payload's own relationship and upload validation look the related documents up. It does so only for
 * fields with `filterOptions`; without, an id that exists nowhere is stored on MongoDB and fails on SQLite's
 * foreign key (a 500). `() => true` filters nothing, so the admin's choices stay the same.
 */
export function requireExistingRelations(fields: Field[]): void {
  for (const field of fields as unknown as Walkable[]) {
    if ((field.type === 'relationship' || field.type === 'upload') && field.filterOptions === undefined) field.filterOptions = () => true
    if (field.fields) requireExistingRelations(field.fields)
    for (const tab of field.tabs ?? []) requireExistingRelations(tab.fields)
    for (const block of field.blocks ?? []) requireExistingRelations(block.fields)
  }
}
