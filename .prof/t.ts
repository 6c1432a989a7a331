import { prepareEnvironment } from "../scripts/lib/environment";
try { const e = await prepareEnvironment(console.log); console.log(e.config.DATABASE_URL); } catch (e) { console.log("ERR", e); }
process.exit(0);
