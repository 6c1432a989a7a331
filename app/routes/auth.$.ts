// Auth.js is never reached from outside: sign-in starts in the /login action and completes in
// /login/confirm's POST, both calling Auth() directly (app/auth/auth.server.ts). Its own endpoints
// would let a mail scanner spend a link, or anyone skip our rate limits, membership check and audit,
// and Auth.js reads its action from the path loosely (a trailing or doubled slash reaches the same
// one), so every path and method under /auth is answered alike: there is nothing here.
const notFound = () => new Response(null, { status: 404 });

export const loader = notFound;
export const action = notFound;
