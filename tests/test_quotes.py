"""Quotes and their speakers: one French sentence per pattern the press uses."""

import pytest

from extractor.speakers import pair_quote_marks, read_speaker, sentence_start, split_title, strip_span

NBSP = "\u00a0"
NNBSP = "\u202f"


# --------------------------------------------------------------------------
# Pure helpers, without the model


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Il dit « bonjour » et part.", ["bonjour"]),
        ("“Nous recrutons”, dit-elle.", ["Nous recrutons"]),
        ('"Un" puis "deux".', ["Un", "deux"]),
        ("« Elle dit “jamais” encore »", ["Elle dit “jamais” encore"]),
        ("« Premier paragraphe.\n\nSecond paragraphe », dit-il.", ["Premier paragraphe.\n\nSecond paragraphe"]),
        ("« Premier paragraphe.\n\n« Second paragraphe », dit-il.", ["Premier paragraphe.\n\n« Second paragraphe"]),
        ('Un " isolé.\nPuis "une citation" ici.', ["une citation"]),
        ("« Jamais fermée", []),
        # A title in straight marks nested in a straight-quoted passage.
        ('"Tout va bien, dit-il à "Le Soir". Vraiment."', ['Tout va bien, dit-il à "Le Soir". Vraiment.']),
        ('"Un," dit-il, "deux".', ["Un,", "deux"]),
        # A closing guillemet typed as an opening one, glued to the last word.
        ("« Nous doublons« , a dit Paul Roy. « Et après« .", ["Nous doublons", "Et après"]),
        # Not glued: a second opening mark inside an unclosed quote stays an opening.
        ("« Le projet « Orbo » avance », dit-il.", ["Le projet « Orbo » avance"]),
    ],
)
def test_pair_quote_marks(text, expected):
    got = []
    for open_pos, close_pos in pair_quote_marks(text):
        start, end = strip_span(text, open_pos + 1, close_pos)
        got.append(text[start:end])
    assert got == expected


@pytest.mark.parametrize(
    "segment, expected",
    [
        ("cofondateur et PDG d'Alba", ("cofondateur et PDG", "Alba", False)),
        ("le directeur général de Nova Robotics", ("directeur général", "Nova Robotics", False)),
        ("associée chez Kerala Partners", ("associée", "Kerala Partners", False)),
        ("PDG de l'entreprise", ("PDG", None, True)),
        ("directeur général délégué", ("directeur général délégué", None, False)),
        ("professeur de physique à l'université", ("professeur de physique à l'université", None, False)),
        ("l'autre cofondateur", ("cofondateur", None, False)),
        ("rhumatologue au CHU de Brest", ("rhumatologue", "CHU de Brest", False)),
        ("économiste à la Banque de France", ("économiste", "Banque de France", False)),
        ("premier vice-président aux ventes", ("premier vice-président aux ventes", None, False)),
        ("associé du fonds Orvane", ("associé", "Orvane", False)),
        ("professeur à l'université Laval", ("professeur", "université Laval", False)),
    ],
)
def test_split_title(segment, expected):
    title = split_title(segment)
    assert (title.title, title.organization, title.generic_org) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Marie Durand, cofondatrice de Zelia, a dit", ("name", "Marie Durand", "cofondatrice", "Zelia")),
        ("Hugo Vidal de Laroche aux Echos.", ("name", "Hugo Vidal de Laroche", None, None)),
        ("un communiqué de Vortex.", ("statement", None, "communiqué", "Vortex")),
        ("la dirigeante.", ("description", None, "dirigeante", None)),
        ("le directeur général de Brio, Paul Meyer.", ("name", "Paul Meyer", "directeur général", "Brio")),
        ("la start-up.", ("organization", None, None, None)),
        ("Lina Roy, lors d'une conférence.", ("name", "Lina Roy", None, None)),
        ("la Dr Eva Morin, cheffe de service.", ("name", "Eva Morin", "cheffe de service", None)),
        ("Maître Jean Valade, avocat.", ("name", "Jean Valade", "avocat", None)),
        ("Mme Agathe Roy, maire de Dole.", ("name", "Agathe Roy", "maire", "Dole")),
        # A capitalised role is no name.
        ("PDG de Kivo, qui a levé 5 millions.", ("description", None, "PDG", "Kivo")),
        ("Directeur général de Kivo, Paul Roy explique.", ("name", "Paul Roy", "Directeur général", "Kivo")),
        # A name that begins with its article: a medium or an organisation.
        ("le Matin Lyonnais, hier.", ("organization", None, None, "Matin Lyonnais")),
        ("Les Nouvelles Lyonnaises.", ("organization", None, None, "Les Nouvelles Lyonnaises")),
        # A common noun with adjectives, then the name.
        ("le journal l'Observateur.", ("organization", None, "journal", "Observateur")),
        ("le site spécialisé Techpoint.", ("organization", None, "site", "Techpoint")),
        # A group or an unnamed person speaks for the organisation named after them.
        ("l'équipe de Kivo.", ("organization", None, "équipe", "Kivo")),
        ("les fondateurs de l'entreprise.", ("organization", None, "fondateurs", None)),
        ("un associé de Kora Capital.", ("organization", None, "associé", "Kora Capital")),
        # A role and an organisation, then the person's name after a comma.
        ("le PDG du groupe Presse Unie, Hugo Lenoir.", ("name", "Hugo Lenoir", "PDG", "Presse Unie")),
        # Studies and figures speak for their publisher.
        ("les dernières données Quantix.", ("statement", None, "données", "Quantix")),
        ("une étude Varlo menée auprès de 300 fonds.", ("statement", None, "étude", "Varlo")),
        ("l'étude Pulse 2024 du cabinet Orvane.", ("statement", None, "étude", "Orvane")),
        ("les chiffres publiés par l'institut Statia.", ("statement", None, "chiffres", "Statia")),
        # A field between the link and the publisher, a year before it, an acronym closing it.
        ("le baromètre du capital-risque Orvane.", ("statement", None, "baromètre", "Orvane")),
        ("le rapport 2021 de Kalima-Orbo, hier.", ("statement", None, "rapport", "Kalima-Orbo")),
        ("un sondage de la Fédération des petits artisans (FPA), hier.",
         ("statement", None, "sondage", "Fédération des petits artisans")),
        # No acronym of that name: lower-case words end the name.
        ("un sondage de la Fédération des petits artisans (ONU), hier.",
         ("statement", None, "sondage", "Fédération")),
        # The publisher referred to by its kind: "le cabinet" named before.
        ("les chiffres rassemblés par le cabinet, hier.", ("organization", None, "chiffres", None)),
        # A study without a publisher speaks for nobody.
        ("les données réunies par plusieurs experts.", None),
    ],
)
def test_read_speaker(text, expected):
    phrase = read_speaker(text, 0)
    got = (phrase.kind, phrase.name, phrase.title, phrase.organization) if phrase else None
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Une phrase. Une autre", "Une autre"),
        ("Il a vu M. Dupont hier", "Il a vu M. Dupont hier"),
        ("Fin en 2023. Selon lui, oui", "Selon lui, oui"),
        ("Titre\nCorps du texte", "Corps du texte"),
    ],
)
def test_sentence_start(text, expected):
    assert text[sentence_start(text, len(text)):] == expected


# --------------------------------------------------------------------------
# With the model: one sentence per pattern.
# expected: list of (text, direct, speaker name, title, organization, verb).


CASES = [
    # Speaker after the quote, inverted, with an apposition.
    (
        "« Nous allons doubler nos effectifs cette année », explique Marie Durand, cofondatrice et PDG de Zelia.",
        [("Nous allons doubler nos effectifs cette année", True, "Marie Durand", "cofondatrice et PDG", "Zelia",
          "explique")],
    ),
    # Typographic spaces inside the marks, no comma before the verb.
    (
        f"«{NNBSP}Nous recrutons cinquante ingénieurs à Lyon.{NNBSP}» commente Omar Benali, PDG de Tarsis.",
        [("Nous recrutons cinquante ingénieurs à Lyon.", True, "Omar Benali", "PDG", "Tarsis", "commente")],
    ),
    # Pronoun after an auxiliary: the person last named.
    (
        "Paul Martin, président de Octavo, revient sur l'année. « Le marché a changé très vite », a-t-il déclaré.",
        [("Le marché a changé très vite", True, "Paul Martin", "président", "Octavo", "a déclaré")],
    ),
    (
        "Sophie Leroy, directrice générale de Brio, a pris la parole. "
        f"«{NBSP}Nous restons prudents sur la suite{NBSP}», précise-t-elle.",
        [("Nous restons prudents sur la suite", True, "Sophie Leroy", "directrice générale", "Brio", "précise")],
    ),
    # Description resolved to the person last named in that role.
    (
        "Claire Bonnet, présidente de Nexa, a présenté les comptes. "
        "« Nous avons atteint la rentabilité au dernier trimestre », se félicite la présidente.",
        [("Nous avons atteint la rentabilité au dernier trimestre", True, "Claire Bonnet", "présidente", "Nexa",
          "se félicite")],
    ),
    (
        "Inès Morel, directrice générale de Vega, détaille le plan. "
        "« Nous fermerons deux sites d'ici à l'automne prochain », poursuit la dirigeante.",
        [("Nous fermerons deux sites d'ici à l'automne prochain", True, "Inès Morel", "directrice générale", "Vega",
          "poursuit")],
    ),
    (
        "Rémi Caron, patron de Sola, ne cache pas ses ambitions. "
        "« Nous serons en Bourse avant trois ans », assure le patron.",
        [("Nous serons en Bourse avant trois ans", True, "Rémi Caron", "patron", "Sola", "assure")],
    ),
    # A press release speaks for its company.
    (
        "« Cette opération renforce notre position en Europe », indique un communiqué de Vortex.",
        [("Cette opération renforce notre position en Europe", True, None, "communiqué", "Vortex", "indique")],
    ),
    # Name after its role.
    (
        "« Nous ouvrons un bureau à Montréal dès cet automne », a déclaré le directeur général de Brio, Paul Meyer.",
        [("Nous ouvrons un bureau à Montréal dès cet automne", True, "Paul Meyer", "directeur général", "Brio",
          "a déclaré")],
    ),
    # The medium is not part of the speaker.
    (
        "« Nous ne sommes pas à vendre à ce prix-là », a confié Nina Weber au Parisien.",
        [("Nous ne sommes pas à vendre à ce prix-là", True, "Nina Weber", None, None, "a confié")],
    ),
    # Incidental words between the verb and the speaker: contrast, medium, channel.
    (
        "« Le réseau doit être renforcé avant l'hiver », souligne pour sa part Ana Leduc, associée chez Orpa.",
        [("Le réseau doit être renforcé avant l'hiver", True, "Ana Leduc", "associée", "Orpa", "souligne")],
    ),
    (
        "« Nous voulons produire ici, pas ailleurs », a déclaré à Reuters Boris Klein, président de Nerva.",
        [("Nous voulons produire ici, pas ailleurs", True, "Boris Klein", "président", "Nerva", "a déclaré")],
    ),
    (
        "« Chaque parcelle sera suivie tous les jours », résume dans un communiqué son fondateur, Loïc Tanguy.",
        [("Chaque parcelle sera suivie tous les jours", True, "Loïc Tanguy", "fondateur", None, "résume")],
    ),
    (
        "« Nous recruterons surtout des techniciens », a précisé de son côté Irène Santos, directrice de Calvi.",
        [("Nous recruterons surtout des techniciens", True, "Irène Santos", "directrice", "Calvi", "a précisé")],
    ),
    # An honorific is not part of the name; a leading "premier" keeps the role.
    (
        "« Chaque minute compte en réanimation », déclare la Dr Nora Belkhir, cofondatrice de Vitalis.",
        [("Chaque minute compte en réanimation", True, "Nora Belkhir", "cofondatrice", "Vitalis", "déclare")],
    ),
    (
        "La région manque de serres, a fait valoir Rémi Gosselin, premier vice-président du fonds Agrinord.",
        [("La région manque de serres", False, "Rémi Gosselin", "premier vice-président", "Agrinord",
          "a fait valoir")],
    ),
    # A multi-word medium or a place before the name; the reader addressed; when it was said.
    (
        "« On vise la rentabilité en 2026 », indique à La Presse Rosalie Gagné, présidente de Nordal.",
        [("On vise la rentabilité en 2026", True, "Rosalie Gagné", "présidente", "Nordal", "indique")],
    ),
    (
        "« Nous sommes prêts », a déclaré mardi soir à Lyon Bruno Fabre, président de Ferma.",
        [("Nous sommes prêts", True, "Bruno Fabre", "président", "Ferma", "a déclaré")],
    ),
    (
        "« Notre modèle est rentable », nous explique Clara Dumont, fondatrice de Pixa.",
        [("Notre modèle est rentable", True, "Clara Dumont", "fondatrice", "Pixa", "explique")],
    ),
    (
        "Bruno Fabre, président de Ferma, a expliqué jeudi que la société visait l'Autriche.",
        [("la société visait l'Autriche", False, "Bruno Fabre", "président", "Ferma", "a expliqué")],
    ),
    # The quote is the object of the speech verb.
    (
        "La maire, Anne Vidal, dénonce « un projet mené sans concertation avec les habitants ».",
        [("un projet mené sans concertation avec les habitants", True, "Anne Vidal", "maire", None, "dénonce")],
    ),
    # Speaker before, with a colon.
    (
        "Jean Morel, PDG de Kolt, a déclaré : « Nous visons le marché allemand dès l'an prochain. »",
        [("Nous visons le marché allemand dès l'an prochain.", True, "Jean Morel", "PDG", "Kolt", "a déclaré")],
    ),
    (
        "Pascal Renaud, président de Tivoli, se veut confiant : « La demande reste très forte en Asie. »",
        [("La demande reste très forte en Asie.", True, "Pascal Renaud", "président", "Tivoli", None)],
    ),
    (
        "Léa Fabre, fondatrice de Pommeraie, ne veut pas se presser. "
        "Et d'ajouter : « Nous ne lèverons pas de fonds avant deux ans. »",
        [("Nous ne lèverons pas de fonds avant deux ans.", True, "Léa Fabre", "fondatrice", "Pommeraie", "ajouter")],
    ),
    (
        "Comme le dit Hugo Perrin : « Le logiciel avance partout, mais lentement. »",
        [("Le logiciel avance partout, mais lentement.", True, "Hugo Perrin", None, None, "dit")],
    ),
    (
        "Pour Anne Roux, directrice de Lumo, « la concurrence américaine reste redoutable sur ce marché ».",
        [("la concurrence américaine reste redoutable sur ce marché", True, "Anne Roux", "directrice", "Lumo",
          "pour")],
    ),
    # A quote interrupted by its attribution.
    (
        "Luc Bernard, PDG de Sirio, revient sur l'année. "
        "« Nous avons beaucoup appris, dit-il. Le plus dur reste à venir pour nous. »",
        [("Nous avons beaucoup appris", True, "Luc Bernard", "PDG", "Sirio", "dit"),
         ("Le plus dur reste à venir pour nous.", True, "Luc Bernard", "PDG", "Sirio", "dit")],
    ),
    (
        "« Le marché est encore jeune, poursuit Agnès Rivière. Nous serons les premiers en Espagne. »",
        [("Le marché est encore jeune", True, "Agnès Rivière", None, None, "poursuit"),
         ("Nous serons les premiers en Espagne.", True, "Agnès Rivière", None, None, "poursuit")],
    ),
    # A quote a few words into a reported clause.
    (
        "Julie Caron, associée chez Morva, estime que Telsa « a bâti un outil que les usines adorent ».",
        [("a bâti un outil que les usines adorent", True, "Julie Caron", "associée", "Morva", "estime")],
    ),
    # A named speaker after the first quote also speaks the next one.
    (
        "« Pour nous, c'est une étape clé », souligne Marc Petit. « Nous allons recruter quarante personnes. »",
        [("Pour nous, c'est une étape clé", True, "Marc Petit", None, None, "souligne"),
         ("Nous allons recruter quarante personnes.", True, "Marc Petit", None, None, "souligne")],
    ),
    # The sentence before ends on the speech verb.
    (
        "Anne Morel, fondatrice de Kiwo, raconte. « Au début, personne ne croyait à notre projet. »",
        [("Au début, personne ne croyait à notre projet.", True, "Anne Morel", "fondatrice", "Kiwo", "raconte")],
    ),
    # Nested quotation marks stay inside the quote; straight quotes.
    (
        "« Nos clients nous écrivent “enfin un outil simple” chaque semaine », raconte Eva Klein, "
        "responsable produit chez Tilda.",
        [("Nos clients nous écrivent “enfin un outil simple” chaque semaine", True, "Eva Klein",
          "responsable produit", "Tilda", "raconte")],
    ),
    (
        '"Le secteur se consolide très rapidement", estime Victor Lambert, associé chez Orfeo Capital.',
        [("Le secteur se consolide très rapidement", True, "Victor Lambert", "associé", "Orfeo Capital",
          "estime")],
    ),
    # A quote running over two paragraphs.
    (
        "Sonia Mercier, PDG de Gallium, a écrit aux salariés.\n\n« Cette année a été difficile pour tous.\n\n"
        "Nous allons pourtant continuer à recruter », écrit-elle.",
        [("Cette année a été difficile pour tous.\n\nNous allons pourtant continuer à recruter", True,
          "Sonia Mercier", "PDG", "Gallium", "écrit")],
    ),
    # Reported speech.
    (
        "Selon Marc Petit, directeur financier de Trevi, la société sera rentable en 2026.",
        [("la société sera rentable en 2026", False, "Marc Petit", "directeur financier", "Trevi", "selon")],
    ),
    (
        "D'après Julie Blanc, l'usine de Nantes ouvrira en mars.",
        [("l'usine de Nantes ouvrira en mars", False, "Julie Blanc", None, None, "d'après")],
    ),
    (
        "Thomas Girard, cofondateur de Nexo, affirme que les ventes ont doublé en un an.",
        [("les ventes ont doublé en un an", False, "Thomas Girard", "cofondateur", "Nexo", "affirme")],
    ),
    (
        "Karim Haddad souligne que le recrutement reste difficile dans la région.",
        [("le recrutement reste difficile dans la région", False, "Karim Haddad", None, None, "souligne")],
    ),
    (
        "Antoine Vidal, PDG de Kappa, reste serein. Il a assuré qu'aucune hausse de prix n'était prévue.",
        [("aucune hausse de prix n'était prévue", False, "Antoine Vidal", "PDG", "Kappa", "a assuré")],
    ),
    (
        "Antoine Vidal, PDG de Kappa, reste serein. Selon lui, la demande repartira au printemps.",
        [("la demande repartira au printemps", False, "Antoine Vidal", "PDG", "Kappa", "selon")],
    ),
    # The subject after a leading circumstance; a possessive description; an adverb
    # between auxiliary and participle.
    (
        "Côté investisseurs, Yves Perrot, associé chez Lenka, estime que le secteur reste sous-évalué.",
        [("le secteur reste sous-évalué", False, "Yves Perrot", "associé", "Lenka", "estime")],
    ),
    (
        "Nadia Colin, la présidente de Mirto, a parlé la première. "
        "Mais sa présidente assure qu'aucun rival ne propose la même offre.",
        [("aucun rival ne propose la même offre", False, "Nadia Colin", "présidente", "Mirto", "assure")],
    ),
    (
        "Hugo Vial, directeur général de Sorel, présente les comptes. "
        "Le dirigeant a toutefois reconnu que la marge restait faible.",
        [("la marge restait faible", False, "Hugo Vial", "directeur général", "Sorel", "a reconnu")],
    ),
    (
        "Lucie Bret, avocate associée chez Marlo, juge qu'un tel contrat serait fragile.",
        [("un tel contrat serait fragile", False, "Lucie Bret", "avocate associée", "Marlo", "juge")],
    ),
    (
        "Marc Duval, vice-président de Tessa, a fait valoir que la région manquait d'usines.",
        [("la région manquait d'usines", False, "Marc Duval", "vice-président", "Tessa", "a fait valoir")],
    ),
    # Reported speech whose speaker comes after it, inverted, without quotation marks.
    (
        "La prochaine usine ouvrira en Bretagne, glisse Yann Kervella, qui veut d'abord tester le procédé.",
        [("La prochaine usine ouvrira en Bretagne", False, "Yann Kervella", None, None, "glisse")],
    ),
    (
        "Le calcul a coûté environ deux millions d'euros, pour six semaines d'entraînement, précise Noé Garnier.",
        [("Le calcul a coûté environ deux millions d'euros, pour six semaines d'entraînement", False,
          "Noé Garnier", None, None, "précise")],
    ),
    (
        "Aude Lemaire, présidente de Ferra, fait visiter l'atelier. "
        "Une deuxième ligne sera installée avant l'été, indique la présidente.",
        [("Une deuxième ligne sera installée avant l'été", False, "Aude Lemaire", "présidente", "Ferra",
          "indique")],
    ),
    (
        "Luc Morin, directeur de Pelta, reçoit dans son bureau. Les ventes ont doublé depuis mars, a-t-il précisé.",
        [("Les ventes ont doublé depuis mars", False, "Luc Morin", "directeur", "Pelta", "a précisé")],
    ),
    # "la présidente" is not the vice-president named just before.
    (
        "Irène Colas, présidente de Delko, ouvre la séance. Jules Féron, vice-président de la région, l'écoute. "
        "« Nous signerons avant la fin du mois », assure la présidente.",
        [("Nous signerons avant la fin du mois", True, "Irène Colas", "présidente", "Delko", "assure")],
    ),
    # In one paragraph, "elle" is the woman rather than a nearer person of unknown gender.
    (
        "Zoé Marchand, cofondatrice de Lumi, a créé la société avec Sacha Perret. "
        "« Nous avons commencé dans un garage à Lille », raconte-t-elle.",
        [("Nous avons commencé dans un garage à Lille", True, "Zoé Marchand", "cofondatrice", "Lumi",
          "raconte")],
    ),
    # A role and a name without a comma; an organisation named after a common noun.
    (
        "La société Brivo lève des fonds. Selon sa cofondatrice Inès Le Bris, la levée suffira jusqu'en 2026.",
        [("la levée suffira jusqu'en 2026", False, "Inès Le Bris", "cofondatrice", "Brivo", "selon")],
    ),
    (
        "Son PDG Hugo Lenoir a déclaré à l'AFP que les livraisons commenceront en mai.",
        [("les livraisons commenceront en mai", False, "Hugo Lenoir", "PDG", None, "a déclaré")],
    ),
    (
        "L'associé de Vela Partners Louis Giraud affirme que la rentabilité est proche.",
        [("la rentabilité est proche", False, "Louis Giraud", "associé", "Vela Partners", "affirme")],
    ),
    (
        "« Nous ne céderons rien sur ce dossier », a déclaré le ministre Pierre Lenoir.",
        [("Nous ne céderons rien sur ce dossier", True, "Pierre Lenoir", "ministre", None, "a déclaré")],
    ),
    (
        "Selon le cabinet Arcturus Conseil, le marché a doublé en un an.",
        [("le marché a doublé en un an", False, None, "cabinet", "Arcturus Conseil", "selon")],
    ),
    # Role before the name; an age between name and role.
    (
        "Chercheuse et cofondatrice de la start-up Qubix, Hélène Marchal plaide pour un sursaut. "
        "« Il faut des centres de calcul publics », insiste-t-elle.",
        [("Il faut des centres de calcul publics", True, "Hélène Marchal", "chercheuse et cofondatrice", "Qubix",
          "insiste")],
    ),
    (
        "Jacques Pons, 52 ans, viticulteur à Cahors, confirme : « On manque de bras partout cet été. »",
        [("On manque de bras partout cet été.", True, "Jacques Pons", "viticulteur à Cahors", None, "confirme")],
    ),
    # The company speaks, through "on" or as "l'entreprise".
    (
        "La start-up Orbis recrute. « Nous doublerons l'équipe cette année », explique-t-on chez Orbis.",
        [("Nous doublerons l'équipe cette année", True, None, None, "Orbis", "explique")],
    ),
    # A role noun that matches nobody named is not resolved to the last person.
    (
        "Marc Olivier, associé chez Vela, est prudent. « Le plan arrive trop tard pour nous », regrette le ministre.",
        [],
    ),
    # A multi-word verb inverted around its pronoun.
    (
        "Lucie Morin dirige Fabrix. « Les grands groupes s'équipent, pas les ateliers », met-elle en garde.",
        [("Les grands groupes s'équipent, pas les ateliers", True, "Lucie Morin", None, None, "met en garde")],
    ),
    (
        "Paul Roy, cofondateur de Kora, est confiant. Le marché progresse de dix pour cent par an, fait-il valoir.",
        [("Le marché progresse de dix pour cent par an", False, "Paul Roy", "cofondateur", "Kora", "fait valoir")],
    ),
    # Verbs of tone after the quote.
    (
        "Anne Morel, présidente de Kora, est lasse. « Les fonds nous répètent tous la même chose », soupire-t-elle.",
        [("Les fonds nous répètent tous la même chose", True, "Anne Morel", "présidente", "Kora", "soupire")],
    ),
    # "a fait savoir que", "a promis que": reported speech.
    (
        "Le maire de Brest, Paul Roy, a fait savoir qu'il recevrait les salariés lundi.",
        [("il recevrait les salariés lundi", False, "Paul Roy", "maire", "Brest", "a fait savoir")],
    ),
    (
        "Jean Valade, PDG de Korvo, a parlé aux salariés. Il a promis que les départs seraient volontaires.",
        [("les départs seraient volontaires", False, "Jean Valade", "PDG", "Korvo", "a promis")],
    ),
    # A quote that ends its sentence, then "Selon lui, ...": two statements.
    (
        "Le patron de Fabrix, Marc Dorval, résume : « Nous vendons du temps. » Selon lui, le système a réduit les pertes.",
        [("Nous vendons du temps.", True, "Marc Dorval", "patron", "Fabrix", "résume"),
         ("le système a réduit les pertes", False, "Marc Dorval", "patron", "Fabrix", "selon")],
    ),
    # Role before the name, after the verb; a channel between verb and speaker.
    (
        "« Nous avons doublé nos ventes en un an », a martelé le cofondateur et PDG de Vartel, Simon Garnier, devant la presse.",
        [("Nous avons doublé nos ventes en un an", True, "Simon Garnier", "cofondateur et PDG", "Vartel", "a martelé")],
    ),
    (
        "« On veut aider le médecin, pas le remplacer », a expliqué en entrevue la PDG et cofondatrice de Kiwa, Marie Caron.",
        [("On veut aider le médecin, pas le remplacer", True, "Marie Caron", "PDG et cofondatrice", "Kiwa",
          "a expliqué")],
    ),
    (
        "« Nous avons été convaincus par l'équipe », a expliqué dans ce communiqué Hugo Brent, associé chez Norfund.",
        [("Nous avons été convaincus par l'équipe", True, "Hugo Brent", "associé", "Norfund", "a expliqué")],
    ),
    (
        "« Nous avons été convaincus par l'équipe », a indiqué par courriel Hugo Brent, associé chez Norfund.",
        [("Nous avons été convaincus par l'équipe", True, "Hugo Brent", "associé", "Norfund", "a indiqué")],
    ),
    (
        "« Le drone arrive en dix minutes », a souligné auprès de l'AFP le docteur Paul Kader, biologiste à Vienne.",
        [("Le drone arrive en dix minutes", True, "Paul Kader", "biologiste à Vienne", None, "a souligné")],
    ),
    # A leading circumstance before the subject of a colon clause.
    (
        "Chez Norfund, l’associée Claire Roy assume un pari de long terme : « Le marché est encore immature. »",
        [("Le marché est encore immature.", True, "Claire Roy", "associée", "Norfund", None)],
    ),
    (
        "Présente au salon, Nadia Perrin, directrice juridique de Morel & Fils, cliente de Vartel, a témoigné : "
        "« Nous avons réduit de moitié le temps de revue. »",
        [("Nous avons réduit de moitié le temps de revue.", True, "Nadia Perrin", "directrice juridique",
          "Morel & Fils", "a témoigné")],
    ),
    # A noun of what the speaker says: "Le constat de X est sans appel :".
    (
        "Le constat de Karim Lemaire, régleur chez Tornal, est sans appel : « On a cru que la machine nous remplacerait. »",
        [("On a cru que la machine nous remplacerait.", True, "Karim Lemaire", "régleur", "Tornal", None)],
    ),
    # An honorific shows a person and her gender; the role may open the sentence.
    (
        "La ministre de l'Industrie, Sophie Caron, a salué l'annonce. Médecin à Rimouski, la Dre Annie Paquin-Roy "
        "utilise l'outil depuis six mois. Elle estime qu'il lui fait gagner dix heures par semaine.",
        [("il lui fait gagner dix heures par semaine", False, "Annie Paquin-Roy", "médecin à Rimouski", None,
          "estime")],
    ),
    (
        "La ministre, Sophie Caron, a salué l'annonce. Mme Line Paquin utilise l'outil depuis six mois. "
        "« Au début, j'étais sceptique, maintenant je l'adore », a-t-elle confié.",
        [("Au début, j'étais sceptique, maintenant je l'adore", True, "Line Paquin", None, None, "a confié")],
    ),
    # A lowercase quote closing the sentence qualifies the speech verb's short object.
    (
        "Interrogé lundi sur une radio, le ministre de l'Industrie, Paul Garnier, a jugé l'idée « intéressante mais coûteuse ».",
        [("intéressante mais coûteuse", True, "Paul Garnier", "ministre", "Industrie", "a jugé")],
    ),
    (
        "La maire de Nantes, Lise Berset, a salué une « belle réussite de l'écosystème local ».",
        [("belle réussite de l'écosystème local", True, "Lise Berset", "maire", "Nantes", "a salué")],
    ),
    (
        "Son ancien directeur de thèse, Yann Le Floch, professeur à Rennes, se souvient d'une étudiante "
        "« têtue comme une mule, au meilleur sens du terme ».",
        [("têtue comme une mule, au meilleur sens du terme", True, "Yann Le Floch", "ancien directeur de thèse", None,
          "se souvient")],
    ),
    ("La start-up Kora annonce le lancement de « Kora Vision ».", []),
    # "le chercheur" refers back to an "enseignant-chercheur".
    (
        "Pour Théo Lenoir, enseignant-chercheur à l'Institut des mines, « la difficulté est humaine ». Le chercheur, "
        "qui suit dix entreprises, rappelle que les données sont souvent incomplètes.",
        [("la difficulté est humaine", True, "Théo Lenoir", "enseignant-chercheur", "Institut des mines", "pour"),
         ("les données sont souvent incomplètes", False, "Théo Lenoir", "enseignant-chercheur", "Institut des mines",
          "rappelle")],
    ),
    # A term in quotation marks inside reported speech.
    (
        "Anne Roy, chercheuse chez Kora, présente le modèle. Le modèle commet encore des « hallucinations » "
        "sur la culture générale, reconnaît-elle.",
        [("Le modèle commet encore des « hallucinations » sur la culture générale", False, "Anne Roy", "chercheuse",
          "Kora", "reconnaît")],
    ),
    # A study speaks for the organisation that publishes it, only when named.
    (
        "Selon le baromètre annuel du cabinet Norvane Conseil, les levées ont reculé de 20 % cette année.",
        [("les levées ont reculé de 20 % cette année", False, None, "baromètre annuel", "Norvane Conseil", "selon")],
    ),
    ("Selon une étude récente, les levées ont reculé de 20 % cette année.", []),
    # Not quotes: scare quotes, rumours, unattributed words.
    ("Cela confirme que le marché se tend nettement.", []),
    ("« Le vrai sujet, c'est le prix », glisse un exploitant qui préfère rester anonyme.", []),
    ("La start-up se présente comme le « Netflix du podcast » des plus jeunes.", []),
    ("« Une vente est envisagée », murmure-t-on dans l'entourage du groupe.", []),
    ("Selon nos informations, la société prépare une levée de fonds.", []),
    # An attribution in the middle of an unquoted sentence is not reported speech here.
    ("La société, qui emploie quarante personnes, indique Paul Roy, a été fondée en 2019.", []),
    ("Le financement sera bouclé en juin, confirme une source proche du dossier.", []),
    ("Les « licornes » se font plus rares cette année.", []),
    # Imperfect tense of a speech verb.
    (
        "« Nous allons ouvrir trois bureaux en Europe », confiait Hélène Marchal, directrice générale de Kivo.",
        [("Nous allons ouvrir trois bureaux en Europe", True, "Hélène Marchal", "directrice générale", "Kivo",
          "confiait")],
    ),
    # An adverb between the auxiliary and the participle; the next quote goes on.
    (
        "Paul Roy, président d'Orvane, a présenté les comptes lundi. « Le marché se retourne plus vite que prévu », "
        "a-t-il ainsi prévenu. « Nous comptons doubler nos ventes à l'export dès l'an prochain. »",
        [("Le marché se retourne plus vite que prévu", True, "Paul Roy", "président", "Orvane", "a prévenu"),
         ("Nous comptons doubler nos ventes à l'export dès l'an prochain.", True, "Paul Roy", "président", "Orvane",
          "a prévenu")],
    ),
    # A quoted sentence without attribution: the person the paragraph just named.
    (
        "Anne Leroy, fondatrice de Kivo, reçoit dans ses bureaux lyonnais.\n"
        "« Nous avons signé nos trois premiers clients industriels au printemps. »",
        [("Nous avons signé nos trois premiers clients industriels au printemps.", True, "Anne Leroy", "fondatrice",
          "Kivo", None)],
    ),
    # A given name shows the gender a pronoun needs.
    (
        "Claire Dubois et Marc Petit ont cofondé Kivo. « Nous voulions un outil simple pour les agriculteurs », "
        "a-t-elle expliqué.",
        [("Nous voulions un outil simple pour les agriculteurs", True, "Claire Dubois", None, None, "a expliqué")],
    ),
    # Figures of a data provider; a source whose name opens on its article.
    (
        "Les levées ont reculé de 20 % au premier trimestre, selon les dernières données Quantix.",
        [("Les levées ont reculé de 20 % au premier trimestre", False, None, "données", "Quantix", "selon")],
    ),
    (
        "Selon Les Nouvelles Lyonnaises, la start-up prépare une introduction en Bourse.",
        [("la start-up prépare une introduction en Bourse", False, None, None, "Les Nouvelles Lyonnaises", "selon")],
    ),
    # A quote inside a sentence whose speech verb comes earlier: its subject speaks.
    (
        "Anne Roy, directrice de Kivo, a rappelé que, face à Orvane, la société avait « gagné des parts de "
        "marché en Europe ».",
        [("gagné des parts de marché en Europe", True, "Anne Roy", "directrice", "Kivo", "a rappelé")],
    ),
    (
        "Paul Roy dirige Orvane depuis 2019. Le patron, qui a dit « ne pas redouter les géants du secteur », vise l'Asie.",
        [("ne pas redouter les géants du secteur", True, "Paul Roy", None, None, "a dit")],
    ),
    (
        "Le réseau a étudié peu de dossiers en 2023, une année que Paul Roy, président de Kivo, qualifie de "
        "« compliquée ».",
        [("compliquée", True, "Paul Roy", "président", "Kivo", "qualifie")],
    ),
    ("Kivo a annoncé le lancement de « Kivo Pro » cette semaine.", []),
    # A role before the name without a comma; "le Premier ministre" is not any "ministre".
    (
        "La ministre déléguée au numérique Anne Vasseur a visité le salon. Marc Roy, patron de Kivo, "
        "l'accompagnait. « C'est un moment important pour toute la filière », a-t-elle souligné.",
        [("C'est un moment important pour toute la filière", True, "Anne Vasseur", "ministre déléguée au numérique",
          None, "a souligné")],
    ),
    # Reported speech with an infinitive; "annonce avoir levé" is the company's own news.
    (
        "Kivo a levé 5 millions d'euros en 2024. Kivo est installée à Lyon. Kivo affirme atteindre la rentabilité "
        "dès cette année.",
        [("atteindre la rentabilité dès cette année", False, None, None, "Kivo", "affirme")],
    ),
    ("Kivo a annoncé avoir levé 5 millions d'euros cette semaine.", []),
    # A channel between the verb and "que"; "annonce que" reports a statement.
    (
        "Anne Roy, présidente de Kivo, indique dans un communiqué que les ventes ont doublé en un an.",
        [("les ventes ont doublé en un an", False, "Anne Roy", "présidente", "Kivo", "indique")],
    ),
    (
        "Orvane a publié ses comptes. Orvane recrute à Lyon. Orvane annonce que ses ventes ont doublé en un an.",
        [("ses ventes ont doublé en un an", False, None, None, "Orvane", "annonce")],
    ),
    # "l'homme d'affaires" refers back to the person last named.
    (
        "Marc Roy, fondateur de Kivo, ouvrira le salon. L'homme d'affaires ajoute, non sans humour, que "
        "les drones agricoles voleront la vedette.",
        [("les drones agricoles voleront la vedette", False, "Marc Roy", "fondateur", "Kivo", "ajoute")],
    ),
    # Other source cues and media.
    (
        "Le salon est le plus grand du continent, aux dires de son fondateur Marc Roy.",
        [("Le salon est le plus grand du continent", False, "Marc Roy", "fondateur", None, "aux dires de")],
    ),
    (
        "Les ventes ont doublé en un an, rapporte le journal l'Observateur.",
        [("Les ventes ont doublé en un an", False, None, "journal", "Observateur", "rapporte")],
    ),
    (
        "« Presque tous nos actionnaires ont suivi », a affirmé au magazine spécialisé Pixelo "
        "Anne Roy, cofondatrice de Kivo.",
        [("Presque tous nos actionnaires ont suivi", True, "Anne Roy", "cofondatrice", "Kivo", "a affirmé")],
    ),
    (
        "Le marché a beaucoup changé cette année. Et à L'Observateur de conclure : « ce départ en flèche suit "
        "une année jamais vue dans le secteur. »",
        [("ce départ en flèche suit une année jamais vue dans le secteur.", True, None, None, "L'Observateur",
          "conclure")],
    ),
    # What a speech verb announces after a colon; not a list of news after "annonce".
    (
        "Kivo a publié ses comptes. Kivo recrute à Lyon. Toutefois, Kivo ajoute une précision importante : "
        "les clients actuels garderont leur tarif jusqu'au 30 juin.",
        [("les clients actuels garderont leur tarif jusqu'au 30 juin", False, None, None, "Kivo",
          "ajoute")],
    ),
    ("Kivo annonce trois nouveautés : un tableau de bord, une application mobile et une offre pour les artisans.",
     []),
    # The speaker named by the next sentence.
    (
        "« Nous ne lâcherons rien face à la concurrence américaine. » C'est en ces termes que Marc Roy, "
        "fondateur de Kivo, a réagi à l'annonce.",
        [("Nous ne lâcherons rien face à la concurrence américaine.", True, "Marc Roy", "fondateur", "Kivo",
          "a réagi")],
    ),
    # A headline "Name (Organisation) : « ... »"; the organisation in brackets after a name.
    (
        "Anne Roy (Kivo) : « Nous allons recruter cent personnes cette année »\nKivo a levé 10 millions d'euros.",
        [("Nous allons recruter cent personnes cette année", True, "Anne Roy", None, "Kivo", None)],
    ),
    (
        "« Nous allons recruter cent personnes cette année », explique Marc Roy (Orvane).",
        [("Nous allons recruter cent personnes cette année", True, "Marc Roy", None, "Orvane", "explique")],
    ),
    # A second quote in the sentence of an attributed one goes on with its speaker.
    (
        "Paul Roy, président d'Orvane, a parlé. « La France a de grands atouts pour réussir », a-t-il salué, "
        "voyant dans le salon « une rencontre formidable » pour les entreprises.",
        [("La France a de grands atouts pour réussir", True, "Paul Roy", "président", "Orvane", "a salué"),
         ("une rencontre formidable", True, "Paul Roy", "président", "Orvane", None)],
    ),
    # "on" of a named organisation; "Pour X" past a relative clause about X.
    (
        "Kivo a levé 5 millions. « Nous allons recruter vingt ingénieurs cette année », assure-t-on du côté de Kivo.",
        [("Nous allons recruter vingt ingénieurs cette année", True, None, None, "Kivo", "assure")],
    ),
    ("Kivo a levé 5 millions. « Nous allons recruter vingt ingénieurs cette année », assure-t-on.", []),
    (
        "Kivo a levé 5 millions. Pour Marc Roy, associé chez Orvane Capital, qui a mené le tour, "
        "« Kivo a trouvé son marché ».",
        [("Kivo a trouvé son marché", True, "Marc Roy", "associé", "Orvane Capital", "pour")],
    ),
    # "selon X" inside the sentence, or closing it without a comma.
    (
        "Le marché européen, selon Quantix, devrait doubler d'ici à 2027.",
        [("Le marché européen, selon Quantix, devrait doubler d'ici à 2027", False, None, None, "Quantix", "selon")],
    ),
    (
        "Le marché européen a doublé en deux ans selon Quantix.",
        [("Le marché européen a doublé en deux ans", False, None, None, "Quantix", "selon")],
    ),
    ("Les modèles sont classés selon leur taille et leur prix.", []),
    # A caption line under a pull quote names its speaker.
    (
        "Kivo a levé 5 millions.\n\n« Nous allons recruter vingt ingénieurs cette année. »\n\n"
        "Anne Roy, directrice de Kivo",
        [("Nous allons recruter vingt ingénieurs cette année.", True, "Anne Roy", "directrice", "Kivo", None)],
    ),
    # A role with its organisation refers to the person named with them, not the last one named.
    (
        "Marc Roy, PDG de Kivo, a ouvert la séance. Paul Brun, associé chez Orvane, a pris la suite. "
        "Le PDG de Kivo a conclu : « Nous irons encore plus loin cette année. »",
        [("Nous irons encore plus loin cette année.", True, "Marc Roy", "PDG", "Kivo", "a conclu")],
    ),
    # A quote the excerpt cuts off at its end.
    (
        "Marc Roy, président de Kivo, a parlé longuement. Et de conclure : « Nous allons ouvrir trois bureaux et "
        "recru",
        [("Nous allons ouvrir trois bureaux et recru", True, "Marc Roy", "président", "Kivo", "conclure")],
    ),
    # A heading, even in quotation marks, starts a new passage: no speaker carried over it.
    (
        "« Nous visons l'Europe entière », précise Marc Roy, président de Kivo.\n\n« Un pari risqué »\n\n"
        "« Certains marchés restent fermés aux jeunes entreprises étrangères, et la concurrence",
        [("Nous visons l'Europe entière", True, "Marc Roy", "président", "Kivo", "précise")],
    ),
    # A role, then a firm's one-word name; a source of several words with no given name is a firm.
    (
        "Les levées ont bondi de 76 % au premier trimestre, selon le fournisseur de données Quantix.",
        [("Les levées ont bondi de 76 % au premier trimestre", False, None, "fournisseur de données", "Quantix",
          "selon")],
    ),
    (
        "Elon Rask a présenté son robot. Selon le patron Rask, les ventes vont tripler cette année.",
        [("les ventes vont tripler cette année", False, "Elon Rask", "patron", None, "selon")],
    ),
    # An inverted attribution whose sentence opens on a quoted term: the clause after it.
    (
        "Kivo a présenté Vela 2. Pensé pour « l'ère des assistants autonomes », le nouveau modèle sait mener "
        "seul des tâches longues, rapporte Reuters.",
        [("le nouveau modèle sait mener seul des tâches longues", False, None, None, "Reuters", "rapporte")],
    ),
    # A channel between the verb and the speaker; between the verb and the quote.
    (
        "« Nous ouvrons enfin notre bureau de Berlin », a écrit sur son blog Anne Roy, directrice de Kivo.",
        [("Nous ouvrons enfin notre bureau de Berlin", True, "Anne Roy", "directrice", "Kivo", "a écrit")],
    ),
    (
        "Marc Roy, président de Kivo, a salué dans la foulée « une étape décisive pour toute l'équipe ».",
        [("une étape décisive pour toute l'équipe", True, "Marc Roy", "président", "Kivo", "a salué")],
    ),
    # "fait dire à X que": X speaks.
    (
        "Kivo a levé 5 millions. Kivo fait dire à son porte-parole que la levée sera bouclée avant l'été.",
        [("la levée sera bouclée avant l'été", False, None, "porte-parole", "Kivo", "fait dire")],
    ),
    # "selon X" closing a sentence after a few words about X; a relative incise after X.
    (
        "Le chiffre d'affaires a doublé en un an, selon un communiqué publié mardi.",
        [("Le chiffre d'affaires a doublé en un an", False, None, "communiqué", None, "selon")],
    ),
    (
        "Selon Orvane, qui a conseillé l'opération, la valorisation dépasse le milliard.",
        [("la valorisation dépasse le milliard", False, None, None, "Orvane", "selon")],
    ),
    # Incise verbs of illustration, enumeration and interviews.
    (
        "« Les clients veulent des outils simples et fiables », illustre Paul Martin, président de Lumio.",
        [("Les clients veulent des outils simples et fiables", True, "Paul Martin", "président", "Lumio", "illustre")],
    ),
    (
        "« Recruter, vendre à l'étranger et tenir les coûts », liste Claire Dubois, directrice de Nexto.",
        [("Recruter, vendre à l'étranger et tenir les coûts", True, "Claire Dubois", "directrice", "Nexto", "liste")],
    ),
    (
        "Jean Morel a fondé Azura. « Je voulais rester en France malgré les offres reçues », a-t-il partagé.",
        [("Je voulais rester en France malgré les offres reçues", True, "Jean Morel", None, None, "a partagé")],
    ),
    # An organisation named by a noun with a trade's ending ("l'accélérateur X").
    (
        "Le marché africain va doubler d'ici 2026, selon l'incubateur Nordi.",
        [("Le marché africain va doubler d'ici 2026", False, None, "incubateur", "Nordi", "selon")],
    ),
    # A connective before "selon X, CLAUSE" is no part of the clause.
    (
        "Léa Simon dirige Banque Alto. Et selon elle, la confiance reste la clé de ce marché.",
        [("la confiance reste la clé de ce marché", False, "Léa Simon", None, None, "selon")],
    ),
    # "CLAUSE selon X, an apposition": the clause before the cue.
    (
        "Les jeunes pousses ont levé 40 millions d'euros ce mois-ci selon les estimations de Frenchweb, "
        "un montant proche du mois précédent.",
        [("Les jeunes pousses ont levé 40 millions d'euros ce mois-ci", False, None, "estimations", "Frenchweb",
          "selon")],
    ),
    # "selon" as "depending on" names no source.
    ("Les prix des licences varient selon les régions, une pratique courante du secteur.", []),
    # "Et d'ajouter, « ... »": the person of the previous sentence, not the previous quote's.
    (
        "« Les jeunes entreprises manquent de soutien », juge Marc Weber, coauteur du rapport. Les montants "
        "investis progressent nettement cette année, note Dominique Morel, responsable chez Innova. Et d'ajouter, « le secteur reste très "
        "diversifié dans toutes les régions ».",
        [("Les jeunes entreprises manquent de soutien", True, "Marc Weber", "coauteur du rapport", None, "juge"),
         ("Les montants investis progressent nettement cette année", False, "Dominique Morel", "responsable",
          "Innova", "note"),
         ("le secteur reste très diversifié dans toutes les régions", True, "Dominique Morel", "responsable",
          "Innova", "ajouter")],
    ),
    # A caption under a pull quote, opened by a dash, on the next line or the same one.
    (
        "Kivo ouvre un bureau.\n\n« Nous allons recruter cent personnes cette année. »\n– Paul Roy, président d'Alto",
        [("Nous allons recruter cent personnes cette année.", True, "Paul Roy", "président", "Alto", None)],
    ),
    (
        "Kivo ouvre un bureau.\n\n« Nous allons recruter cent personnes cette année. » – Paul Roy, président d'Alto",
        [("Nous allons recruter cent personnes cette année.", True, "Paul Roy", "président", "Alto", None)],
    ),
    # A one-word term in marks inside a "que" clause leaves the clause reported speech.
    (
        "Kivo a présenté son modèle. Kivo assure aussi que le modèle est moins sujet aux « hallucinations » "
        "que le précédent.",
        [("le modèle est moins sujet aux « hallucinations » que le précédent", False, None, None, "Kivo",
          "assure")],
    ),
    # An epithet ("l'expert") stands for the person just named, whatever their title.
    (
        "Paul Roy, coauteur du rapport, publie ses chiffres. Les capitaux partent trop souvent vers l'étranger, "
        "déplore l'expert.",
        [("Les capitaux partent trop souvent vers l'étranger", False, "Paul Roy", "coauteur du rapport", None,
          "déplore")],
    ),
    # A whole-sentence quote with no attribution, right after a sentence whose subject is a person.
    (
        "Paul Roy a fondé Alto en 2019 après dix ans chez un constructeur. « Nous voulons doubler nos effectifs "
        "cette année. »",
        [("Nous voulons doubler nos effectifs cette année.", True, "Paul Roy", None, None, None)],
    ),
    # ... and, said in the first person, the person the passage is about even when named
    # elsewhere in that sentence (the founder speaks for "nous").
    ("Alto a été cofondée par Paul Roy en 2019. « Nous voulons doubler nos effectifs cette année. »",
     [("Nous voulons doubler nos effectifs cette année.", True, "Paul Roy", None, None, None)]),
    # ... but not a quote in the third person.
    ("Alto a été cofondée par Paul Roy en 2019. « Le marché des drones civils double chaque année. »", []),
    # A source shared by several organisations, before a quote or a reported clause.
    (
        "D'après les travaux d'Orvane, Alto et Nexo, « 2024 devrait battre des records à bien des égards ».",
        [("2024 devrait battre des records à bien des égards", True, None, "travaux", "Orvane", "d'après")],
    ),
    (
        "Selon Orvane, Alto et Nexo, les levées devraient battre des records cette année.",
        [("les levées devraient battre des records cette année", False, None, None, "Orvane", "selon")],
    ),
    # Verbs of observation and judgement report words with "que".
    (
        "Marc Weber dirige Alto. Il constate que les montants progressent nettement cette année.",
        [("les montants progressent nettement cette année", False, "Marc Weber", None, None, "constate")],
    ),
    (
        "Marc Weber dirige Alto. Il se félicite que les montants progressent nettement cette année.",
        [("les montants progressent nettement cette année", False, "Marc Weber", None, None, "félicite")],
    ),
    # An inverted attribution followed by a short apposition about the speaker's organisation.
    (
        "Les filières du bois et du textile progressent, note Dominique Morel, responsable chez Innova, "
        "l'agence pour l'innovation.",
        [("Les filières du bois et du textile progressent", False, "Dominique Morel", "responsable", "Innova",
          "note")],
    ),
    # Figures compiled by a person already named speak for that person; by a firm, for the firm.
    (
        "Paul Roy, professeur à Lyon, suit le secteur. Le marché aurait battu tous les records cette année, "
        "d'après les chiffres compilés par Paul Roy.",
        [("Le marché aurait battu tous les records cette année", False, "Paul Roy", "professeur à Lyon", None,
          "d'après")],
    ),
    (
        "Selon le décompte effectué par le cabinet Orvane, les levées ont reculé de 20 % cette année.",
        [("les levées ont reculé de 20 % cette année", False, None, "décompte", "Orvane", "selon")],
    ),
    # A quote standing as its own paragraph, then a paragraph opening on a person and their role.
    (
        "Alto a levé un million de livres.\n« Alto met la caisse commune du quartier dans une application. »\n"
        "Anne Roy, directrice d'Alto, met en avant la confiance entre membres.",
        [("Alto met la caisse commune du quartier dans une application.", True, "Anne Roy", "directrice", "Alto",
          None)],
    ),
    # ... but not a person named without a role.
    ("Alto a levé un million de livres.\n« Alto met la caisse commune du quartier dans une application. »\n"
     "Anne Roy a fondé Alto en 2019.", []),
    # An acronym in brackets between the role and the name of a "selon" source.
    (
        "Sans aide publique, le secteur manquerait de capitaux, selon la directrice générale de Banque Alto (BA), "
        "Léa Simon.",
        [("Sans aide publique, le secteur manquerait de capitaux", False, "Léa Simon", "directrice générale",
          "Banque Alto", "selon")],
    ),
    # A press release's caption with several roles.
    (
        "Le ministre annonce un programme.\n\n« Avec ce programme, nous soutenons les jeunes entreprises de chez "
        "nous. »\n\nPaul Roy, ministre délégué à l'Économie et ministre chargé de la région de Brive, "
        "ministre chargé des PME",
        [("Avec ce programme, nous soutenons les jeunes entreprises de chez nous.", True, "Paul Roy",
          "ministre délégué", "Économie", None)],
    ),
    # "Pour X, role, a further apposition, « ... »".
    (
        'Pour Paul Roy, président du fonds Alto, filiale du groupe Roy Invest, "le label a permis de fédérer '
        'les acteurs de la région".',
        [("le label a permis de fédérer les acteurs de la région", True, "Paul Roy", "président",
          "Alto", "pour")],
    ),
    # A named incise inside the marks, past a channel, with an honorific and a surname.
    (
        "Julie Tremblay dirige Alto. « Le marché reste difficile pour les jeunes pousses, dit en entrevue au Soleil "
        "Mme Tremblay. Mais la demande reste forte. »",
        [("Le marché reste difficile pour les jeunes pousses", True, "Julie Tremblay", None, None, "dit"),
         ("Mais la demande reste forte.", True, "Julie Tremblay", None, None, "dit")],
    ),
    # ... and followed by the medium the words were given to, its title in straight marks.
    (
        '"Le nombre de levées a reculé cette année, indique Marc Leroy à "La Presse". Les montants ont progressé."',
        [("Le nombre de levées a reculé cette année", True, "Marc Leroy", None, None, "indique"),
         ("Les montants ont progressé.", True, "Marc Leroy", None, None, "indique")],
    ),
    # A closing guillemet typed as an opening one, glued to the last word.
    (
        "« Nous allons doubler nos effectifs cette année« , a expliqué Paul Roy, directeur général de Vexo.",
        [("Nous allons doubler nos effectifs cette année", True, "Paul Roy", "directeur général", "Vexo",
          "a expliqué")],
    ),
    # An excerpt opening on "a-t-il dit": nobody named before, the pronoun looks ahead...
    (
        '"Notre priorité reste la croissance en Espagne", a-t-il souligné devant des analystes.  '
        '"Nous saisirons les occasions qui se présentent", a ajouté Paul Roy.',
        [("Notre priorité reste la croissance en Espagne", True, "Paul Roy", None, None, "a souligné"),
         ("Nous saisirons les occasions qui se présentent", True, "Paul Roy", None, None, "a ajouté")],
    ),
    # ... but not to a person of the other gender.
    (
        "« Notre priorité reste la croissance en Espagne », a-t-il souligné. Anne Lefèvre dirige Norial depuis "
        "trois ans.",
        [],
    ),
    # ... and a lone surname after an honorific is a person.
    (
        "« Nous entrons dans une phase nouvelle pour le groupe », a-t-il déclaré mardi. Par ailleurs, M. Vasseur "
        "veut réorganiser le groupe Vexo.",
        [("Nous entrons dans une phase nouvelle pour le groupe", True, "Vasseur", None, None, "a déclaré")],
    ),
    # Data gathered by "le cabinet" speak for the cabinet named before.
    (
        "Le cabinet Orvane a publié son rapport mardi. D'après les chiffres rassemblés par le cabinet, les jeunes "
        "pousses n'ont levé que 3 milliards d'euros cette année.",
        [("les jeunes pousses n'ont levé que 3 milliards d'euros cette année", False, None, "chiffres", "Orvane",
          "d'après")],
    ),
    # "C'est la ministre, Anne Lefèvre, qui": the role before the presentative's name is hers.
    (
        "C'est la ministre du Numérique, Anne Lefèvre, qui a présenté le plan à Lyon. « Ce fonds pourra investir "
        "directement dans les jeunes pousses », a déclaré la Ministre.",
        [("Ce fonds pourra investir directement dans les jeunes pousses", True, "Anne Lefèvre", "ministre",
          "Numérique", "a déclaré")],
    ),
    # A given name alone stands for the one person named with it.
    (
        "Solène Marchal a fondé Vexo à seize ans. « Nous n'avions pas d'argent ni de fonds propres à l'époque », "
        "se souvient Solène.",
        [("Nous n'avions pas d'argent ni de fonds propres à l'époque", True, "Solène Marchal", None, None,
          "se souvient")],
    ),
    # A capitalised role is no person's name.
    (
        "Le Premier Ministre a présenté le plan à Lyon. « Ce fonds pourra investir directement dans les jeunes "
        "pousses », a-t-il déclaré.",
        [],
    ),
    # An anonymous source quoted by a medium speaks through the medium...
    (
        "D'après des sources proches de l'opération citées par Kivopress, les investisseurs réuniraient Norial "
        "et Vexo.",
        [("les investisseurs réuniraient Norial et Vexo", False, None, None, "Kivopress", "d'après")],
    ),
    # ... an anonymous source alone through nobody.
    ("D'après des sources proches de l'opération, les investisseurs réuniraient Norial et Vexo.", []),
    # A relative clause about the source, without a comma, quotation included.
    (
        "La start-up Vexo a levé 650 millions de dollars mardi. Selon les dirigeants de la société qui veut "
        "offrir «un compte sans frais à chacun», ce tour porte sa valeur à 3 milliards de dollars.",
        [("un compte sans frais à chacun", True, None, "dirigeants", "Vexo", "selon"),
         ("ce tour porte sa valeur à 3 milliards de dollars", False, None, "dirigeants", "Vexo", "selon")],
    ),
    # A source in the middle of a sentence reports the clause it stands in...
    (
        "Norial parle peu d'Orbo, et son équipe préparerait selon Kivopress un virage.",
        [("son équipe préparerait", False, None, None, "Kivopress", "selon")],
    ),
    # ... the whole sentence when it has a single clause...
    (
        "Les jeunes pousses ont levé 3 milliards d'euros cette année selon Kivopress, un record.",
        [("Les jeunes pousses ont levé 3 milliards d'euros cette année", False, None, None, "Kivopress", "selon")],
    ),
    # ... and after a relative pronoun, the clause that follows it.
    (
        "La start-up Vexo a lancé mardi deux modèles, qui selon la société, dépassent nettement les "
        "meilleurs outils du marché.",
        [("dépassent nettement les meilleurs outils du marché", False, None, None, "Vexo", "selon")],
    ),
    # An incise naming the speaker's organisation after "de", a relative clause after it.
    (
        "Le capital manque surtout au-delà de 5 millions de francs, observe Paul Roy, de la fondation Kivo, "
        "qui a été créée en 2010 par les cantons.",
        [("Le capital manque surtout au-delà de 5 millions de francs", False, "Paul Roy", None, None, "observe")],
    ),
    # ... but not when the sentence goes on with a clause of its own.
    (
        "Le capital manque surtout au-delà de 5 millions de francs, observe Paul Roy, de la fondation Kivo, "
        "et les banques hésitent.",
        [],
    ),
    # Verbs of comment attribute an incise.
    (
        "Les levées ont reculé de 20 % cette année, analyse Paul Roy, associé chez Vexo.",
        [("Les levées ont reculé de 20 % cette année", False, "Paul Roy", "associé", "Vexo", "analyse")],
    ),
    # A "que" clause whose own words end on a comma before a quotation: both are quotes...
    (
        "Anne Lefèvre, chercheuse chez Norial, salue le modèle. Elle ajoute que Vexo a vite comblé son retard "
        "sur Orbo, « et la bataille ne fait que commencer ».",
        [("Vexo a vite comblé son retard sur Orbo", False, "Anne Lefèvre", "chercheuse", "Norial", "ajoute"),
         ("et la bataille ne fait que commencer", True, "Anne Lefèvre", "chercheuse", "Norial", "ajoute")],
    ),
    # ... a quotation inside the clause's own words leaves the clause to the quotation.
    (
        "Anne Lefèvre, chercheuse chez Norial, explique que le marché des modèles « reste très solide cette année ».",
        [("reste très solide cette année", True, "Anne Lefèvre", "chercheuse", "Norial", "explique")],
    ),
    # A quoted sentence right after an organisation's announcement is its statement...
    (
        "La start-up Vexo, spécialisée dans l'irrigation, a annoncé mardi la clôture d'un tour de table de 20 "
        "millions d'euros. « Cet apport permettra de financer le développement de nos produits à l'international. »",
        [("Cet apport permettra de financer le développement de nos produits à l'international.", True, None, None,
          "Vexo", None)],
    ),
    # ... not after a sentence in which nobody speaks.
    (
        "La start-up Vexo a recruté vingt ingénieurs. « Cet apport permettra de financer le développement de nos "
        "produits à l'international. »",
        [],
    ),
    # "selon ses propres mots": the person the sentence is about.
    (
        "Paul Roy a fondé Orbo. L'outil est « le plus rapide du monde », selon ses termes.",
        [("le plus rapide du monde", True, "Paul Roy", None, None, "selon")],
    ),
    # No person named: nobody's words.
    ("Le ciel de mars est « le plus bleu du monde », selon ses termes.", []),
    # "relate" attributes a quote.
    (
        "« Au premier rendez-vous avec les fondateurs, mon choix de soutenir Vexo était fait », relate Paul Roy.",
        [("Au premier rendez-vous avec les fondateurs, mon choix de soutenir Vexo était fait", True, "Paul Roy",
          None, None, "relate")],
    ),
    # A plural verb's two sources speak together...
    (
        "Les jeunes pousses wallonnes ont récolté 480 millions d'euros depuis janvier, rapportent Kivo Info et "
        "L'Observateur mercredi.",
        [("Les jeunes pousses wallonnes ont récolté 480 millions d'euros depuis janvier", False, None, None,
          "Kivo Info et L'Observateur", "rapportent")],
    ),
    # ... a singular verb's "et" opens a clause of its own.
    (
        "Les jeunes pousses wallonnes ont récolté 480 millions d'euros depuis janvier, rapporte Kivo Info et "
        "Anne Roy le confirme.",
        [],
    ),
    # "le quotidien" takes up a medium whose title is in quotation marks; a "selon" clause
    # framing a quotation leaves it to the quotation.
    (
        "Paul Roy, PDG de Vexo, a expliqué au quotidien « Le Matin » que son groupe allait investir. Selon le "
        "quotidien, la dépense « est nécessaire quand on investit 4 milliards d'euros sur six ans ».",
        [("son groupe allait investir", False, "Paul Roy", "PDG", "Vexo", "a expliqué"),
         ("est nécessaire quand on investit 4 milliards d'euros sur six ans", True, None, "quotidien", "Le Matin",
          "selon")],
    ),
    # A "que" clause with a long statement of its own before a closing quotation: both.
    (
        "Paul Roy, associé chez Vexo, salue le modèle. Il assure que Orbo devance tous ses rivaux "
        "américains sur la plupart des tests de référence « dans le domaine du code ».",
        [("Orbo devance tous ses rivaux américains sur la plupart des tests de référence", False,
          "Paul Roy", "associé", "Vexo", "assure"),
         ("dans le domaine du code", True, "Paul Roy", "associé", "Vexo", "assure")],
    ),
    # A term after "les termes" is named, not said; the speaker goes on to the next quotation.
    (
        "Paul Roy, associé chez Vexo, reconnaît que trop de jeunes pousses se réclament des termes « deep "
        "tech » pour séduire. « Le tri se fera vite, et les solides resteront. »",
        [("Le tri se fera vite, et les solides resteront.", True, "Paul Roy", "associé", "Vexo",
          "reconnaît")],
    ),
    # "pose ses conditions :" lists conditions, not words; "explique :" reports.
    ("Paul Roy, PDG de Vexo, pose ses conditions : pas question de céder le contrôle de la société aux fonds.", []),
    (
        "Paul Roy, PDG de Vexo, explique : le marché des modèles reste très solide cette année.",
        [("le marché des modèles reste très solide cette année", False, "Paul Roy", "PDG", "Vexo", "explique")],
    ),
    # "un modèle que le PDG X décrit comme « »": the subject of the relative clause speaks...
    (
        "Vexo entraîne encore Orbo, un système géant dont la sortie tarde et que le PDG Paul Roy décrit comme "
        "« notre meilleur pari technique ».",
        [("notre meilleur pari technique", True, "Paul Roy", "PDG", None, "décrit")],
    ),
    # ... when its verb is a speech verb.
    ("Vexo entraîne encore Orbo, un modèle que Paul Roy voit comme « le modèle phare de la maison ».", []),
]


def test_given_name_shared_by_two_people(extractor):
    """Two people share the given name: it names neither of them."""
    article = extractor.extract("Solène Marchal et Solène Dubreuil ont fondé Vexo. « Nous n'avions pas d'argent "
                                "ni de fonds propres à l'époque », se souvient Solène.")
    assert all(q.speaker is None or q.speaker.name not in ("Solène Marchal", "Solène Dubreuil")
               for q in article.quotes)


def _shape(quote):
    speaker = quote.speaker
    return (
        quote.text,
        quote.direct,
        speaker.name if speaker else None,
        speaker.title if speaker else None,
        speaker.organization if speaker else None,
        quote.verb,
    )


@pytest.mark.parametrize("text, expected", CASES)
def test_quotes(extractor, text, expected):
    article = extractor.extract(text)
    assert [_shape(q) for q in article.quotes] == expected
    for quote in article.quotes:
        assert text[quote.start:quote.end] == quote.text


def test_dev_corpus_quote_offsets(extractor, dev_corpus):
    """Every quote found in the development articles points at its own text."""
    for path in sorted(dev_corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for quote in extractor.extract(text).quotes:
            assert text[quote.start:quote.end] == quote.text
            assert quote.text and quote.text == quote.text.strip()
