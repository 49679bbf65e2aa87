"""Invented French news articles built from templates, for volume tests and benchmarks.

Every sentence and name here is the project's own invention. ``articles(n, seed)``
gives the same ``n`` articles for the same seed: funding rounds with investors
and quotes, AI model launches, and general news with no fact to extract, mixed.
"""

import random

COMPANIES = ["Brindille", "Quantalys", "Verdanne", "Optimoule", "Cartovia", "Nivéa Labs", "Solvéo",
             "Pixelune", "Agrivolt", "Hydrosens", "Lignéo", "Mobiloire", "Datacorde", "Fermentis Bio",
             "Kelpéo", "Tramétal", "Vocalis", "Sylvatech", "Orbitale", "Panoramix Santé"]
SECTORS = ["la logistique du froid", "la rénovation énergétique", "la santé connectée",
           "l'agriculture de précision", "la cybersécurité des PME", "le recyclage des batteries",
           "la traduction automatique", "la gestion de flottes de vélos", "l'assurance des artisans",
           "la maintenance prédictive des usines"]
CITIES = ["lyonnaise", "nantaise", "bordelaise", "lilloise", "grenobloise", "rennaise", "parisienne",
          "toulousaine", "montpelliéraine", "strasbourgeoise"]
FUNDS = ["Aurore Capital", "Lumen Ventures", "Horizon Seed", "Capucine Partners", "Mistral Croissance",
         "Boréal Invest", "Atelier Capital", "Sémaphore Ventures", "Cime Partners", "Galet Capital"]
ROUNDS = ["une levée de fonds en amorçage", "un tour de table de Série A", "une Série B",
          "un tour de Série C", "une levée de pré-amorçage"]
AMOUNTS = ["2 millions d'euros", "3,5 millions d'euros", "12 M€", "800 000 euros", "25 millions d'euros",
           "7 millions de dollars", "45 millions d'euros", "1,2 million d'euros"]
FIRST_NAMES = ["Claire", "Mathis", "Léa", "Yanis", "Sophie", "Bastien", "Inès", "Hugo", "Camille", "Rémi"]
LAST_NAMES = ["Morel", "Garnier", "Lefèvre", "Chauvet", "Bonnaud", "Perrin", "Aubert", "Lemaire",
              "Fabre", "Delmas"]
ROLES = ["cofondatrice et présidente", "directeur général", "cofondateur", "directrice technique",
         "présidente"]
VERBS = ["explique", "souligne", "précise", "affirme", "résume"]
QUOTES = ["Nous voulons devenir la référence européenne de notre marché d'ici trois ans",
          "Cet argent va surtout servir à recruter des ingénieurs et des commerciaux",
          "Nos clients attendaient une solution simple, nous la leur apportons enfin",
          "Nous ouvrirons deux bureaux à l'étranger avant la fin de l'année",
          "La demande a doublé depuis l'été, il fallait accélérer"]
MODELS = ["Orion-3", "Sirocco 7B", "Lutin 2", "Falaise-12B", "Cobalt Mini", "Aster 4"]
GENERAL = [
    "Le conseil municipal a voté mardi soir la rénovation de la halle du marché, fermée depuis deux ans.",
    "Les averses annoncées pour le week-end devraient épargner le littoral, selon les prévisionnistes.",
    "Le club local a remporté son troisième match d'affilée devant un public venu en nombre.",
    "La bibliothèque prolonge ses horaires d'ouverture pendant les vacances scolaires.",
    "Une exposition consacrée aux photographes de rue ouvre ses portes samedi au musée des beaux-arts.",
    "Les travaux sur la ligne de tramway perturberont la circulation jusqu'à la fin du mois.",
    "Le festival de musique de chambre accueille cette année une trentaine d'ensembles.",
    "Les producteurs de fruits s'inquiètent des gelées tardives qui ont touché les vergers.",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _funding(rng: random.Random) -> list[str]:
    company, lead, other = rng.choice(COMPANIES), *rng.sample(FUNDS, 2)
    amount = rng.choice(AMOUNTS)
    person = _person(rng)
    return [
        f"{company} lève {amount} pour accélérer",
        (f"La start-up {rng.choice(CITIES)} {company}, spécialisée dans {rng.choice(SECTORS)}, annonce "
         f"{rng.choice(ROUNDS)} de {amount}. L'opération est menée par {lead}, aux côtés de {other}."),
        f"« {rng.choice(QUOTES)} », {rng.choice(VERBS)} {person}, {rng.choice(ROLES)} de {company}.",
        (f"Fondée il y a {rng.randint(2, 9)} ans, l'entreprise compte {rng.randint(8, 140)} salariés "
         f"et vise un chiffre d'affaires de {rng.randint(2, 30)} millions d'euros."),
    ]


def _launch(rng: random.Random) -> list[str]:
    company, model = rng.choice(COMPANIES), rng.choice(MODELS)
    weights = rng.choice(["Les poids du modèle sont publiés sous licence libre.",
                          "Le modèle reste propriétaire et n'est accessible que par une API payante."])
    return [
        f"{company} dévoile {model}, son nouveau modèle de langage",
        (f"La société {company} présente {model}, un modèle d'intelligence artificielle entraîné sur "
         f"des textes en français. {weights}"),
        f"« {rng.choice(QUOTES)} », {rng.choice(VERBS)} {_person(rng)}, {rng.choice(ROLES)} de {company}.",
    ]


def _general(rng: random.Random) -> list[str]:
    sentences = rng.sample(GENERAL, 4)
    return ["Actualités de la semaine", " ".join(sentences[:2]), " ".join(sentences[2:])]


def article(index: int, rng: random.Random, filler: int = 3) -> str:
    """One article; ``filler``: at most this many general sentences at the end,
    as real news pages have."""
    kind = (_funding, _funding, _launch, _general)[index % 4]
    title, *paragraphs = kind(rng)
    extra = [rng.choice(GENERAL) for _ in range(rng.randint(1, filler))]
    date = f"date 2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return "\n\n".join([f"{date}\n{title}", *paragraphs, " ".join(extra)]) + "\n"


def articles(n: int, seed: int = 11, filler: int = 3) -> list[tuple[str, str]]:
    """``n`` ``(id, text)`` pairs, ids ``gen-0000``, ``gen-0001``, ..."""
    rng = random.Random(seed)
    return [(f"gen-{i:04d}", article(i, rng, filler)) for i in range(n)]
