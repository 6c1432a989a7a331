/** A numeric id from the URL; anything else is a page that does not exist. */
export function idParam(value: string | undefined): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id < 1) throw new Response(null, { status: 404 });
  return id;
}
