/** The fields of a resource a reader can use to reach it. */
export interface ContactFields {
  phones: readonly unknown[];
  texts: readonly unknown[];
  website?: string | undefined;
  finder?: string | undefined;
}

/**
 * Whether a reader can reach a resource from our page: a number to call, a line to text, or an
 * address to visit. The research leaves some out when it could not verify them (WomenHeart's
 * website was "from memory"), and a resource offered with no way to reach it is a dead end.
 */
export function hasContact(resource: ContactFields): boolean {
  return resource.phones.length > 0 || resource.texts.length > 0 || Boolean(resource.website ?? resource.finder);
}
