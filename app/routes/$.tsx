// Any address no other route claims: a friendly 404 inside the shell, whatever the method.
export function loader() {
  throw new Response(null, { status: 404 });
}

export const action = loader;

export default function NotFound() {
  return null;
}
