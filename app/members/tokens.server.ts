// An invitation's single-use token: emailed in clear, stored only as its hash.
import { createHash, randomBytes } from "node:crypto";

export const mintInvitationToken = () => randomBytes(32).toString("base64url");

export const hashInvitationToken = (token: string) => createHash("sha256").update(token).digest("hex");
