// French and Spanish versions of seeded content: the manual's first chapter, the benchmarks and the
// Global Calls. Each is keyed by what identifies its original in the seed (a section's slug, a
// benchmark's title, a Global Call's topic), and written as a translator would, not word for word.

type Versions = { fr: string; es: string };

/** Every chapter's title and summary, so the manual's contents read in each language. */
export const chapterTranslations: Record<string, { title: Versions; summary: Versions }> = {
  "the-role": {
    title: { fr: "Le rôle d’un point focal R2P", es: "La función de un punto focal R2P" },
    summary: {
      fr: "À quoi sert un point focal, et comment ce rôle s’inscrit au sein d’un ministère.",
      es: "Para qué sirve un punto focal y cómo se inserta esta función en un ministerio.",
    },
  },
  activities: {
    title: { fr: "Les activités des points focaux", es: "Las actividades de los puntos focales" },
    summary: {
      fr:
        "Activités nationales, internationales et au sein du réseau, des mesures sans incidence budgétaire " +
        "aux programmes interministériels.",
      es:
        "Actividades nacionales, internacionales y en el seno de la red, desde medidas sin costo presupuestario " +
        "hasta programas interministeriales.",
    },
  },
  tools: {
    title: { fr: "Un recueil d’outils", es: "Un compendio de herramientas" },
    summary: {
      fr: "Cadres d’analyse, systèmes d’alerte précoce et instruments que chaque point focal devrait connaître.",
      es: "Marcos de análisis, sistemas de alerta temprana e instrumentos que todo punto focal debería conocer.",
    },
  },
  handover: {
    title: { fr: "Passer le relais à son successeur", es: "Traspasar la función a un sucesor" },
    summary: {
      fr: "Le personnel change sans cesse : comment un nouveau point focal hérite de ce que savait son prédécesseur.",
      es: "La rotación del personal es constante: cómo un nuevo punto focal hereda lo que sabía su predecesor.",
    },
  },
};

export const sectionTranslations: Record<string, { title: Versions; body: Versions }> = {
  "what-a-focal-point-is-for": {
    title: {
      fr: "À quoi sert un point focal",
      es: "Para qué sirve un punto focal",
    },
    body: {
      fr: `Un point focal est un haut fonctionnaire nommé par un gouvernement (ou par une organisation régionale) pour
appliquer une **perspective de prévention des atrocités** au travail quotidien de ce gouvernement. Le point focal est un
catalyseur, non le gestionnaire de chaque projet de prévention : sa tâche est de veiller à ce que les personnes qui
décident des programmes de développement, des démarches diplomatiques, des contributions au maintien de la paix et des
votes aux Nations Unies se posent une question de plus — *cela pourrait-il accroître ou réduire le risque de génocide,
de crimes de guerre, de nettoyage ethnique ou de crimes contre l’humanité ?*

## Trois choses que fait chaque point focal

1. **Sensibiliser** à la responsabilité de protéger et aux outils de prévention au sein du ministère et dans
   l’ensemble du gouvernement.
2. **Mettre les personnes en relation** : collègues d’autres ministères, missions permanentes à New York et à Genève,
   ambassades dans les pays à risque, et autres points focaux du réseau.
3. **Porter la voix du membre au sein du Réseau mondial** : lors des appels mondiaux, dans les déclarations
   conjointes, le programme de travail et la réunion annuelle.

L’Union européenne a nommé son propre point focal en 2015, ce qui montre que les organisations régionales peuvent
assumer ce rôle au même titre que les États.`,
      es: `Un punto focal es un alto funcionario designado por un gobierno (o por una organización regional) para
aplicar una **perspectiva de prevención de atrocidades** al trabajo cotidiano de ese gobierno. El punto focal es un
catalizador, no el gestor de cada proyecto de prevención: su tarea es procurar que quienes deciden sobre programas de
desarrollo, gestiones diplomáticas, contribuciones al mantenimiento de la paz y votaciones en las Naciones Unidas se
hagan una pregunta más: *¿podría esto aumentar o reducir el riesgo de genocidio, crímenes de guerra, depuración étnica
o crímenes de lesa humanidad?*

## Tres cosas que hace todo punto focal

1. **Sensibiliza** sobre la responsabilidad de proteger y sobre las herramientas de prevención dentro del ministerio y
   en el conjunto del gobierno.
2. **Pone a las personas en contacto**: colegas de otros ministerios, las misiones permanentes en Nueva York y Ginebra,
   las embajadas en países en riesgo y otros puntos focales de la red.
3. **Habla en nombre del miembro en la Red Mundial**: en las llamadas mundiales, las declaraciones conjuntas, el
   programa de trabajo y la reunión anual.

La Unión Europea designó su propio punto focal en 2015, lo que demuestra que las organizaciones regionales pueden
asumir esta función al igual que los Estados.`,
    },
  },
  "the-role-in-a-ministry": {
    title: {
      fr: "La place de la fonction au sein d’un ministère",
      es: "El lugar de la función dentro de un ministerio",
    },
    body: {
      fr: `La plupart des points focaux travaillent dans un ministère des affaires étrangères — dans un service des
droits de l’homme, des affaires multilatérales ou des affaires politiques — et exercent cette fonction en plus d’autres
dossiers. La concurrence des priorités est la difficulté que les membres signalent le plus souvent.

## Faire fonctionner le rôle

- **Ancrer la fonction par écrit.** Une courte note d’un directeur ou du ministre désignant le point focal et précisant
  ce que couvre la fonction permet de demander plus facilement du temps aux autres services.
- **Trouver des alliés dans d’autres ministères.** La prévention des atrocités est transversale : les ministères de la
  défense, de la justice, du développement et de l’intérieur disposent tous de leviers. Une liste informelle de
  contacts interministériels est un bon premier pas.
- **Faire appel au secrétariat.** Le secrétariat peut expliquer ce que signifie la fonction dans la situation de votre
  pays et vous mettre en relation avec des membres qui se sont posé la même question.
- **Garder une trace.** Ce que vous avez fait, avec qui, et ce qui a fonctionné, voilà ce dont votre successeur aura
  besoin (voir *Passer le relais à un successeur*).`,
      es: `La mayoría de los puntos focales trabajan en un ministerio de relaciones exteriores —en un departamento de
derechos humanos, de asuntos multilaterales o de asuntos políticos— y ejercen la función junto con otros expedientes.
La competencia entre prioridades es la dificultad que los miembros señalan con más frecuencia.

## Cómo hacer que funcione

- **Dejar la función por escrito.** Una breve nota de un director o del ministro que designe al punto focal y precise
  lo que abarca la función facilita pedir tiempo a otros departamentos.
- **Buscar aliados en otros ministerios.** La prevención de atrocidades es transversal: los ministerios de defensa,
  justicia, desarrollo e interior disponen de palancas. Una lista informal de contactos interministeriales es un buen
  primer paso.
- **Recurrir a la secretaría.** La secretaría puede explicar qué significa la función en la situación de su país y
  ponerle en contacto con miembros que se han planteado la misma pregunta.
- **Llevar un registro.** Lo que hizo, con quién y qué funcionó es lo que necesitará su sucesor (véase *Traspasar la
  función a un sucesor*).`,
    },
  },
};

export const benchmarkTranslations: Record<
  string,
  {
    title: Versions;
    measure: Versions;
    /** The measure as it read when it was translated, if it changed since. */ measureWas?: string;
  }
> = {
  "30 members have translated the Framework of Analysis by the next annual meeting": {
    title: {
      fr: "30 membres ont traduit le Cadre d’analyse d’ici la prochaine réunion annuelle",
      es: "30 miembros han traducido el Marco de Análisis antes de la próxima reunión anual",
    },
    measure: {
      fr: "Une traduction est publiée ou diffusée par le ministère",
      es: "El ministerio ha publicado o difundido una traducción",
    },
  },
  "Half of the network has mapped its national prevention mechanisms": {
    title: {
      fr: "La moitié du réseau a recensé ses mécanismes nationaux de prévention",
      es: "La mitad de la red ha elaborado un mapa de sus mecanismos nacionales de prevención",
    },
    measure: {
      fr: "Un document de recensement existe et a été communiqué au secrétariat",
      es: "Existe un documento de mapeo y se ha compartido con la secretaría",
    },
  },
  "40 members have held a training on atrocity risk factors": {
    title: {
      fr: "40 membres ont organisé une formation sur les facteurs de risque d’atrocités",
      es: "40 miembros han organizado una capacitación sobre los factores de riesgo de atrocidades",
    },
    measure: {
      fr: "Au moins une session pour des diplomates, des parlementaires ou le secteur de la sécurité",
      es: "Al menos una sesión para diplomáticos, parlamentarios o el sector de la seguridad",
    },
  },
  "Every troop-contributing member trains contingents on protecting civilians": {
    title: {
      fr: "Chaque membre contributeur de troupes forme ses contingents à la protection des civils",
      es: "Todo miembro que aporta tropas capacita a sus contingentes en la protección de civiles",
    },
    measure: {
      fr: "La formation préalable au déploiement inclut la protection des civils face aux atrocités",
      es: "La capacitación previa al despliegue incluye la protección de civiles en situaciones de atrocidades",
    },
  },
  "25 members have an inter-ministerial focal group on prevention": {
    title: {
      fr: "25 membres disposent d’un groupe interministériel sur la prévention",
      es: "25 miembros cuentan con un grupo interministerial sobre prevención",
    },
    measure: {
      fr: "Un groupe permanent se réunit au moins deux fois par an",
      es: "Un grupo permanente se reúne al menos dos veces al año",
    },
  },
  "All members have endorsed the Kigali Principles": {
    title: {
      fr: "Tous les membres ont souscrit aux Principes de Kigali",
      es: "Todos los miembros han respaldado los Principios de Kigali",
    },
    measure: {
      fr: "Le gouvernement a souscrit aux Principes de Kigali",
      es: "El gobierno ha respaldado los Principios de Kigali",
    },
    // The measure was made more precise after it was translated: its translations are outdated.
    measureWas: "The government has endorsed the Kigali Principles",
  },
};

/** The description every Global Call carries, in French and Spanish. */
export const callDescription: Versions = {
  fr:
    "Un appel à l’échelle du réseau entre les réunions annuelles, convoqué par le secrétariat. " +
    "Les points focaux et leurs suppléants sont invités ; le lien vidéo et l’accès téléphonique figurent sur cette " +
    "page pour les membres connectés.",
  es:
    "Una llamada de toda la red entre las reuniones anuales, convocada por la secretaría. " +
    "Están invitados los puntos focales y sus suplentes; el enlace de video y el acceso telefónico figuran en esta " +
    "página para los miembros que han iniciado sesión.",
};

/** Each Global Call's topic and agenda, by its English topic. */
export const callTranslations: Record<string, { topic: Versions; agenda: Versions }> = {
  "The Kigali Principles on the Protection of Civilians": {
    topic: {
      fr: "Les Principes de Kigali sur la protection des civils",
      es: "Los Principios de Kigali sobre la Protección de Civiles",
    },
    agenda: {
      fr:
        "1. Où en est l’adhésion aux Principes de Kigali\n" +
        "2. L’expérience des membres en matière de formation préalable au déploiement\n" +
        "3. Prochaines étapes avant la réunion annuelle",
      es:
        "1. Situación del respaldo a los Principios de Kigali\n" +
        "2. La experiencia de los miembros con la capacitación previa al despliegue\n" +
        "3. Próximos pasos antes de la reunión anual",
    },
  },
  "Preparing the General Assembly's interactive dialogue on R2P": {
    topic: {
      fr: "Préparer le dialogue interactif de l’Assemblée générale sur la R2P",
      es: "Preparar el diálogo interactivo de la Asamblea General sobre la R2P",
    },
    agenda: {
      fr:
        "1. Le rapport du Secrétaire général et ses recommandations\n" +
        "2. Thèmes d’une déclaration conjointe\n" +
        "3. Qui prend la parole au nom du réseau",
      es:
        "1. El informe del Secretario General y sus recomendaciones\n" +
        "2. Temas para una declaración conjunta\n" +
        "3. Quién habla en nombre de la red",
    },
  },
  "Early warning in the Sahel: an emerging situation": {
    topic: {
      fr: "Alerte précoce au Sahel : une situation émergente",
      es: "Alerta temprana en el Sahel: una situación emergente",
    },
    agenda: {
      fr:
        "1. Exposé du secrétariat sur les facteurs de risque\n2. Informations que les membres peuvent partager\n" +
        "3. Options pour une lettre conjointe",
      es:
        "1. Exposición de la secretaría sobre los factores de riesgo\n" +
        "2. Información que los miembros pueden compartir\n" +
        "3. Opciones para una carta conjunta",
    },
  },
  "The ACT Code of Conduct and Security Council action": {
    topic: {
      fr: "Le Code de conduite du groupe ACT et l’action du Conseil de sécurité",
      es: "El Código de Conducta del grupo ACT y la acción del Consejo de Seguridad",
    },
    agenda: {
      fr:
        "1. Où en est le Code de conduite\n2. Les explications de vote comme pratique\n" +
        "3. Les démarches des membres dans les capitales",
      es:
        "1. Situación del Código de Conducta\n2. Las explicaciones de voto como práctica\n" +
        "3. Las gestiones de los miembros en las capitales",
    },
  },
  "Translating the UN Framework of Analysis for Atrocity Crimes": {
    topic: {
      fr: "Traduire le Cadre d’analyse des atrocités criminelles des Nations Unies",
      es: "Traducir el Marco de Análisis de Crímenes Atroces de las Naciones Unidas",
    },
    agenda: {
      fr:
        "1. Traductions achevées et en cours\n" +
        "2. L’utilisation du Cadre dans les ministères\n" +
        "3. L’objectif chiffré pour la réunion annuelle",
      es:
        "1. Traducciones terminadas y en curso\n" +
        "2. El uso del Marco en los ministerios\n" +
        "3. La meta para la reunión anual",
    },
  },
  "National mechanisms for atrocity prevention": {
    topic: {
      fr: "Les mécanismes nationaux de prévention des atrocités",
      es: "Los mecanismos nacionales de prevención de atrocidades",
    },
    agenda: {
      fr:
        "1. Recenser les mécanismes existants\n2. Deux membres présentent leur comité national\n" +
        "3. Échanges entre pairs",
      es:
        "1. Mapear los mecanismos existentes\n2. Dos miembros presentan su comité nacional\n" +
        "3. Intercambios entre pares",
    },
  },
  "R2P at the Human Rights Council": {
    topic: {
      fr: "La R2P au Conseil des droits de l’homme",
      es: "La R2P en el Consejo de Derechos Humanos",
    },
    agenda: {
      fr:
        "1. La 64e session du Conseil\n2. Déclaration conjointe au titre du point 4\n" +
        "3. Préparation d’une manifestation parallèle",
      es:
        "1. El 64.º período de sesiones del Consejo\n2. Declaración conjunta en relación con el tema 4\n" +
        "3. Preparación de un acto paralelo",
    },
  },
  "Atrocity prevention, peacebuilding and development": {
    topic: {
      fr: "Prévention des atrocités, consolidation de la paix et développement",
      es: "Prevención de atrocidades, consolidación de la paz y desarrollo",
    },
    agenda: {
      fr:
        "1. Relier la prévention à la Commission de consolidation de la paix\n" +
        "2. Les évaluations des risques des partenaires de développement",
      es:
        "1. Vincular la prevención con la Comisión de Consolidación de la Paz\n" +
        "2. Las evaluaciones de riesgos de los asociados para el desarrollo",
    },
  },
  "Preparing the annual meeting": {
    topic: {
      fr: "Préparer la réunion annuelle",
      es: "Preparar la reunión anual",
    },
    agenda: {
      fr:
        "1. Programme de la réunion annuelle\n2. Avancement des objectifs chiffrés\n" +
        "3. Formation des nouveaux points focaux",
      es: "1. Programa de la reunión anual\n2. Avances en las metas\n" + "3. Capacitación de los nuevos puntos focales",
    },
  },
  "Women, peace and security and the prevention of atrocities": {
    topic: {
      fr: "Les femmes et la paix et la sécurité, et la prévention des atrocités",
      es: "Las mujeres y la paz y la seguridad, y la prevención de atrocidades",
    },
    agenda: {
      fr: "1. Une alerte précoce tenant compte des questions de genre\n2. Plans d’action nationaux",
      es: "1. Una alerta temprana con perspectiva de género\n2. Planes de acción nacionales",
    },
  },
  "Engaging parliamentarians on atrocity prevention": {
    topic: {
      fr: "Mobiliser les parlementaires en faveur de la prévention des atrocités",
      es: "Involucrar a los parlamentarios en la prevención de atrocidades",
    },
    agenda: {
      fr:
        "1. Auditions parlementaires tenues par les membres\n" +
        "2. Un dossier d’information à l’intention des parlementaires",
      es:
        "1. Audiencias parlamentarias celebradas por los miembros\n" + "2. Un dossier informativo para parlamentarios",
    },
  },
  "Accountability and the Rome Statute": {
    topic: {
      fr: "L’établissement des responsabilités et le Statut de Rome",
      es: "La rendición de cuentas y el Estatuto de Roma",
    },
    agenda: {
      fr: "1. Ratification et législation de mise en œuvre\n" + "2. Coopération avec la Cour pénale internationale",
      es: "1. Ratificación y legislación de aplicación\n" + "2. Cooperación con la Corte Penal Internacional",
    },
  },
};

/** A Global Call's title in French and Spanish, from its topic's translation. */
export const callTitle: Versions = { fr: "Appel mondial : {topic}", es: "Llamada mundial: {topic}" };
