// Any address no other route claims: a friendly 404 inside the shell.
export function loader() {
  throw new Response(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
