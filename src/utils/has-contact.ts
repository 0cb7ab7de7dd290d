/** The ways a resource can be reached, as the resources collection records them. */
interface Reachable {
  website?: string | undefined;
  finder?: string | undefined;
  phones?: readonly unknown[] | undefined;
  texts?: readonly unknown[] | undefined;
}

/** Whether a reader can reach a resource at all: a website, a finder, a phone number or a text line. */
export function hasContact(resource: Reachable): boolean {
  return Boolean(resource.website || resource.finder || resource.phones?.length || resource.texts?.length);
}
