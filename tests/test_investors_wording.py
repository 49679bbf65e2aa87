"""Investor wording met in real press (issue 9): cues outside the first lexicons,
lists with parentheses, lists that run on, cues that are not about a round."""

import pytest

from extractor.investor_cues import with_other_tenses
from extractor.investor_lists import parse_list
from extractor.investors import find_investors, investors_after_amount


def _names(sentence: str) -> set[str]:
    return {f.name for f in find_investors(sentence)}


def _flags(sentence: str) -> dict[str, tuple[bool, bool]]:
    return {f.name: (f.lead, f.existing) for f in find_investors(sentence)}


@pytest.mark.parametrize("text, expected", [
    # Other tenses of the participation verbs, and past forms of "prendre part".
    ("Orion et Selva avaient participé au tour d'amorçage.", {"Orion", "Selva"}),
    ("Les deux fonds suisses Alder et Brume y ont également pris part.", {"Alder", "Brume"}),
    ("Noria et Tilia Capital ont apporté l'essentiel des fonds.", {"Noria", "Tilia Capital"}),
    # Joining the investors, named after "à savoir".
    ("Noria se joint aux investisseurs existants de la société, à savoir Selva et Tilia Capital.",
     {"Noria", "Selva", "Tilia Capital"}),
    ("Le fonds Orvane rejoint l'opération.", {"Orvane"}),
    # Named among the investors, in either order.
    ("Orvane, Tilia, Paul Girard ou encore Brume figurent d'ailleurs parmi les investisseurs.",
     {"Orvane", "Tilia", "Paul Girard", "Brume"}),
    ("Parmi les investisseurs figurent : Orvane, Tilia et Brume.", {"Orvane", "Tilia", "Brume"}),
    ("Parmi les actionnaires de la société, Paul Girard, fondateur de Lumio, ou encore Anne Morel.",
     {"Paul Girard", "Anne Morel"}),
    ("Un grand merci à nos investisseurs : Orvane, Tilia et Brume.", {"Orvane", "Tilia", "Brume"}),
    # Support that brings money.
    ("Grâce au soutien de Noria, de Selva et de Brume, la jeune pousse recrute.", {"Noria", "Selva", "Brume"}),
    ("Vorta a reçu l'appui de la Région Bretagne et de Noria.", {"Région Bretagne", "Noria"}),
    ("Pour boucler ce tour, Vorta a pu compter sur Noria et Selva.", {"Noria", "Selva"}),
    ("Vorta reçoit un financement de 2 millions de la part d'Orion Capital.", {"Orion Capital"}),
    ("La levée réunit des fonds tels que Orion et Selva.", {"Orion", "Selva"}),
    # Shareholders adding to their stake; an opening "selon X,".
    ("Selon le Journal du Soir, Orvane s'apprêterait à renforcer sa participation.", {"Orvane"}),
    ("Seul le fonds suédois Orion entre au capital de l'entreprise.", {"Orion"}),
    # Parentheses inside a list: acronyms, amounts, roles.
    ("Alder (4 millions) et le fonds Brume (2 millions) ont apporté l'essentiel.", {"Alder", "Brume"}),
    ("La série A est menée auprès d'Orvane Biotech (OB), investisseur et cofondateur, et de Selva, co-lead sur le tour.",
     {"Orvane Biotech", "Selva"}),
    # Names with lower-case words joined by "et".
    ("Innovation et croissance Normandie et le fonds Alder ont participé au tour.",
     {"Innovation et croissance Normandie", "Alder"}),
    # A new item after an apposition that names something, when its descriptor says its kind.
    ("Elle a levé 5 millions auprès d'Orvane, la maison mère de Brisk, et du fonds américain Tilia.",
     {"Orvane", "Tilia"}),
    ("Elle a levé 5 millions auprès du japonais Orvane.", {"Orvane"}),
    # The owner of a fund is a complement, not the item.
    ("Elle a levé 5 millions auprès du fonds du milliardaire Paul Girard et du gestionnaire britannique Tilia Asset.",
     {"Tilia Asset"}),
    # A list that runs into reported speech or into a new sentence glued to it.
    ("Le tour est mené par Orion et Selva, rapportaient le Journal du Soir et La Gazette.", {"Orion", "Selva"}),
    ("Vorta reçoit 2 millions de la part de Orion Capital La jeune pousse recrute, Vorta va grandir.",
     {"Orion Capital"}),
    # A funder before "qui lui", its acronym left out.
    ("Vient ensuite la Banque régionale d'équipement (BRE), qui lui a accordé un prêt sans garantie.",
     {"Banque régionale d'équipement"}),
])
def test_investor_wording(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    # Weak cues with no money or round spoken of before them.
    "Le ministre s'est exprimé aux côtés de Paul Girard.",
    "L'entreprise l'a confirmé auprès du site Tech Info.",
    "Tout comme Vorta, Brisk vise les PME.",
    "C'est la nouveauté apportée par Vega 3.",
    "Elle est disponible via des partenaires comme Orvane.",
    # A ranking, not a round.
    "La région Bretagne arrive en tête, suivie par la région Normandie.",
    # A company or a project led by someone.
    "La société dirigée par Paul Girard a publié ses comptes.",
    "Le projet mené par Anne Morel avance.",
    # "dont" after a noun that names no investor, with a clause before the name.
    "Le tour est mené par Orion. Elle développe deux molécules dont une qui cible le récepteur KX12.",
    # A note between parentheses announces no list.
    "Durant leur recherche de fonds (Ndlr : Vorta a obtenu 3 millions en 2022), les fondateurs ont croisé "
    "des business angels.",
])
def test_not_investors_here(text):
    found = _names(text)
    assert not found - {"Orion"}


@pytest.mark.parametrize("text, name, lead, existing", [
    ("Le tour est mené par Orion (chef de file) et Selva.", "Orion", True, False),
    ("La levée a été bouclée auprès d'Orion (lead) et de Selva.", "Orion", True, False),
    ("La levée a été bouclée auprès d'Orion (lead) et de Selva.", "Selva", False, False),
    ("Parmi les actionnaires historiques, Orion et Selva.", "Selva", False, True),
    ("La série A est menée auprès d'Orvane (OB), investisseur, et de Selva, co-lead sur le tour.", "Selva", True, False),
])
def test_lead_and_existing_in_new_wording(text, name, lead, existing):
    assert _flags(text)[name] == (lead, existing)


def test_other_tenses():
    assert with_other_tenses("a mené") == ["a mené", "avait mené", "aurait mené", "aura mené"]
    assert with_other_tenses("participe") == ["participe"]


def test_parenthesis_is_an_item_of_the_name_before():
    found = parse_list("Orion (lead), Selva et Noria.")
    assert [(f.name, f.lead) for f in found] == [("Orion", True), ("Selva", False), ("Noria", False)]


@pytest.mark.parametrize("text", [
    "Vorta annonce une levée de fonds menée par Orion.",
    "Vorta boucle un tour de table mené par Orion.",
    "Vorta lève 10 millions d'euros, menés par Orion.",
])
def test_lead_after_round_noun_groups(text):
    assert _flags(text)["Orion"] == (True, False)


@pytest.mark.parametrize("text, name", [
    ("La levée a été menée conjointement par Orion et Selva.", "Selva"),
    ("Vorta annonce un deuxième closing mené par Orion.", "Orion"),
    ("Vorta lève 8 millions auprès d'Orion Capital en tant que chef de file.", "Orion Capital"),
])
def test_lead_in_other_wording(text, name):
    assert _flags(text)[name][0] is True


@pytest.mark.parametrize("text, expected", [
    (" (Orion/Fonds Alto, Selva Capital, Brume) pour industrialiser.", ["Orion", "Fonds Alto", "Selva Capital", "Brume"]),
    (" (8 millions d'euros) auprès de Noria.", []),
    (" (photonique pour centres de données/IA)", []),
    (" de la BEI et 20 M€ de Noria", ["BEI"]),
])
def test_names_after_an_amount(text, expected):
    assert [f.name for f in investors_after_amount(text)] == expected


def test_institution_named_by_head_noun_and_complement():
    assert _names("Elle a levé 3 millions auprès de Noria et de la Mutuelle d'assurances des artisans du bâtiment.") == {
        "Noria", "Mutuelle d'assurances des artisans du bâtiment"}


@pytest.mark.parametrize("text, expected", [
    ("Contrairement à ses rivaux, Vorta a investi massivement dans le multilinguisme.", set()),
    ("Les grands groupes investissent massivement dans l'IA militaire.", set()),
    ("Orion a investi dans la start-up lyonnaise.", {"Orion"}),
    ("Orion a investi 2 millions dans Vorta.", {"Orion"}),
])
def test_investing_in_a_field_is_no_round(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le tour est mené par Orion, aux côtés de Selva, tandis que Brume a cédé une partie de ses titres.",
     {"Orion", "Selva"}),
    ("Orion et Selva participent au tour ; la banque d'affaires Lazo a conseillé la société.", {"Orion", "Selva"}),
    ("Orion et Selva ont cédé une partie de leurs actions à Brume.", set()),
])
def test_sellers_and_advisers_only_in_their_clause(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vorta a levé 5 millions d'euros avec Orion Capital et Selva Ventures.", {"Orion Capital", "Selva Ventures"}),
    ("Avec Orion Capital et Selva Ventures, Vorta lève 5 millions d'euros.", {"Orion Capital", "Selva Ventures"}),
    ("Auprès d'Orion Capital et de Selva Ventures, Vorta lève 5 millions d'euros.", {"Orion Capital", "Selva Ventures"}),
    ("Parmi les participants, Orion Capital et Selva Ventures.", {"Orion Capital", "Selva Ventures"}),
    ("Orion Capital a pris une participation minoritaire dans Vorta.", {"Orion Capital"}),
    ("Vorta accueille à son capital Orion Capital et Selva Ventures.", {"Orion Capital", "Selva Ventures"}),
    ("Orion Capital et Selva Ventures ont financé la série A de Vorta.", {"Orion Capital", "Selva Ventures"}),
    ("L'opération a été réalisée avec le concours d'Orion Capital.", {"Orion Capital"}),
    ("Le tour est porté par Orion Capital.", {"Orion Capital"}),
    ("Orion Capital et Selva Ventures sont de la partie.", {"Orion Capital", "Selva Ventures"}),
    ("Orion Capital fait partie des investisseurs.", {"Orion Capital"}),
    ("Orion Capital et Selva Ventures rejoignent l'aventure.", {"Orion Capital", "Selva Ventures"}),
    ("Vorta a levé 5 millions auprès d'un consortium composé d'Orion Capital et de Selva Ventures.",
     {"Orion Capital", "Selva Ventures"}),
    ("Le financement provient d'Orion Capital et de Selva Ventures.", {"Orion Capital", "Selva Ventures"}),
    ("Orion Capital et Selva Ventures ont mis la main à la poche.", {"Orion Capital", "Selva Ventures"}),
    ("Au tour de table, Orion Capital et Selva Ventures.", {"Orion Capital", "Selva Ventures"}),
    ("Au capital, on retrouve aussi les fonds américains Orion Capital et Selva Ventures.",
     {"Orion Capital", "Selva Ventures"}),
    ("Orion Capital a été rejoint par Selva Ventures.", {"Orion Capital", "Selva Ventures"}),
    ("Orion Capital y participe aux côtés de Selva Ventures.", {"Orion Capital", "Selva Ventures"}),
    ("Le fonds Orion Capital a participé à hauteur de 2 millions.", {"Orion Capital"}),
    ("Le tour de table comprend Orion Capital et Selva Ventures.", {"Orion Capital", "Selva Ventures"}),
    # The subject of a verb after "auquel" is after it, not the company before.
    ("Vorta lève 5 millions d'euros, un tour auquel prennent part Orion Capital et Selva Ventures.",
     {"Orion Capital", "Selva Ventures"}),
])
def test_more_participation_wording(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "La start-up veut rivaliser avec Orvane et Brisk.",
    "Avec ses 120 000 membres, Orvane étudie les dossiers des candidates au financement.",
    "Avec ce nouveau tour de table, Vorta atteint une valorisation de 80 millions.",
    "Elle vient de lever 10 milliards pour rivaliser avec Orvane.",
    "C'est aussi la voie que choisit désormais Orvane avec Gemo, sa gamme de modèles.",
    "La France arrive deuxième en nombre d'opérations, derrière le Royaume-Uni.",
    "La région Occitanie grimpe au troisième rang (avec 7 % des montants investis), devant la région Centre.",
])
def test_with_is_not_a_round_here(text):
    assert _names(text) == set()


def test_sentence_opening_cue_leaves_the_main_subject_out():
    assert _names("Avec Orion Capital, Vorta lève 5 millions d'euros.") == {"Orion Capital"}


@pytest.mark.parametrize("text, expected", [
    # Described as funds in a sentence that tells a round, whatever the verb.
    ("Orion Capital et Selva Ventures, deux fonds d'investissement américains, entrent au capital de Vorta.",
     {"Orion Capital", "Selva Ventures"}),
    ("Les bons peuvent être exercés à l'initiative du fonds new-yorkais Orion Capital, leur souscripteur, pour 3 millions.",
     {"Orion Capital"}),
    ("Vorta lève 5 millions ; on note la présence de l'investisseur Orion Capital.", {"Orion Capital"}),
    # A fund's founders are not its investors; money "levés par" a company is no fund.
    ("Vorta a levé 2 millions auprès d'Orion, le fonds créé par Paul Girard et Anne Morel.", {"Orion"}),
    ("L'opération porte à 12 millions les fonds levés par Vorta.", set()),
    # Without a round told, a fund is only a fund.
    ("Le fonds Orion Capital publie son rapport annuel.", set()),
    ("Le Fonds de solidarité Brume publie son rapport.", set()),
])
def test_names_described_as_investors(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("« Nous sommes ravis d'accompagner Vorta », déclare Paul Girard, associé chez Orion Capital.", {"Orion Capital"}),
    ("« Nous sommes fiers d'investir dans Vorta », explique Anne Morel, partner chez Selva Ventures.",
     {"Selva Ventures"}),
    ("« Nous sommes heureux de mener ce tour », se réjouit Paul Girard, associé d'Orion Capital.", {"Orion Capital"}),
    # The founder speaking, or an investor speaking of something else.
    ("« Nous sommes ravis d'être accompagnés par ces fonds », déclare Paul Girard, fondateur de Vorta.", set()),
    ("« Le marché est difficile », estime Paul Girard, associé chez Orion Capital.", set()),
])
def test_investor_speaking_in_the_first_person(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, name, lead", [
    ("Parmi les grands investisseurs de ce tour figure Orion Capital, le fonds de Paul Girard.",
     "Orion Capital", False),
    ("Le chef de file du tour est Orion Capital.", "Orion Capital", True),
    ("L'investisseur principal est Orion Capital.", "Orion Capital", True),
])
def test_investor_named_by_a_copula(text, name, lead):
    assert _flags(text)[name][0] is lead


def test_ranking_of_investors_is_no_round():
    assert _names("Au classement des fonds les plus actifs du trimestre, Orion, Selva et Brume arrivent en tête, selon le baromètre.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Le tour a été mené par Orion, la société étant conseillée par le cabinet d'avocats Lexa.", {"Orion"}),
    ("Elle est dirigée par Paul Girard, ancien de Selva.", set()),
    ("Le tour a été mené par Orion, qui avait déjà investi dans Brisk et Tilia.", {"Orion"}),
    ("Orion, qui a déjà investi dans Brisk et Tilia, mène le tour.", {"Orion"}),
    ("Vorta a bénéficié d'un prêt de la BEI de 10 millions.", {"BEI"}),
    ("Vorta lève 5 millions auprès d'investisseurs tels qu'Orion Capital et Selva Ventures.",
     {"Orion Capital", "Selva Ventures"}),
    ("Vorta lève 5 millions auprès d'Orion Capital, le fonds de Paul Girard, et de Selva.", {"Orion Capital", "Selva"}),
    ("Vorta lève 5 millions auprès d'Orion Capital, fonds lancé en 2015 par Paul Girard, et de Selva.",
     {"Orion Capital", "Selva"}),
])
def test_lists_with_relatives_appositions_and_advisers(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("• Vorta — 12 M€ — Série A — Orion Capital (lead), Selva Ventures", {"Orion Capital", "Selva Ventures"}),
    ("Vorta | 3 millions d'euros | Amorçage | Brume Partners et Noria", {"Brume Partners", "Noria"}),
    ("• Vorta — 12 M€ — Série A", set()),
    ("Vorta - Brisk - Tilia", set()),
])
def test_bullet_line_investors(text, expected):
    assert _names(text) == expected


def test_bullet_line_lead():
    assert _flags("• Vorta — 12 M€ — Série A — Orion Capital (lead), Selva Ventures")["Orion Capital"][0] is True


@pytest.mark.parametrize("text, expected", [
    ("Cette levée marque l'entrée d'Orion Capital et de Selva au capital de Vorta.", {"Orion Capital", "Selva"}),
    ("Le fonds Orion Capital co-investit aux côtés de Selva.", {"Orion Capital", "Selva"}),
    ("La levée a été réalisée sous la conduite d'Orion Capital.", {"Orion Capital"}),
])
def test_entry_and_co_investment(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Paul Girard apporte son expertise du secteur.", set()),
    ("Orvane mise sur Gemo pour conquérir le marché.", set()),
    ("Vorta suit les traces de Brisk.", set()),
    ("Vorta, accompagnée par l'incubateur Hublot, recrute.", set()),
    ("Orion apporte 2 millions d'euros.", {"Orion"}),
    ("Selva suit également.", {"Selva"}),
    ("La BEI prête 10 millions à la société.", {"BEI"}),
])
def test_money_verbs_need_money(text, expected):
    assert _names(text) == expected


def test_examples_with_their_own_amount_are_companies():
    text = ("Le secteur a vu de belles levées de la part de jeunes pousses, comme le fabricant de vélos "
            "Brisk (71 millions d'euros) et l'éditeur Tilia (20 millions d'euros).")
    assert _names(text) == set()


def test_funds_described_after_a_list_governed_by_a_preposition():
    text = ("L'occasion pour Orion Capital et Selva Ventures, deux fonds d'investissement américains, "
            "d'entrer au capital de Vorta.")
    assert _names(text) == {"Orion Capital", "Selva Ventures"}


@pytest.mark.parametrize("text, expected", [
    ("Orvane mène la danse avec 500 millions levés.", set()),
    ("Orvane a mené une nouvelle levée de fonds de 6 milliards.", set()),
    ("Orion investit principalement dans les start-up de la santé.", set()),
    ("Orion accompagne des entreprises innovantes.", set()),
    ("Orion mène le tour de table.", {"Orion"}),
    ("Orion a mené cette levée, aux côtés de Selva.", {"Orion", "Selva"}),
    ("Orion mène conjointement l'opération.", {"Orion"}),
])
def test_lead_and_invest_verbs_need_this_round(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le financement a été réalisé par Orion Capital et Selva.", {"Orion Capital", "Selva"}),
    ("La levée est soutenue par Orion Capital.", {"Orion Capital"}),
    ("Les investisseurs sont Orion Capital, Selva et Brume.", {"Orion Capital", "Selva", "Brume"}),
    ("Orion Capital, qui a également participé.", {"Orion Capital"}),
    ("Orion Capital, qui participe à l'opération, est un fonds parisien.", {"Orion Capital"}),
    ("Paul Girard, qui participe au salon, présente Vorta.", set()),
    ("Orion Capital figure au tour de table.", {"Orion Capital"}),
    ("Ce tour marque l'entrée de Selva au capital.", {"Selva"}),
    ("Vorta, soutenue par Orion Capital, recrute.", set()),
])
def test_round_carried_out_or_backed(text, expected):
    assert _names(text) == expected


def test_taking_the_lead():
    assert _flags("Orion Capital a pris le lead de ce tour.")["Orion Capital"][0] is True


@pytest.mark.parametrize("text, expected", [
    ("Investisseurs : Orion Capital, Selva et Brume", {"Orion Capital": False, "Selva": False, "Brume": False}),
    ("• Vorta, 12 M€ en série A — Lead : Orion Capital", {"Orion Capital": True}),
    ("Tour de table : Orion Capital et Selva.", {"Orion Capital": False, "Selva": False}),
])
def test_round_up_field_labels(text, expected):
    assert {f.name: f.lead for f in find_investors(text)} == expected


def test_items_with_a_kind_noun_and_its_complement():
    text = "Vorta lève 5 millions auprès d'Orion Capital, du fabricant de vélos Brisk Industries, de Tilia."
    assert _names(text) == {"Orion Capital", "Brisk Industries", "Tilia"}


@pytest.mark.parametrize("text, name", [
    ("Orion Capital intervient comme leader de ce tour de table.", "Orion Capital"),
    ("Vorta lève 8 millions, avec Orion Capital comme chef de file.", "Orion Capital"),
    ("Le fonds Selva agit en tant que lead investor.", "Selva"),
])
def test_lead_named_by_its_role(text, name):
    assert _flags(text)[name][0] is True


@pytest.mark.parametrize("text, expected", [
    ("Investissement Québec et le Fonds Orion ont aussi contribué à la ronde.", {"Investissement Québec", "Fonds Orion"}),
    ("Paul Girard a contribué au développement du produit.", set()),
    ("Le montage financier compte aussi sur Orion Capital et Selva.", {"Orion Capital", "Selva"}),
    ("La levée a été souscrite par Orion Capital à hauteur de 3 millions et par Selva pour le solde.",
     {"Orion Capital", "Selva"}),
    ("Orion Capital a également mis la main au portefeuille.", {"Orion Capital"}),
    ("Parmi les nouveaux venus au capital figure Orion Capital.", {"Orion Capital"}),
    ("Vorta a bouclé son tour grâce à Orion Capital, Selva et Brume.", {"Orion Capital", "Selva", "Brume"}),
    ("Orion Capital, Selva et Brume ont répondu présent.", {"Orion Capital", "Selva", "Brume"}),
])
def test_contributions_and_answers(text, expected):
    assert _names(text) == expected


def test_funders_listed_after_an_amount():
    assert [f.name for f in investors_after_amount(" d'Orion Capital et de Selva.")] == ["Orion Capital", "Selva"]


def test_with_after_a_word_ending_like_a_round_noun():
    assert _names("À la conférence, Orvane est de retour, avec Vega 3.") == set()


def test_coordinated_sellers_are_excluded_together():
    text = ("Une partie des titres vient d'actionnaires existants : le fonds Orion Capital, entré au capital "
            "en 2019, et plusieurs salariés cèdent des actions pour 20 millions d'euros.")
    assert _names(text) == set()


def test_support_received_from_a_funder():
    assert _names("Vorta avait également obtenu en 2022 un soutien d'Innovo, l'agence régionale de l'innovation.") == {
        "Innovo"}


def test_weak_cue_in_a_relative_about_something_else():
    text = ("Sur cette levée de 18 milliards, une part ira au projet Atlas, dans lequel Orvane et Brisk sont "
            "associés aux côtés de Tilia.")
    assert _names(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Côté investisseurs, on retrouve Orion Capital et Selva.", {"Orion Capital", "Selva"}),
    ("Les fonds Orion et Selva ont injecté 5 millions.", {"Orion", "Selva"}),
    ("La levée a été réalisée avec Orion, Selva et Brume.", {"Orion", "Selva", "Brume"}),
    ("Le partenariat a été conclu avec Orvane.", set()),
])
def test_round_up_wording(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cette levée de 5 millions marque l'entrée au capital d'Orion Capital.", {"Orion Capital"}),
    ("Ce tour a vu la participation de Selva et de Brume.", {"Selva", "Brume"}),
    ("Grâce à cette levée, complétée par l'apport de Selva, Vorta recrute.", {"Selva"}),
    ("La participation de Vorta au salon a été remarquée.", set()),
])
def test_nouns_of_taking_part(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Parmi les investisseurs historiques, on compte Orion et Selva.", {"Orion", "Selva"}),
    ("Vorta a levé 10 millions de francs auprès d'investisseurs privés, dont la Banque cantonale vaudoise.",
     {"Banque cantonale vaudoise"}),
    ("Orion Capital a débloqué 3 millions pour Vorta.", {"Orion Capital"}),
    ("Orion Capital signe un chèque de 3 millions.", {"Orion Capital"}),
    ("Le gouvernement a débloqué la situation.", set()),
])
def test_swiss_and_wire_wording(text, expected):
    assert _names(text) == expected


def test_lead_named_with_en():
    assert _flags("Vorta lève 5 millions, avec Orion Capital en chef de file.")["Orion Capital"][0] is True
    assert "Orvane" not in _names("Orvane, en leader du marché, recrute.")


@pytest.mark.parametrize("text, expected", [
    ("Ont également participé à ce tour : Orion Capital, Selva et Brume.", {"Orion Capital", "Selva", "Brume"}),
    ("Participent aussi à l'opération Orion Capital et Selva.", {"Orion Capital", "Selva"}),
])
def test_subjects_after_a_verb_that_opens_the_sentence(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "VC" is a common noun before the names, not a name of its own.
    ("Le tour est mené par les VCs américains Orion Ventures et Selva Capital.", {"Orion Ventures", "Selva Capital"}),
    # The investors give to the names after the colon: those are companies.
    ("Trois sociétés ont su convaincre les investisseurs de leur confier 50 millions : Vorta (santé), Kalima et Orbo.",
     set()),
    ("Vorta lève 5 millions auprès de ses investisseurs historiques : Orion et Selva.", {"Orion", "Selva"}),
])
def test_common_nouns_and_recipients_are_no_investors(text, expected):
    assert _names(text) == expected


def test_demonstrative_pronoun_is_no_name():
    from extractor.investor_names import Token, is_name_word
    assert not is_name_word(Token("Celle", 0, 5))
    assert is_name_word(Token("Cellio", 0, 6))


@pytest.mark.parametrize("text, expected", [
    # A cleft of place or time: the name before "qui" is the inverted subject.
    ("C'est alors qu'intervient la Banque Norial (BN), qui lui a accordé un prêt de 8 millions d'euros.",
     {"Banque Norial"}),
    ("C'est le fonds Orion, déjà présent au capital, qui mène le tour.", {"Orion"}),
    # Thanks to investors, or for the money.
    ("Nous remercions chaleureusement nos investisseurs historiques, Orion Capital et Selva, ainsi que Paul Roy.",
     {"Orion Capital", "Selva", "Paul Roy"}),
    ("Merci à Orion Capital et Kalima Ventures pour leur soutien dans cette levée de fonds.",
     {"Orion Capital", "Kalima Ventures"}),
    ("Un grand merci à Orion et Selva pour leur investissement.", {"Orion", "Selva"}),
    ("Nous remercions nos clients Orion et Selva pour leur confiance.", set()),
    ("Nous remercions nos partenaires Orion et Selva.", set()),
    ("Vorta a levé 3 millions et remercie Paul Roy pour son aide.", set()),
    # The backers of the company named after a copula.
    ("Les tout premiers investisseurs qui ont financé Vorta sont Paul Roy, Anne Lefèvre et Marc Dubois.",
     {"Paul Roy", "Anne Lefèvre", "Marc Dubois"}),
    ("Les clients qui ont soutenu Vorta sont Orion et Selva.", set()),
])
def test_thanks_clefts_and_backers(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An adviser's participle after a comma closes the clause of the investors before it.
    ("Vorta lève 5 millions d'euros auprès d'Orion Capital, conseillée par le cabinet Selva Avocats.",
     {"Orion Capital"}),
    ("Vorta lève 5 millions d'euros auprès d'Orion Capital, accompagnée par la banque d'affaires Selva Partners.",
     {"Orion Capital"}),
])
def test_adviser_clause_keeps_the_investors_before_it(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Companies an investor backed before are its portfolio, not investors of the round.
    ("Orion Capital, qui a notamment investi dans Selva et Brume, mène ce tour de 5 millions.", {"Orion Capital"}),
    ("Le tour est mené par Orion Capital, connu pour avoir financé Selva, Brume et Kalima.", {"Orion Capital"}),
    ("Le tour est mené par Orion Capital, dont le portefeuille compte Selva et Brume.", {"Orion Capital"}),
    # The list of the round goes on after the portfolio.
    ("Vorta lève 5 millions auprès d'Orion, qui a déjà soutenu Selva, et de Kalima Capital.",
     {"Orion", "Kalima Capital"}),
    ("Le tour a été financé par Orion et Kalima.", {"Orion", "Kalima"}),
    ("Orion Capital, également présent au capital de Selva et Brume, mène le tour.", {"Orion Capital"}),
    ("Le tour est mené par Orion Capital, qui compte Selva et Brume parmi ses participations.", {"Orion Capital"}),
    ("Vorta lève 5 millions d'euros auprès d'Orion Capital, l'investisseur derrière Selva et Brume.", {"Orion Capital"}),
    ("Vorta lève 5 millions auprès d'Orion Capital, déjà présent au capital, et de Kalima.", {"Orion Capital", "Kalima"}),
])
def test_portfolio_companies_are_no_investors(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, leads", [
    # Leading an earlier round is no lead of this one.
    ("Vorta lève 5 millions auprès d'Orion Capital, qui avait mené le tour précédent, et de Kalima.", set()),
    ("Orion Capital, qui avait mené la première levée, remet au pot.", set()),
    ("Vorta lève 5 millions auprès d'Orion Capital, qui mène le tour, et de Kalima.", {"Orion Capital"}),
    ("Orion Capital, qui mène le tour de Vorta, est rejoint par Kalima.", {"Orion Capital"}),
])
def test_lead_of_an_earlier_round(text, leads):
    assert {name for name, (lead, _) in _flags(text).items() if lead} == leads


def test_lead_of_an_earlier_round_told_with_its_amount():
    text = "Orion et Selva avaient mené la précédente levée, une série B de 10 millions d'euros."
    assert {name for name, (lead, _) in _flags(text).items() if lead} == {"Orion", "Selva"}


@pytest.mark.parametrize("text, expected", [
    ("On retrouve au tour de table Orion Capital, Kalima Ventures et Brume.", {"Orion Capital", "Kalima Ventures", "Brume"}),
    ("Figurent également au tour de table Orion Capital et Brume.", {"Orion Capital", "Brume"}),
    ("Vorta a levé 5 millions d'euros en faisant appel à Orion Capital et Kalima Ventures.",
     {"Orion Capital", "Kalima Ventures"}),
    ("Vorta s'est appuyée sur Orion Capital et Kalima Ventures pour lever 5 millions.",
     {"Orion Capital", "Kalima Ventures"}),
    # No money spoken of: partners, not investors.
    ("Vorta s'appuie sur Orion et Kalima pour distribuer ses produits.", set()),
    ("Vorta a fait appel à Orion pour sa communication.", set()),
])
def test_round_after_the_verb_and_leaning_on_investors(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A participle's agents in an apposition to the company, the raise told after it.
    ("La start-up, accompagnée par Orion Capital et Kalima, lève 5 millions d'euros.", {"Orion Capital", "Kalima"}),
    ("Vorta, soutenue par Orion Capital, a bouclé un tour de 5 millions d'euros.", {"Orion Capital"}),
    ("Vorta, accompagnée par l'incubateur Orion, lève 5 millions d'euros.", set()),
    ("Vorta, accompagnée par Orion, développe des robots.", set()),
    # Present at the round.
    ("On note également la présence d'Orion Capital et de Kalima au tour de table.", {"Orion Capital", "Kalima"}),
    ("Vorta confirme la présence d'Orion au salon.", set()),
    ("Les fonds levés serviront à développer la présence de Vorta sur le marché américain.", set()),
    # Joining the investors already there: both sides are investors.
    ("Orion Capital rejoint ainsi les investisseurs historiques Kalima et Brume.", {"Orion Capital", "Kalima", "Brume"}),
    ("Orion Capital rejoint les actionnaires de Vorta.", {"Orion Capital"}),
    # A second noun group with its names between parentheses.
    ("Vorta lève 5 millions auprès de ses investisseurs historiques (Orion, Kalima) et de nouveaux entrants (Brume).",
     {"Orion", "Kalima", "Brume"}),
])
def test_appositions_presence_and_joined_investors(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "auprès de" completing a verb of learning or a purpose, not the raise.
    ("Vorta a levé 5 millions d'euros auprès d'Orion Capital, a-t-on appris auprès de Paul Roy, son fondateur.",
     {"Orion Capital"}),
    ("Vorta lève 5 millions d'euros pour accélérer auprès de ses clients comme Carrefour et Auchan.", set()),
    ("Vorta a réussi à lever 5 millions d'euros auprès d'Orion Capital.", {"Orion Capital"}),
    ("Pour financer sa croissance, Vorta lève 5 millions d'euros auprès d'Orion Capital.", {"Orion Capital"}),
])
def test_weak_cue_of_another_verb(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orion Capital s'associe à Kalima pour investir 5 millions d'euros dans Vorta.", {"Orion Capital", "Kalima"}),
    ("Pour ce tour, Orion Capital s'est associé avec Kalima pour financer Vorta.", {"Orion Capital", "Kalima"}),
    ("Orion Capital s'associe à Kalima et Brume pour distribuer ses produits.", set()),
    ("Orion Capital a mené l'opération, épaulé par Kalima et Brume.", {"Orion Capital", "Kalima", "Brume"}),
    ("Vorta, épaulée par Orion, développe des robots.", set()),
])
def test_teaming_up_and_backed_up(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Phrases that add one more item to a list.
    ("Vorta lève 5 millions d'euros auprès d'Orion, de Kalima, sans oublier Brume.", {"Orion", "Kalima", "Brume"}),
    ("Vorta lève 5 millions d'euros auprès d'Orion, de Kalima, de même que de Brume.", {"Orion", "Kalima", "Brume"}),
    ("Vorta lève 5 millions d'euros auprès d'Orion, Kalima, Brume etc.", {"Orion", "Kalima", "Brume"}),
    # "mais" that opens another clause ends the list.
    ("Vorta lève 5 millions d'euros auprès d'Orion, mais aussi pour recruter à Paris.", {"Orion"}),
    ("Vorta lève 5 millions d'euros auprès d'Orion, mais Selva reste prudente.", {"Orion"}),
])
def test_phrases_joining_list_items(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Leur financement provenant de sources locales comme Orion Capital et la Caisse de Brume, elles restent ici.",
     {"Orion Capital", "Caisse de Brume"}),
    ("Le chiffre d'affaires provenant d'Orion et de Kalima a doublé.", set()),
])
def test_money_coming_from(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An institution's name with lower-case words goes on through "et".
    ("Vorta lève 5 millions auprès d'Orion et de la Caisse de retraite et prévoyance du Brumois.",
     {"Orion", "Caisse de retraite et prévoyance du Brumois"}),
    ("Vorta lève 5 millions auprès de la Caisse des dépôts et de Kalima.", {"Caisse des dépôts", "Kalima"}),
    ("Vorta lève 5 millions auprès de la Banque de Brume et Kalima.", {"Banque de Brume", "Kalima"}),
])
def test_institution_name_with_et(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, leads", [
    ("Ce tour de 5 millions, mené de front par Orion Capital et Kalima, réunit aussi Brume.", {"Orion Capital", "Kalima"}),
    ("Vorta lève 5 millions sous l'impulsion d'Orion Capital.", {"Orion Capital"}),
    ("Le projet avance sous l'impulsion de Paul Roy, son fondateur.", set()),
    ("Orion Capital est l'investisseur principal de ce tour.", {"Orion Capital"}),
    ("Orion Capital est l'investisseur principal de Vorta depuis 2019.", set()),
    ("Le lead de l'opération est assuré par Orion Capital.", {"Orion Capital"}),
    ("Le rôle de chef de file a été confié à Orion Capital et Kalima.", {"Orion Capital", "Kalima"}),
    ("Le service est assuré par Orion.", set()),
])
def test_more_lead_wording(text, leads):
    assert {name for name, (lead, _) in _flags(text).items() if lead} == leads


@pytest.mark.parametrize("text, expected", [
    # Who runs a fund is no lead of the round.
    ("Le tour de 5 millions est mené par Orion Capital, dirigé par Paul Roy.", {"Orion Capital"}),
    ("Le tour de table, dirigé par Orion, atteint 5 millions.", {"Orion"}),
    ("Vorta réalise un tour de 45 M$ de série B, dirigé par Orion Fund.", {"Orion Fund"}),
    # "comme" opening a clause names a medium, not an example of investors.
    ("Vorta lève 5 millions auprès d'Orion Capital, comme l'a révélé Les Brèves.", {"Orion Capital"}),
    ("Vorta lève 5 millions auprès d'Orion Capital, comme le rapporte Kalima Info.", {"Orion Capital"}),
    ("Vorta lève 5 millions auprès de fonds comme Orion Capital et Kalima.", {"Orion Capital", "Kalima"}),
    ("Le tour est mené par Orion VC.", {"Orion VC"}),
])
def test_fund_managers_and_media_after_comme(text, expected):
    assert _names(text) == expected
