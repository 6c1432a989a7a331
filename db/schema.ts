// The one typed view of the database for Kysely. Keep in step with db/migrations/.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** Postgres `date`, read as 'YYYY-MM-DD' (see db/connection.ts). */
type DateOnly = ColumnType<string, string, string>;

export type RegionalGroup = "african" | "asia_pacific" | "eastern_european" | "grulac" | "weog";
export const REGIONAL_GROUPS: readonly RegionalGroup[] = ["african", "asia_pacific", "eastern_european", "grulac", "weog"];
export type MemberKind = "state" | "organisation";
export type Role = "secretariat" | "focal_point";
export type PersonStatus = "invited" | "active" | "deactivated";
export type Locale = "en" | "fr" | "es";

export interface UserTable {
  id: Generated<string>;
  name: string | null;
  email: string;
  emailVerified: Timestamp | null;
  image: string | null;
}

export interface AccountTable {
  id: Generated<string>;
  userId: string;
  type: string;
  provider: string;
  providerAccountId: string;
  refresh_token: string | null;
  access_token: string | null;
  expires_at: number | null;
  token_type: string | null;
  scope: string | null;
  id_token: string | null;
  session_state: string | null;
}

export interface SessionTable {
  id: Generated<string>;
  userId: string;
  sessionToken: string;
  expires: Timestamp;
}

export interface VerificationTokenTable {
  identifier: string;
  token: string;
  expires: Timestamp;
}

export interface MemberTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: MemberKind;
  regional_group: RegionalGroup | null;
  capital: Generated<string>;
  time_zone: string;
  joined_on: DateOnly;
  created_at: Generated<Timestamp>;
}

export interface PersonTable {
  id: Generated<number>;
  user_id: string;
  name: string;
  role: Role;
  member_id: number | null;
  is_alternate: Generated<boolean>;
  title: Generated<string>;
  ministry: Generated<string>;
  time_zone: Generated<string>;
  locale: Generated<Locale>;
  status: Generated<PersonStatus>;
  created_at: Generated<Timestamp>;
  deactivated_at: Timestamp | null;
}

export interface Database {
  User: UserTable;
  Account: AccountTable;
  Session: SessionTable;
  VerificationToken: VerificationTokenTable;
  members: MemberTable;
  people: PersonTable;
}

export type Member = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type Person = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type PersonUpdate = Updateable<PersonTable>;
