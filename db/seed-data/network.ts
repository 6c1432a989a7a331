/**
 * Seed data for the Global Network of R2P Focal Points: its members (58 states across the five
 * UN regional groups plus the European Union) and the people who use the portal.
 *
 * All people are fictional; names are chosen to be plausible for each member, not to match any
 * real official. Emails live on example.org domains and are ASCII-only.
 *
 * Membership timeline: the network was launched in September 2010 (Australia, Costa Rica, Denmark
 * and Ghana as co-founders); 54 members by the 2016 annual meeting in Seoul (the EU appointed its
 * focal point in 2015); 59 members in 2017.
 */

export type RegionalGroup = 'african' | 'asia_pacific' | 'eastern_european' | 'grulac' | 'weog';
export type Locale = 'en' | 'fr' | 'es';

export interface SeedMember {
  slug: string;
  name: string;
  kind: 'state' | 'organisation';
  regionalGroup: RegionalGroup | null;
  capital: string;
  timeZone: string;
  joinedOn: string;
}

export interface SeedPerson {
  email: string;
  name: string;
  role: 'secretariat' | 'focal_point';
  memberSlug: string | null;
  isAlternate: boolean;
  title: string;
  ministry: string;
  timeZone: string;
  locale: Locale;
}

/** Members, sorted by display name (English collation). */
export const members: SeedMember[] = [
  { slug: 'australia', name: 'Australia', kind: 'state', regionalGroup: 'weog', capital: 'Canberra', timeZone: 'Australia/Sydney', joinedOn: '2010-09-23' },
  { slug: 'austria', name: 'Austria', kind: 'state', regionalGroup: 'weog', capital: 'Vienna', timeZone: 'Europe/Vienna', joinedOn: '2013-11-12' },
  { slug: 'belgium', name: 'Belgium', kind: 'state', regionalGroup: 'weog', capital: 'Brussels', timeZone: 'Europe/Brussels', joinedOn: '2011-06-21' },
  { slug: 'bosnia-and-herzegovina', name: 'Bosnia and Herzegovina', kind: 'state', regionalGroup: 'eastern_european', capital: 'Sarajevo', timeZone: 'Europe/Sarajevo', joinedOn: '2015-06-16' },
  { slug: 'botswana', name: 'Botswana', kind: 'state', regionalGroup: 'african', capital: 'Gaborone', timeZone: 'Africa/Gaborone', joinedOn: '2012-04-10' },
  { slug: 'bulgaria', name: 'Bulgaria', kind: 'state', regionalGroup: 'eastern_european', capital: 'Sofia', timeZone: 'Europe/Sofia', joinedOn: '2014-04-15' },
  { slug: 'canada', name: 'Canada', kind: 'state', regionalGroup: 'weog', capital: 'Ottawa', timeZone: 'America/Toronto', joinedOn: '2011-04-12' },
  { slug: 'chile', name: 'Chile', kind: 'state', regionalGroup: 'grulac', capital: 'Santiago', timeZone: 'America/Santiago', joinedOn: '2012-02-07' },
  { slug: 'costa-rica', name: 'Costa Rica', kind: 'state', regionalGroup: 'grulac', capital: 'San José', timeZone: 'America/Costa_Rica', joinedOn: '2010-09-23' },
  { slug: 'cote-divoire', name: "Côte d'Ivoire", kind: 'state', regionalGroup: 'african', capital: 'Yamoussoukro', timeZone: 'Africa/Abidjan', joinedOn: '2014-05-20' },
  { slug: 'croatia', name: 'Croatia', kind: 'state', regionalGroup: 'eastern_european', capital: 'Zagreb', timeZone: 'Europe/Zagreb', joinedOn: '2013-03-12' },
  { slug: 'czechia', name: 'Czechia', kind: 'state', regionalGroup: 'eastern_european', capital: 'Prague', timeZone: 'Europe/Prague', joinedOn: '2013-04-16' },
  { slug: 'democratic-republic-of-the-congo', name: 'Democratic Republic of the Congo', kind: 'state', regionalGroup: 'african', capital: 'Kinshasa', timeZone: 'Africa/Kinshasa', joinedOn: '2014-06-17' },
  { slug: 'denmark', name: 'Denmark', kind: 'state', regionalGroup: 'weog', capital: 'Copenhagen', timeZone: 'Europe/Copenhagen', joinedOn: '2010-09-23' },
  { slug: 'estonia', name: 'Estonia', kind: 'state', regionalGroup: 'eastern_european', capital: 'Tallinn', timeZone: 'Europe/Tallinn', joinedOn: '2013-05-14' },
  { slug: 'european-union', name: 'European Union', kind: 'organisation', regionalGroup: null, capital: 'Brussels', timeZone: 'Europe/Brussels', joinedOn: '2015-09-29' },
  { slug: 'finland', name: 'Finland', kind: 'state', regionalGroup: 'weog', capital: 'Helsinki', timeZone: 'Europe/Helsinki', joinedOn: '2011-02-14' },
  { slug: 'france', name: 'France', kind: 'state', regionalGroup: 'weog', capital: 'Paris', timeZone: 'Europe/Paris', joinedOn: '2011-06-07' },
  { slug: 'gambia', name: 'Gambia', kind: 'state', regionalGroup: 'african', capital: 'Banjul', timeZone: 'Africa/Banjul', joinedOn: '2017-03-14' },
  { slug: 'germany', name: 'Germany', kind: 'state', regionalGroup: 'weog', capital: 'Berlin', timeZone: 'Europe/Berlin', joinedOn: '2012-11-06' },
  { slug: 'ghana', name: 'Ghana', kind: 'state', regionalGroup: 'african', capital: 'Accra', timeZone: 'Africa/Accra', joinedOn: '2010-09-23' },
  { slug: 'guatemala', name: 'Guatemala', kind: 'state', regionalGroup: 'grulac', capital: 'Guatemala City', timeZone: 'America/Guatemala', joinedOn: '2011-11-22' },
  { slug: 'hungary', name: 'Hungary', kind: 'state', regionalGroup: 'eastern_european', capital: 'Budapest', timeZone: 'Europe/Budapest', joinedOn: '2012-11-27' },
  { slug: 'ireland', name: 'Ireland', kind: 'state', regionalGroup: 'weog', capital: 'Dublin', timeZone: 'Europe/Dublin', joinedOn: '2012-05-15' },
  { slug: 'italy', name: 'Italy', kind: 'state', regionalGroup: 'weog', capital: 'Rome', timeZone: 'Europe/Rome', joinedOn: '2012-06-12' },
  { slug: 'japan', name: 'Japan', kind: 'state', regionalGroup: 'asia_pacific', capital: 'Tokyo', timeZone: 'Asia/Tokyo', joinedOn: '2017-02-21' },
  { slug: 'latvia', name: 'Latvia', kind: 'state', regionalGroup: 'eastern_european', capital: 'Riga', timeZone: 'Europe/Riga', joinedOn: '2013-09-17' },
  { slug: 'liberia', name: 'Liberia', kind: 'state', regionalGroup: 'african', capital: 'Monrovia', timeZone: 'Africa/Monrovia', joinedOn: '2014-09-16' },
  { slug: 'lithuania', name: 'Lithuania', kind: 'state', regionalGroup: 'eastern_european', capital: 'Vilnius', timeZone: 'Europe/Vilnius', joinedOn: '2013-06-11' },
  { slug: 'luxembourg', name: 'Luxembourg', kind: 'state', regionalGroup: 'weog', capital: 'Luxembourg', timeZone: 'Europe/Luxembourg', joinedOn: '2013-10-15' },
  { slug: 'mexico', name: 'Mexico', kind: 'state', regionalGroup: 'grulac', capital: 'Mexico City', timeZone: 'America/Mexico_City', joinedOn: '2012-01-17' },
  { slug: 'montenegro', name: 'Montenegro', kind: 'state', regionalGroup: 'eastern_european', capital: 'Podgorica', timeZone: 'Europe/Podgorica', joinedOn: '2015-10-20' },
  { slug: 'netherlands', name: 'Netherlands', kind: 'state', regionalGroup: 'weog', capital: 'Amsterdam', timeZone: 'Europe/Amsterdam', joinedOn: '2010-11-15' },
  { slug: 'new-zealand', name: 'New Zealand', kind: 'state', regionalGroup: 'weog', capital: 'Wellington', timeZone: 'Pacific/Auckland', joinedOn: '2013-02-19' },
  { slug: 'nigeria', name: 'Nigeria', kind: 'state', regionalGroup: 'african', capital: 'Abuja', timeZone: 'Africa/Lagos', joinedOn: '2011-09-13' },
  { slug: 'north-macedonia', name: 'North Macedonia', kind: 'state', regionalGroup: 'eastern_european', capital: 'Skopje', timeZone: 'Europe/Skopje', joinedOn: '2017-04-19' },
  { slug: 'norway', name: 'Norway', kind: 'state', regionalGroup: 'weog', capital: 'Oslo', timeZone: 'Europe/Oslo', joinedOn: '2011-03-22' },
  { slug: 'panama', name: 'Panama', kind: 'state', regionalGroup: 'grulac', capital: 'Panama City', timeZone: 'America/Panama', joinedOn: '2015-05-19' },
  { slug: 'paraguay', name: 'Paraguay', kind: 'state', regionalGroup: 'grulac', capital: 'Asunción', timeZone: 'America/Asuncion', joinedOn: '2017-06-06' },
  { slug: 'philippines', name: 'Philippines', kind: 'state', regionalGroup: 'asia_pacific', capital: 'Manila', timeZone: 'Asia/Manila', joinedOn: '2015-03-17' },
  { slug: 'poland', name: 'Poland', kind: 'state', regionalGroup: 'eastern_european', capital: 'Warsaw', timeZone: 'Europe/Warsaw', joinedOn: '2014-01-21' },
  { slug: 'portugal', name: 'Portugal', kind: 'state', regionalGroup: 'weog', capital: 'Lisbon', timeZone: 'Europe/Lisbon', joinedOn: '2012-09-11' },
  { slug: 'qatar', name: 'Qatar', kind: 'state', regionalGroup: 'asia_pacific', capital: 'Doha', timeZone: 'Asia/Qatar', joinedOn: '2015-04-21' },
  { slug: 'republic-of-korea', name: 'Republic of Korea', kind: 'state', regionalGroup: 'asia_pacific', capital: 'Seoul', timeZone: 'Asia/Seoul', joinedOn: '2011-11-08' },
  { slug: 'republic-of-moldova', name: 'Republic of Moldova', kind: 'state', regionalGroup: 'eastern_european', capital: 'Chișinău', timeZone: 'Europe/Chisinau', joinedOn: '2017-05-16' },
  { slug: 'romania', name: 'Romania', kind: 'state', regionalGroup: 'eastern_european', capital: 'Bucharest', timeZone: 'Europe/Bucharest', joinedOn: '2014-03-18' },
  { slug: 'rwanda', name: 'Rwanda', kind: 'state', regionalGroup: 'african', capital: 'Kigali', timeZone: 'Africa/Kigali', joinedOn: '2014-10-14' },
  { slug: 'slovakia', name: 'Slovakia', kind: 'state', regionalGroup: 'eastern_european', capital: 'Bratislava', timeZone: 'Europe/Bratislava', joinedOn: '2014-02-18' },
  { slug: 'slovenia', name: 'Slovenia', kind: 'state', regionalGroup: 'eastern_european', capital: 'Ljubljana', timeZone: 'Europe/Ljubljana', joinedOn: '2011-10-04' },
  { slug: 'south-africa', name: 'South Africa', kind: 'state', regionalGroup: 'african', capital: 'Pretoria', timeZone: 'Africa/Johannesburg', joinedOn: '2014-11-18' },
  { slug: 'spain', name: 'Spain', kind: 'state', regionalGroup: 'weog', capital: 'Madrid', timeZone: 'Europe/Madrid', joinedOn: '2012-10-09' },
  { slug: 'sweden', name: 'Sweden', kind: 'state', regionalGroup: 'weog', capital: 'Stockholm', timeZone: 'Europe/Stockholm', joinedOn: '2011-03-08' },
  { slug: 'switzerland', name: 'Switzerland', kind: 'state', regionalGroup: 'weog', capital: 'Bern', timeZone: 'Europe/Zurich', joinedOn: '2010-12-06' },
  { slug: 'timor-leste', name: 'Timor-Leste', kind: 'state', regionalGroup: 'asia_pacific', capital: 'Dili', timeZone: 'Asia/Dili', joinedOn: '2016-01-19' },
  { slug: 'uganda', name: 'Uganda', kind: 'state', regionalGroup: 'african', capital: 'Kampala', timeZone: 'Africa/Kampala', joinedOn: '2015-02-17' },
  { slug: 'united-kingdom', name: 'United Kingdom', kind: 'state', regionalGroup: 'weog', capital: 'London', timeZone: 'Europe/London', joinedOn: '2011-05-17' },
  { slug: 'united-republic-of-tanzania', name: 'United Republic of Tanzania', kind: 'state', regionalGroup: 'african', capital: 'Dodoma', timeZone: 'Africa/Dar_es_Salaam', joinedOn: '2015-01-20' },
  { slug: 'united-states-of-america', name: 'United States of America', kind: 'state', regionalGroup: 'weog', capital: 'Washington, D.C.', timeZone: 'America/New_York', joinedOn: '2013-01-15' },
  { slug: 'uruguay', name: 'Uruguay', kind: 'state', regionalGroup: 'grulac', capital: 'Montevideo', timeZone: 'America/Montevideo', joinedOn: '2012-03-13' },
];

/**
 * People: two secretariat staff, then one focal point per member (in member order), with an
 * alternate directly after the focal point for twelve members.
 */
export const people: SeedPerson[] = [
  // Secretariat
  { email: 'claire.hartley@secretariat.example.org', name: 'Claire Hartley', role: 'secretariat', memberSlug: null, isAlternate: false, title: 'Senior Programme Officer, Global Network of R2P Focal Points', ministry: 'Secretariat of the Global Network', timeZone: 'America/New_York', locale: 'en' },
  { email: 'daniel.mwangi@secretariat.example.org', name: 'Daniel Mwangi', role: 'secretariat', memberSlug: null, isAlternate: false, title: 'Programme Officer, Global Network of R2P Focal Points', ministry: 'Secretariat of the Global Network', timeZone: 'America/New_York', locale: 'en' },

  // Focal points and alternates
  { email: 'rebecca.thornton@dfat-australia.example.org', name: 'Rebecca Thornton', role: 'focal_point', memberSlug: 'australia', isAlternate: false, title: 'Director, Human Rights and Humanitarian Section', ministry: 'Department of Foreign Affairs and Trade', timeZone: 'Australia/Sydney', locale: 'en' },
  { email: 'james.whitaker@dfat-australia.example.org', name: 'James Whitaker', role: 'focal_point', memberSlug: 'australia', isAlternate: true, title: 'Policy Officer, Human Rights and Humanitarian Section', ministry: 'Department of Foreign Affairs and Trade', timeZone: 'Australia/Sydney', locale: 'en' },
  { email: 'katharina.steinboeck@bmeia-austria.example.org', name: 'Katharina Steinböck', role: 'focal_point', memberSlug: 'austria', isAlternate: false, title: 'Head of Department, Human Rights', ministry: 'Federal Ministry for Europe, Integration and Foreign Affairs', timeZone: 'Europe/Vienna', locale: 'en' },
  { email: 'olivier.dumont@diplomatie-belgium.example.org', name: 'Olivier Dumont', role: 'focal_point', memberSlug: 'belgium', isAlternate: false, title: 'Head of Unit, Human Rights, Directorate-General for Multilateral Affairs', ministry: 'Federal Public Service Foreign Affairs, Foreign Trade and Development Cooperation', timeZone: 'Europe/Brussels', locale: 'fr' },
  { email: 'amela.hadzic@mfa-bih.example.org', name: 'Amela Hadžić', role: 'focal_point', memberSlug: 'bosnia-and-herzegovina', isAlternate: false, title: 'Head of Department for Human Rights and Multilateral Affairs', ministry: 'Ministry of Foreign Affairs of Bosnia and Herzegovina', timeZone: 'Europe/Sarajevo', locale: 'en' },
  { email: 'kagiso.mosweu@miac-botswana.example.org', name: 'Kagiso Mosweu', role: 'focal_point', memberSlug: 'botswana', isAlternate: false, title: 'Director, Multilateral Affairs', ministry: 'Ministry of International Affairs and Cooperation', timeZone: 'Africa/Gaborone', locale: 'en' },
  { email: 'dimitar.petkov@mfa-bulgaria.example.org', name: 'Dimitar Petkov', role: 'focal_point', memberSlug: 'bulgaria', isAlternate: false, title: 'Head of Human Rights Department, United Nations and Global Affairs Directorate', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Sofia', locale: 'en' },
  { email: 'heather.macleod@international-canada.example.org', name: 'Heather MacLeod', role: 'focal_point', memberSlug: 'canada', isAlternate: false, title: 'Deputy Director, Human Rights Policy', ministry: 'Global Affairs Canada', timeZone: 'America/Toronto', locale: 'en' },
  { email: 'francisca.araya@minrel-chile.example.org', name: 'Francisca Araya Morales', role: 'focal_point', memberSlug: 'chile', isAlternate: false, title: 'Director, Human Rights Department', ministry: 'Ministry of Foreign Affairs', timeZone: 'America/Santiago', locale: 'es' },
  { email: 'andres.solano@rree-costarica.example.org', name: 'Andrés Solano Quesada', role: 'focal_point', memberSlug: 'costa-rica', isAlternate: false, title: 'Director, General Directorate of Foreign Policy', ministry: 'Ministry of Foreign Affairs and Worship', timeZone: 'America/Costa_Rica', locale: 'es' },
  { email: 'mariela.jimenez@rree-costarica.example.org', name: 'Mariela Jiménez Castro', role: 'focal_point', memberSlug: 'costa-rica', isAlternate: true, title: 'Counsellor, Human Rights Division', ministry: 'Ministry of Foreign Affairs and Worship', timeZone: 'America/Costa_Rica', locale: 'es' },
  { email: 'mariam.coulibaly@diplomatie-cotedivoire.example.org', name: 'Mariam Coulibaly', role: 'focal_point', memberSlug: 'cote-divoire', isAlternate: false, title: 'Deputy Director, United Nations and International Organisations', ministry: 'Ministry of Foreign Affairs', timeZone: 'Africa/Abidjan', locale: 'fr' },
  { email: 'ivana.kovacevic@mvep-croatia.example.org', name: 'Ivana Kovačević', role: 'focal_point', memberSlug: 'croatia', isAlternate: false, title: 'Head of Service for Human Rights', ministry: 'Ministry of Foreign and European Affairs', timeZone: 'Europe/Zagreb', locale: 'en' },
  { email: 'tomas.novotny@mzv-czechia.example.org', name: 'Tomáš Novotný', role: 'focal_point', memberSlug: 'czechia', isAlternate: false, title: 'Director, Human Rights and Transition Policy Department', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Prague', locale: 'en' },
  { email: 'jeanpierre.mukendi@mae-rdc.example.org', name: 'Jean-Pierre Mukendi', role: 'focal_point', memberSlug: 'democratic-republic-of-the-congo', isAlternate: false, title: 'Director, International Organisations', ministry: 'Ministry of Foreign Affairs and Regional Integration', timeZone: 'Africa/Kinshasa', locale: 'fr' },
  { email: 'mette.kjaergaard@um-denmark.example.org', name: 'Mette Kjærgaard', role: 'focal_point', memberSlug: 'denmark', isAlternate: false, title: 'Head of Section, Department for Multilateral Cooperation', ministry: 'Ministry of Foreign Affairs of Denmark', timeZone: 'Europe/Copenhagen', locale: 'en' },
  { email: 'rasmus.holm@um-denmark.example.org', name: 'Rasmus Holm', role: 'focal_point', memberSlug: 'denmark', isAlternate: true, title: 'Chief Adviser, Department for Multilateral Cooperation', ministry: 'Ministry of Foreign Affairs of Denmark', timeZone: 'Europe/Copenhagen', locale: 'en' },
  { email: 'kadri.tamm@vm-estonia.example.org', name: 'Kadri Tamm', role: 'focal_point', memberSlug: 'estonia', isAlternate: false, title: 'Director, Human Rights and Humanitarian Affairs Division', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Tallinn', locale: 'en' },
  { email: 'matteo.ricciardi@eeas-eu.example.org', name: 'Matteo Ricciardi', role: 'focal_point', memberSlug: 'european-union', isAlternate: false, title: 'Head of Division, Conflict Prevention, Peacebuilding and Mediation', ministry: 'European External Action Service', timeZone: 'Europe/Brussels', locale: 'en' },
  { email: 'agnieszka.wrobel@eeas-eu.example.org', name: 'Agnieszka Wróbel', role: 'focal_point', memberSlug: 'european-union', isAlternate: true, title: 'Policy Officer, Early Warning and Conflict Analysis', ministry: 'European External Action Service', timeZone: 'Europe/Brussels', locale: 'en' },
  { email: 'aino.virtanen@formin-finland.example.org', name: 'Aino Virtanen', role: 'focal_point', memberSlug: 'finland', isAlternate: false, title: 'Director, Unit for Human Rights Policy', ministry: 'Ministry for Foreign Affairs', timeZone: 'Europe/Helsinki', locale: 'en' },
  { email: 'camille.lefevre@diplomatie-france.example.org', name: 'Camille Lefèvre', role: 'focal_point', memberSlug: 'france', isAlternate: false, title: 'Deputy Director, Human Rights and Humanitarian Affairs', ministry: 'Ministry for Europe and Foreign Affairs', timeZone: 'Europe/Paris', locale: 'fr' },
  { email: 'julien.marchand@diplomatie-france.example.org', name: 'Julien Marchand', role: 'focal_point', memberSlug: 'france', isAlternate: true, title: 'Desk Officer, Directorate for the United Nations and International Organisations', ministry: 'Ministry for Europe and Foreign Affairs', timeZone: 'Europe/Paris', locale: 'fr' },
  { email: 'fatoumata.ceesay@mofa-gambia.example.org', name: 'Fatoumata Ceesay', role: 'focal_point', memberSlug: 'gambia', isAlternate: false, title: 'Principal Assistant Secretary, Multilateral Affairs', ministry: 'Ministry of Foreign Affairs, International Cooperation and Gambians Abroad', timeZone: 'Africa/Banjul', locale: 'en' },
  { email: 'johannes.bergmann@auswaertiges-amt.example.org', name: 'Johannes Bergmann', role: 'focal_point', memberSlug: 'germany', isAlternate: false, title: 'Head of Division, Human Rights Policy', ministry: 'Federal Foreign Office', timeZone: 'Europe/Berlin', locale: 'en' },
  { email: 'lena.hoffmann@auswaertiges-amt.example.org', name: 'Lena Hoffmann', role: 'focal_point', memberSlug: 'germany', isAlternate: true, title: 'Desk Officer, Crisis Prevention and Stabilisation', ministry: 'Federal Foreign Office', timeZone: 'Europe/Berlin', locale: 'en' },
  { email: 'kwame.mensah@mfa-ghana.example.org', name: 'Kwame Mensah', role: 'focal_point', memberSlug: 'ghana', isAlternate: false, title: 'Director, International Organisations and Conferences Bureau', ministry: 'Ministry of Foreign Affairs and Regional Integration', timeZone: 'Africa/Accra', locale: 'en' },
  { email: 'akosua.owusu-ansah@mfa-ghana.example.org', name: 'Akosua Owusu-Ansah', role: 'focal_point', memberSlug: 'ghana', isAlternate: true, title: 'Assistant Director, International Organisations and Conferences Bureau', ministry: 'Ministry of Foreign Affairs and Regional Integration', timeZone: 'Africa/Accra', locale: 'en' },
  { email: 'lucia.morales@minex-guatemala.example.org', name: 'Lucía Morales Pérez', role: 'focal_point', memberSlug: 'guatemala', isAlternate: false, title: 'Director, Human Rights Directorate', ministry: 'Ministry of Foreign Affairs', timeZone: 'America/Guatemala', locale: 'es' },
  { email: 'zsofia.kiss@mfa-hungary.example.org', name: 'Zsófia Kiss', role: 'focal_point', memberSlug: 'hungary', isAlternate: false, title: 'Head of Department, Human Rights', ministry: 'Ministry of Foreign Affairs and Trade', timeZone: 'Europe/Budapest', locale: 'en' },
  { email: 'siobhan.byrne@dfa-ireland.example.org', name: 'Siobhán Byrne', role: 'focal_point', memberSlug: 'ireland', isAlternate: false, title: 'Director, Human Rights Unit', ministry: 'Department of Foreign Affairs and Trade', timeZone: 'Europe/Dublin', locale: 'en' },
  { email: 'marco.bellini@esteri-italy.example.org', name: 'Marco Bellini', role: 'focal_point', memberSlug: 'italy', isAlternate: false, title: 'Head of Office, Human Rights, Directorate-General for Political Affairs and Security', ministry: 'Ministry of Foreign Affairs and International Cooperation', timeZone: 'Europe/Rome', locale: 'en' },
  { email: 'haruka.nakamura@mofa-japan.example.org', name: 'Haruka Nakamura', role: 'focal_point', memberSlug: 'japan', isAlternate: false, title: 'Director, Human Rights and Humanitarian Affairs Division, Foreign Policy Bureau', ministry: 'Ministry of Foreign Affairs of Japan', timeZone: 'Asia/Tokyo', locale: 'en' },
  { email: 'martins.ozols@mfa-latvia.example.org', name: 'Mārtiņš Ozols', role: 'focal_point', memberSlug: 'latvia', isAlternate: false, title: 'Director, Department of International Organisations and Human Rights', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Riga', locale: 'en' },
  { email: 'comfort.kollie@mofa-liberia.example.org', name: 'Comfort Kollie', role: 'focal_point', memberSlug: 'liberia', isAlternate: false, title: 'Director, Bureau of International Organisations', ministry: 'Ministry of Foreign Affairs', timeZone: 'Africa/Monrovia', locale: 'en' },
  { email: 'ruta.kazlauskiene@urm-lithuania.example.org', name: 'Rūta Kazlauskienė', role: 'focal_point', memberSlug: 'lithuania', isAlternate: false, title: 'Head of Human Rights Division, United Nations, International Organisations and Human Rights Department', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Vilnius', locale: 'en' },
  { email: 'anne.reuter@mae-luxembourg.example.org', name: 'Anne Reuter', role: 'focal_point', memberSlug: 'luxembourg', isAlternate: false, title: 'Head of Human Rights Department, Directorate of Political Affairs', ministry: 'Ministry of Foreign and European Affairs', timeZone: 'Europe/Luxembourg', locale: 'fr' },
  { email: 'alejandro.gutierrez@sre-mexico.example.org', name: 'Alejandro Gutiérrez Ramírez', role: 'focal_point', memberSlug: 'mexico', isAlternate: false, title: 'Director General, Human Rights and Democracy', ministry: 'Secretariat of Foreign Affairs', timeZone: 'America/Mexico_City', locale: 'es' },
  { email: 'daniela.cervantes@sre-mexico.example.org', name: 'Daniela Cervantes Ortiz', role: 'focal_point', memberSlug: 'mexico', isAlternate: true, title: 'Deputy Director, Multilateral Affairs', ministry: 'Secretariat of Foreign Affairs', timeZone: 'America/Mexico_City', locale: 'es' },
  { email: 'milica.vukovic@mvp-montenegro.example.org', name: 'Milica Vuković', role: 'focal_point', memberSlug: 'montenegro', isAlternate: false, title: 'Director, Directorate for Multilateral Affairs', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Podgorica', locale: 'en' },
  { email: 'pieter.vandenberg@minbuza-netherlands.example.org', name: 'Pieter van den Berg', role: 'focal_point', memberSlug: 'netherlands', isAlternate: false, title: 'Head, Human Rights and Peacebuilding Division', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Amsterdam', locale: 'en' },
  { email: 'sanne.devries@minbuza-netherlands.example.org', name: 'Sanne de Vries', role: 'focal_point', memberSlug: 'netherlands', isAlternate: true, title: 'Policy Officer, Stabilisation and Humanitarian Aid Department', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Amsterdam', locale: 'en' },
  { email: 'catherine.ngata@mfat-nz.example.org', name: 'Catherine Ngata', role: 'focal_point', memberSlug: 'new-zealand', isAlternate: false, title: 'Unit Manager, Human Rights, United Nations and Commonwealth Division', ministry: 'Ministry of Foreign Affairs and Trade', timeZone: 'Pacific/Auckland', locale: 'en' },
  { email: 'chinedu.okafor@mfa-nigeria.example.org', name: 'Chinedu Okafor', role: 'focal_point', memberSlug: 'nigeria', isAlternate: false, title: 'Director, International Organisations Department', ministry: 'Federal Ministry of Foreign Affairs', timeZone: 'Africa/Lagos', locale: 'en' },
  { email: 'aisha.bello@mfa-nigeria.example.org', name: 'Aisha Bello', role: 'focal_point', memberSlug: 'nigeria', isAlternate: true, title: 'Deputy Director, United Nations Division', ministry: 'Federal Ministry of Foreign Affairs', timeZone: 'Africa/Lagos', locale: 'en' },
  { email: 'elena.stojanovska@mfa-northmacedonia.example.org', name: 'Elena Stojanovska', role: 'focal_point', memberSlug: 'north-macedonia', isAlternate: false, title: 'Head of Sector for Human Rights', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Skopje', locale: 'en' },
  { email: 'ingrid.haugland@mfa-norway.example.org', name: 'Ingrid Haugland', role: 'focal_point', memberSlug: 'norway', isAlternate: false, title: 'Deputy Director General, Department for UN and Humanitarian Affairs', ministry: 'Royal Norwegian Ministry of Foreign Affairs', timeZone: 'Europe/Oslo', locale: 'en' },
  { email: 'ricardo.batista@mire-panama.example.org', name: 'Ricardo Batista Moreno', role: 'focal_point', memberSlug: 'panama', isAlternate: false, title: 'Director General, Multilateral Policy', ministry: 'Ministry of Foreign Affairs', timeZone: 'America/Panama', locale: 'es' },
  { email: 'mariajose.benitez@mre-paraguay.example.org', name: 'María José Benítez', role: 'focal_point', memberSlug: 'paraguay', isAlternate: false, title: 'Director, Human Rights Directorate', ministry: 'Ministry of Foreign Affairs', timeZone: 'America/Asuncion', locale: 'es' },
  { email: 'ramon.villanueva@dfa-philippines.example.org', name: 'Ramon Villanueva', role: 'focal_point', memberSlug: 'philippines', isAlternate: false, title: 'Executive Director, Office of United Nations and International Organizations', ministry: 'Department of Foreign Affairs', timeZone: 'Asia/Manila', locale: 'en' },
  { email: 'piotr.zielinski@msz-poland.example.org', name: 'Piotr Zieliński', role: 'focal_point', memberSlug: 'poland', isAlternate: false, title: 'Deputy Director, Department of United Nations and Human Rights', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Warsaw', locale: 'en' },
  { email: 'ines.carvalho@mne-portugal.example.org', name: 'Inês Carvalho', role: 'focal_point', memberSlug: 'portugal', isAlternate: false, title: 'Director of Services, Human Rights, Directorate-General for Foreign Policy', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Lisbon', locale: 'en' },
  { email: 'noora.alkuwari@mofa-qatar.example.org', name: 'Noora Al-Kuwari', role: 'focal_point', memberSlug: 'qatar', isAlternate: false, title: 'Director, Department of International Organizations', ministry: 'Ministry of Foreign Affairs', timeZone: 'Asia/Qatar', locale: 'en' },
  { email: 'seoyeon.lee@mofa-korea.example.org', name: 'Lee Seo-yeon', role: 'focal_point', memberSlug: 'republic-of-korea', isAlternate: false, title: 'Director, Human Rights and Social Affairs Division', ministry: 'Ministry of Foreign Affairs', timeZone: 'Asia/Seoul', locale: 'en' },
  { email: 'minjun.choi@mofa-korea.example.org', name: 'Choi Min-jun', role: 'focal_point', memberSlug: 'republic-of-korea', isAlternate: true, title: 'Deputy Director, United Nations Division', ministry: 'Ministry of Foreign Affairs', timeZone: 'Asia/Seoul', locale: 'en' },
  { email: 'natalia.ciobanu@mfa-moldova.example.org', name: 'Natalia Ciobanu', role: 'focal_point', memberSlug: 'republic-of-moldova', isAlternate: false, title: 'Director, Multilateral Cooperation Directorate', ministry: 'Ministry of Foreign Affairs and European Integration', timeZone: 'Europe/Chisinau', locale: 'en' },
  { email: 'andrei.munteanu@mae-romania.example.org', name: 'Andrei Munteanu', role: 'focal_point', memberSlug: 'romania', isAlternate: false, title: 'Director, Human Rights Department', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Bucharest', locale: 'en' },
  { email: 'grace.uwase@minaffet-rwanda.example.org', name: 'Grace Uwase', role: 'focal_point', memberSlug: 'rwanda', isAlternate: false, title: 'Director, Multilateral Affairs Unit', ministry: 'Ministry of Foreign Affairs and International Cooperation', timeZone: 'Africa/Kigali', locale: 'en' },
  { email: 'martin.kovac@mzv-slovakia.example.org', name: 'Martin Kováč', role: 'focal_point', memberSlug: 'slovakia', isAlternate: false, title: 'Director, Department of Human Rights', ministry: 'Ministry of Foreign and European Affairs', timeZone: 'Europe/Bratislava', locale: 'en' },
  { email: 'maja.novak@mzz-slovenia.example.org', name: 'Maja Novak', role: 'focal_point', memberSlug: 'slovenia', isAlternate: false, title: 'Head of Department for Human Rights', ministry: 'Ministry of Foreign Affairs', timeZone: 'Europe/Ljubljana', locale: 'en' },
  { email: 'thabo.nkosi@dirco-southafrica.example.org', name: 'Thabo Nkosi', role: 'focal_point', memberSlug: 'south-africa', isAlternate: false, title: 'Chief Director, Human Rights and Humanitarian Affairs', ministry: 'Department of International Relations and Cooperation', timeZone: 'Africa/Johannesburg', locale: 'en' },
  { email: 'javier.ortega@maec-spain.example.org', name: 'Javier Ortega Llorente', role: 'focal_point', memberSlug: 'spain', isAlternate: false, title: 'Deputy Director General, United Nations and Human Rights', ministry: 'Ministry of Foreign Affairs and Cooperation', timeZone: 'Europe/Madrid', locale: 'es' },
  { email: 'karin.lindgren@ud-sweden.example.org', name: 'Karin Lindgren', role: 'focal_point', memberSlug: 'sweden', isAlternate: false, title: 'Deputy Director, Department for International Law, Human Rights and Treaty Law', ministry: 'Ministry for Foreign Affairs', timeZone: 'Europe/Stockholm', locale: 'en' },
  { email: 'nicolas.rochat@eda-switzerland.example.org', name: 'Nicolas Rochat', role: 'focal_point', memberSlug: 'switzerland', isAlternate: false, title: 'Deputy Head, Human Security Division', ministry: 'Federal Department of Foreign Affairs', timeZone: 'Europe/Zurich', locale: 'fr' },
  { email: 'severine.favre@eda-switzerland.example.org', name: 'Séverine Favre', role: 'focal_point', memberSlug: 'switzerland', isAlternate: true, title: 'Programme Officer, Human Security Division', ministry: 'Federal Department of Foreign Affairs', timeZone: 'Europe/Zurich', locale: 'fr' },
  { email: 'joaquim.dacosta@mnec-timorleste.example.org', name: 'Joaquim da Costa', role: 'focal_point', memberSlug: 'timor-leste', isAlternate: false, title: 'Director, Multilateral Affairs', ministry: 'Ministry of Foreign Affairs and Cooperation', timeZone: 'Asia/Dili', locale: 'en' },
  { email: 'brenda.nakato@mofa-uganda.example.org', name: 'Brenda Nakato', role: 'focal_point', memberSlug: 'uganda', isAlternate: false, title: 'Assistant Commissioner, Regional and International Political Affairs', ministry: 'Ministry of Foreign Affairs', timeZone: 'Africa/Kampala', locale: 'en' },
  { email: 'eleanor.price@fco-uk.example.org', name: 'Eleanor Price', role: 'focal_point', memberSlug: 'united-kingdom', isAlternate: false, title: 'Deputy Head, Multilateral Policy Department', ministry: 'Foreign and Commonwealth Office', timeZone: 'Europe/London', locale: 'en' },
  { email: 'joseph.mwakyusa@mfaeac-tanzania.example.org', name: 'Joseph Mwakyusa', role: 'focal_point', memberSlug: 'united-republic-of-tanzania', isAlternate: false, title: 'Director, Department of Multilateral Cooperation', ministry: 'Ministry of Foreign Affairs and East African Cooperation', timeZone: 'Africa/Dar_es_Salaam', locale: 'en' },
  { email: 'danielle.brooks@state-usa.example.org', name: 'Danielle Brooks', role: 'focal_point', memberSlug: 'united-states-of-america', isAlternate: false, title: 'Deputy Director, Office of Human Rights and Humanitarian Affairs, Bureau of International Organization Affairs', ministry: 'Department of State', timeZone: 'America/New_York', locale: 'en' },
  { email: 'martin.silveira@mrree-uruguay.example.org', name: 'Martín Silveira', role: 'focal_point', memberSlug: 'uruguay', isAlternate: false, title: 'Director, Human Rights and Humanitarian Law', ministry: 'Ministry of Foreign Affairs', timeZone: 'America/Montevideo', locale: 'es' },
];

export const demoAccounts: { secretariat: string; focalPoint: string } = {
  secretariat: 'claire.hartley@secretariat.example.org',
  // Republic of Korea's focal point (the network's 2016 annual meeting was held in Seoul).
  focalPoint: 'seoyeon.lee@mofa-korea.example.org',
};
