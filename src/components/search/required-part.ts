/**
 * A part of an island's server-rendered markup that its script cannot work without: found and
 * of the right kind, or an error that names the element, the part and the component to look at
 * (a silent no-op would leave the reader with a control that does nothing).
 */
export function requiredPart<T extends Element>(
  root: Element,
  selector: string,
  kind: abstract new () => T,
  component: string,
): T {
  const found = root.querySelector(selector);
  if (!(found instanceof kind)) {
    throw new Error(`<${root.localName}> has no ${kind.name} matching ${selector}: see ${component}.`);
  }
  return found;
}
