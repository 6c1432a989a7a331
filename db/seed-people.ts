// Local mode's contact details for a few seeded people: phones and addresses, one person who keeps
// their phone out of the contact list. Adds only to people who have none yet (idempotent).
import type { DB } from "./connection";

const DETAILS: { email: string; phone: string; postalAddress: string; sharePhone?: boolean }[] = [
  {
    email: "camille.lefevre@diplomatie-france.example.org",
    phone: "+33 1 43 17 53 53",
    postalAddress: "37 quai d'Orsay\n75007 Paris\nFrance",
  },
  {
    email: "kagiso.mosweu@miac-botswana.example.org",
    phone: "+267 360 0700",
    postalAddress: "Private Bag 00368\nGaborone\nBotswana",
    sharePhone: false,
  },
  {
    email: "seoyeon.lee@mofa-korea.example.org",
    phone: "+82 2 2100 2114",
    postalAddress: "60 Sajik-ro 8-gil, Jongno-gu\nSeoul 03172\nRepublic of Korea",
  },
  {
    email: "claire.hartley@secretariat.example.org",
    phone: "+1 212 817 1929",
    postalAddress: "365 Fifth Avenue, Suite 5203\nNew York, NY 10016\nUnited States",
  },
];

export async function seedContactDetails(db: DB): Promise<{ contactDetails: number }> {
  let contactDetails = 0;
  for (const { email, phone, postalAddress, sharePhone = true } of DETAILS) {
    const result = await db
      .updateTable("people")
      .set({ phone, postal_address: postalAddress, share_phone: sharePhone })
      .where("user_id", "in", (eb) => eb.selectFrom("User").select("User.id").where("User.email", "=", email))
      .where("phone", "=", "")
      .where("postal_address", "=", "")
      .executeTakeFirst();
    contactDetails += Number(result.numUpdatedRows);
  }
  return { contactDetails };
}
