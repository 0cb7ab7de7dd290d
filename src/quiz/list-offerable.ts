import { hasContact, type ContactFields } from '../utils/has-contact';

/** A resource with what decides whether results may offer it. */
interface Candidate extends ContactFields {
  kind: string;
}

/**
 * The resources a suggestion may offer as a way to find a group: those a reader can reach, and
 * never a crisis line (crisis lines are help now, shown in their own place, not a way to find a group).
 */
export function listOfferable<T>(resources: readonly T[], fieldsOf: (resource: T) => Candidate): T[] {
  return resources.filter((resource) => {
    const fields = fieldsOf(resource);
    return fields.kind !== 'crisis-line' && hasContact(fields);
  });
}
