// React and Remix pick their build from NODE_ENV when first loaded, so this module is imported
// first by every process entry: the production builds always, but under `npm run dev` (remix dev
// sets REMIX_DEV_ORIGIN). Whether the portal is local or production is PORTAL_MODE, not this.
process.env.NODE_ENV = process.env.REMIX_DEV_ORIGIN ? "development" : "production";
