import { reference } from 'astro:content';
import { listEntryIds, type CollectionName } from './collection-files';

/**
 * `reference()` that fails the build when the id does not exist. Astro only logs a dangling
 * reference and carries on, which would let a misspelt group type or citation ship.
 */
export function checkedReference<C extends CollectionName>(collection: C) {
  return reference(collection).superRefine((value, context) => {
    const id = typeof value === 'object' && 'id' in value ? value.id : undefined;
    if (id !== undefined && !listEntryIds(collection).has(id)) {
      context.addIssue({
        code: 'custom',
        message: `There is no ${collection} entry "${id}". Check the spelling against the file names in content/.`,
      });
    }
  });
}
