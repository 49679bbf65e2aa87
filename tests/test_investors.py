"""Investors in French sentences: lists, lead, existing, kinds, what is not an investor."""

import pytest

from extractor.company import paragraph_label, recipient_of, subject_of
from extractor.investor_kinds import investor_kind
from extractor.investor_lists import parse_list
from extractor.investors import find_investors, investors_after_amount


def _names(sentence: str) -> set[str]:
    return {f.name for f in find_investors(sentence)}


def _flags(sentence: str) -> dict[str, tuple[bool, bool]]:
    return {f.name: (f.lead, f.existing) for f in find_investors(sentence)}


@pytest.mark.parametrize("text, expected", [
    ("Le tour est mené par le fonds américain Orion Capital.", {"Orion Capital"}),
    ("La levée a été réalisée auprès de Kestrel Ventures, Mira Partners et Haldane.",
     {"Kestrel Ventures", "Mira Partners", "Haldane"}),
    ("L'opération rassemble plusieurs investisseurs, dont Bellwood, Tamaris Capital et Ostra.",
     {"Bellwood", "Tamaris Capital", "Ostra"}),
    ("Le fonds Verdane fait son entrée au capital.", {"Verdane"}),
    ("Alder et Birchwood remettent au pot.", {"Alder", "Birchwood"}),
    ("Ils sont rejoints par le business angel Paul Girard, fondateur de Lumio.", {"Paul Girard"}),
    ("Le tour est mené par Vauclair, aux côtés d'eStart et de ses investisseurs historiques Noria et Selva.",
     {"Vauclair", "eStart", "Noria", "Selva"}),
    ("La start-up a obtenu un prêt accordé par Bpifrance dans le cadre du plan France 2030.", {"Bpifrance"}),
    ("Avec la participation d'Investissement Québec et du Fonds de solidarité FTQ.",
     {"Investissement Québec", "Fonds de solidarité FTQ"}),
    # An apostrophe between capitals stays inside the name.
    ("Avec la participation de Noria et de l'agence régionale AR'INNO.", {"Noria", "AR'INNO"}),
    # Names with "de la" / "de l'" after an institution's head noun.
    ("Le tour est mené par Noria, aux côtés de la Région Provence-Alpes-Côte d'Azur et de la Caisse de l'Épargne Alpine.",
     {"Noria", "Région Provence-Alpes-Côte d'Azur", "Caisse de l'Épargne Alpine"}),
    ("Le tour est bouclé aux côtés de la Région Hauts de la Seine.", {"Région Hauts de la Seine"}),
    # A role apposition ends the first item; "et de" opens the next.
    ("La levée a été réalisée auprès de Selva Partners, chef de file, et de Brume Invest.",
     {"Selva Partners", "Brume Invest"}),
    # The preposition of the cue repeated before the next item.
    ("Le tour est mené par Orion, rejoint par le fonds Tamaris et par Ostra, via son fonds Vert.",
     {"Orion", "Tamaris", "Ostra"}),
    # A funder in a relative after an apposition.
    ("Elle a été retenue par le Fonds Horizon, le programme de la Commission, qui lui attribue une subvention.",
     {"Fonds Horizon"}),
    # Joined later in the sentence, and "dont" after such a list.
    (("Le tour est mené par Orion, auquel se sont joints Ostra et plusieurs industriels du secteur, "
     "dont le transporteur Maritima."), {"Orion", "Ostra", "Maritima"}),
    ("Noria, déjà présente au capital depuis 2021, a également suivi.", {"Noria"}),
    # Institutions named by head noun and adjective; an adverbial before the subject.
    ("En parallèle, la Banque européenne d'investissement (BEI) accorde à la société un prêt.",
     {"Banque européenne d'investissement"}),
    ("Le Fonds européen d'investissement participe au tour.", {"Fonds européen d'investissement"}),
    ("Avec le soutien de l'Agence nationale de la recherche.", {"Agence nationale de la recherche"}),
    ("De son côté, Noria participe au tour.", {"Noria"}),
    # The letter of a round is no name.
    (("Elle avait levé 2 millions auprès de Noria et d'une dizaine de business angels, puis 9 millions "
     "lors d'une série A menée par Ostra."), {"Noria", "Ostra"}),
    ("Elle avait levé 2 millions auprès de Noria, puis 9 millions lors d'une série A menée par Ostra.",
     {"Noria", "Ostra"}),
    # Followed by others, accompanied by the historical investors.
    (("Le fonds Orion prend la tête de l'opération, suivi par la Région Normandie, via son agence BDI, "
      "et par la Banque Populaire du Nord, qui investit via sa filiale Nord Capital."),
     {"Orion", "Région Normandie", "Banque Populaire du Nord"}),
    ("Le fonds Orion a mené l'opération, accompagné des investisseurs historiques de la société, Selva et Noria.",
     {"Orion", "Selva", "Noria"}),
    ("Elle a décroché une subvention de 50 000 euros attribuée par Bpifrance.", {"Bpifrance"}),
    # The company won them over; business angels with their appositions.
    (("Elle a convaincu Kestrel Ventures et l'incubateur Hublot, ainsi que plusieurs business angels, dont "
      "Paul Girard, fondateur de la fintech Lumio, et Anne Morel, ancienne directrice de Tilia."),
     {"Kestrel Ventures", "Hublot", "Paul Girard", "Anne Morel"}),
    # The round as a relative before its verb; a parent investing through a subsidiary.
    (("Orion a mené l'opération, à laquelle participent également le fonds Selva et le Crédit Mutuel "
      "de Bretagne, via sa filiale Bretagne Capital."), {"Orion", "Selva", "Crédit Mutuel de Bretagne"}),
    # Money collected from them; a fund name opening on a number.
    (("La start-up récolte également l'argent de 360 Capital et de plusieurs business angels, parmi "
      "lesquels Jeanne Caron."), {"360 Capital", "Jeanne Caron"}),
    ("Elle a levé 3 millions d'euros en 2021 auprès de Noria.", {"Noria"}),
    # A ticket of the round, the rest brought by others.
    (("Le fonds Selva signe un ticket de 3 millions, le solde étant apporté par les actionnaires "
      "historiques Noria et Tilia Capital."), {"Selva", "Noria", "Tilia Capital"}),
    ("Le fonds Orion est le chef de file du tour d'amorçage annoncé par Vorta.", {"Orion"}),
    # Let into the company's capital.
    (("La société toulousaine Vorta fait entrer Orion Corporate Ventures à son capital dans le cadre "
      "d'un tour de croissance."), {"Orion Corporate Ventures"}),
    ("La start-up lyonnaise Brisk accueille le groupe Tilia à son capital.", {"Tilia"}),
    ("Vorta a ouvert son capital au fonds Selva et à Noria.", {"Selva", "Noria"}),
    # The round as the subject of the verb that names its investors.
    ("Le tour de table, piloté par le fonds Orion, réunit également la Banque des Territoires et la Région Normandie.",
     {"Orion", "Banque des Territoires", "Région Normandie"}),
    # A cantonal bank keeps its adjective and its canton.
    ("Le tour est mené par la Banque cantonale de Fribourg.", {"Banque cantonale de Fribourg"}),
])
def test_lists_of_investors(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "La plateforme travaille avec plus de 200 clubs, dont Lorient, Brest et Nantes.",
    "Plus de 300 entreprises utilisent son logiciel, parmi lesquelles Carrel, Duvo et Best Mart.",
    "Partech et Piton Capital ont cédé une partie de leurs actions aux nouveaux entrants.",
    "La banque d'affaires Lazard a conseillé la société dans cette opération.",
    "Portal et Iroise ont accompagné l'introduction en tant que chefs de file et teneurs de livre associés.",
    "La banque Helvet & Co a accompagné la société dans cette levée.",
    "Le docteur Marie Rivière a participé à l'étude clinique.",
    "Paul Girard prend la tête de la filiale américaine.",
    "La plateforme accueille chaque mois Paul Girard et des millions de visiteurs.",
    "La conférence réunit Paul Girard et Anne Morel.",
    # Verb forms used as nouns or reflexives.
    "Son président, Paul Girard, indique que la demande de mise sur le marché sera déposée en 2027.",
    "L'opération s'accompagne d'une hausse des effectifs chez Noria.",
])
def test_not_investors(text):
    assert _names(text) == set()


@pytest.mark.parametrize("text, name, lead, existing", [
    ("La Série B est menée par Orion Capital.", "Orion Capital", True, False),
    ("Le tour est co-mené par Orion et Tamaris.", "Tamaris", True, False),
    ("Une Série A sous la houlette du fonds Lux Maris.", "Lux Maris", True, False),
    ("Tamaris mène l'opération, aux côtés de Noria, déjà actionnaire.", "Tamaris", True, False),
    ("Tamaris mène l'opération, aux côtés de Noria, déjà actionnaire.", "Noria", False, True),
    ("Elle a levé 5 millions auprès de Selva, qui mène le tour, et d'Alder.", "Selva", True, False),
    ("Chez Selva, qui mène le tour, on parie sur la croissance.", "Selva", True, False),
    ("Ses investisseurs historiques Alder et Birchwood participent.", "Birchwood", False, True),
    ("Alder et Birchwood, déjà présents au capital, suivent.", "Alder", False, True),
    ("Le tour est emmené par Noria et Selva, déjà actionnaire depuis 2019.", "Noria", True, False),
    ("Le tour est emmené par Noria et Selva, déjà actionnaire depuis 2019.", "Selva", True, True),
    ("Bpifrance, qui renouvelle sa confiance, participe aussi.", "Bpifrance", False, True),
    ("Plusieurs actionnaires existants, dont Alder et Noria, ont participé.", "Noria", False, True),
    ("Le fonds Selva fait son entrée.", "Selva", False, False),
    ("Le fonds américain Orion prend la tête du tour, avec la participation de Selva.", "Orion", True, False),
    ("Le fonds américain Orion prend la tête du tour, avec la participation de Selva.", "Selva", False, False),
    ("Noria est le chef de file de l'opération.", "Noria", True, False),
    ("Le tour de table, piloté par Orion, réunit également la Région Normandie.", "Région Normandie", False, False),
    ("Le tour est mené par Orion, suivi par Selva et par Noria.", "Noria", False, False),
    ("Orion a mené l'opération, accompagné des investisseurs historiques Selva et Noria.", "Noria", False, True),
])
def test_lead_and_existing(text, name, lead, existing):
    assert _flags(text)[name] == (lead, existing)


@pytest.mark.parametrize("name, context, person, expected", [
    ("Bpifrance", "", False, "public"),
    ("BEI", "", False, "public"),
    ("Région Occitanie", "", False, "public"),
    ("Orion Capital", "", False, "fund"),
    ("Kestrel Ventures", "", False, "fund"),
    ("Selva", "le fonds américain", False, "fund"),
    ("Alto", "le groupe industriel", False, "corporate"),
    ("Paul Girard", "le business angel", False, "individual"),
    ("Marie Dupuis", "", True, "individual"),
    # No cue at all: funds are by far the most frequent investors in startup press.
    ("Zorvex", "", False, "fund"),
    ("Tarvo Global", "", False, "fund"),
    # One word tagged as a person by NER is no person without a given name.
    ("Selvane", "", True, "fund"),
    # Given name and surname.
    ("Claire Vautrin", "", False, "individual"),
    ("Jean-Marc Oberlin", "", False, "individual"),
    # A company's venture arm, a fund called a group, a bank.
    ("Orvane Corporate Ventures", "", False, "corporate"),
    ("Tamaris Investment Group", "", False, "fund"),
    ("Crédit Mutuel de Bretagne", "", False, "corporate"),
    ("Kestrel Innovation Banking", "", False, "corporate"),
    # Programmes and arms of public funders.
    ("EIC Accelerator", "", False, "public"),
    ("BDC Capital", "", False, "public"),
    # Descriptors and appositions.
    ("Hublot", "l'incubateur", False, "fund"),
    ("Vergers du Ried", "la coopérative agricole", True, "corporate"),
    ("Orvo", "l'agence régionale", False, "public"),
])
def test_investor_kind(name, context, person, expected):
    assert investor_kind(name, context, person) == expected


@pytest.mark.parametrize("text, name, expected", [
    # The descriptor before the name wins over its apposition.
    ("Ils sont rejoints par le business angel Luc Garnier, fondateur d'un groupe de BTP.", "Luc Garnier",
     "individual"),
    ("Le tour est mené par Alvo, le bancassureur belge.", "Alvo", "corporate"),
    # What the list hangs on, and what a colon announces.
    ("L'opération associe plusieurs partenaires stratégiques dont Orvane, Tilia et Brume.", "Tilia", "corporate"),
    (("Plusieurs investisseurs déjà engagés confirment leur soutien à l'entreprise, parmi lesquels "
      "Noria et Selva."), "Selva", "fund"),
    ("Le tour réunit des groupes technologiques : Orvane, Tilia et Brume y participent.", "Brume", "corporate"),
    # A complement names something else: "de la société" is the company.
    ("Selva participe, tout comme les actionnaires historiques de la société, Noria et Alder.", "Alder", "fund"),
    # A name after "et" in a list is not described by a following unnamed item.
    ("Elle avait levé 2 millions auprès de Noria et de plusieurs entrepreneurs du numérique.", "Noria", "fund"),
])
def test_investor_kind_in_sentences(text, name, expected):
    [found] = [f for f in find_investors(text) if f.name == name]
    assert investor_kind(found.name, found.context, False, found.apposition, found.group) == expected


@pytest.mark.parametrize("text, expected", [
    (" de Bpifrance, au titre de l'aide à l'innovation", ["Bpifrance"]),
    (" de la Région Bretagne.", ["Région Bretagne"]),
    (" pour recruter", []),
])
def test_funder_after_amount(text, expected):
    assert [f.name for f in investors_after_amount(text)] == expected


def test_apposition_is_not_a_name():
    found = parse_list("Xavier Lenoir, fondateur de Freebox, et Anne Morel, cofondatrice de Tilia et d'eLab.")
    assert [f.name for f in found] == ["Xavier Lenoir", "Anne Morel"]


@pytest.mark.parametrize("text, kind, name", [
    ("La néobanque des PME Qinto a ", "name", "Qinto"),
    ("Mirval, l'éditeur français de logiciels, a ", "name", "Mirval"),
    ("Il y a un an, en mars, Sorlo avait ", "name", "Sorlo"),
    ("La société, qui emploie 40 personnes, a ", "anaphor", None),
    ("Elle a ", "anaphor", None),
    ("Les start-up françaises ont ", "generic", None),
    ("une start-up qui ", "generic", None),
    ("Le cofondateur de Qinto a ", "anaphor", None),
    ("Vorta, fondée à Lille en 2019 par Anne Morel et Paul Girard, annonce ", "name", "Vorta"),
    ("En 2021, la start-up Sorlo, qui vend des vélos, a ", "name", "Sorlo"),
    # A rubric or a dateline before a spaced dash is not part of the name.
    ("INVESTISSEMENT - Ardelo ", "name", "Ardelo"),
    ("NANTES — La start-up Brivo a ", "name", "Brivo"),
    # A name right after "de" is the company's place or owner, not the company.
    ("La jeune pousse de Haute-Savoie a ", "anaphor", None),
    ("La filiale de Corvane a ", "anaphor", None),
    ("Le spécialiste de la recharge électrique Brivo a ", "name", "Brivo"),
    # Insets and success verbs between the subject and its raise verb.
    ("Quilda, une plateforme de soins, a de son côté ", "name", "Quilda"),
    ("Orvane a pour sa part ", "name", "Orvane"),
    ("Au total, Tarsio, active dans les capteurs, a réussi à ", "name", "Tarsio"),
    ("Les start-up du secteur ont de leur côté ", "generic", None),
    # An apposition before a relative clause is skipped like any other.
    ("la levée de la société Kalima, spécialisée dans les capteurs, qui est parvenue à ", "name", "Kalima"),
    ("Les jeunes pousses, qui ", "generic", None),
    # A person introduced with the company they lead: the relative's money is the company's.
    ("Paul Roy, cofondateur de la firme Norial, qui a « ", "name", "Norial"),
    ("Selon Anne Morel, la présidente d'Orbo, qui ", "name", "Orbo"),
    ("Paul Roy, qui ", "name", "Paul Roy"),
    # A market as subject.
    ("L'écosystème a donc ", "generic", None),
    ("En mai, la French Tech a ", "generic", None),
    ("Le spécialiste du secteur Orbo a ", "name", "Orbo"),
])
def test_subject_of_raise_verb(text, kind, name):
    subject = subject_of(text)
    assert (subject.kind, subject.name) == (kind, name)


@pytest.mark.parametrize("text, expected", [
    ("Swilo. La carte titre-restaurant a levé 20 millions.", "Swilo"),
    ("■ Brindo : 800 k€ en pré-amorçage", "Brindo"),
    ("Le reflux se confirme. Les montants baissent.", None),
    ("▸ Orbo – 4 M€", "Orbo"),
    # Rubrics open paragraphs too; they name no company.
    ("ENQUÊTE – La jeune pousse a levé 2 millions d'euros.", None),
    ("Exclusif : la start-up boucle un tour.", None),
])
def test_paragraph_label(text, expected):
    assert paragraph_label(text) == expected


# Words after a funder's amount: "Le fonds X injecte 5 millions d'euros [dans Y]".
@pytest.mark.parametrize("text, kind, name", [
    (" dans Brisk pour accélérer.", "name", "Brisk"),
    (" dans la start-up lyonnaise Brisk.", "name", "Brisk"),
    (" au capital de Brisk.", "name", "Brisk"),
    (" dans la jeune pousse nantaise.", "anaphor", None),
    (" dans sa nouvelle usine.", "generic", None),
    (" sur Brisk.", "name", "Brisk"),
    (" dans la medtech lyonnaise.", "anaphor", None),
    (" dans la construction de son usine.", "generic", None),
    (", aux côtés de Noria.", "anaphor", None),
])
def test_recipient_of_funder_money(text, kind, name):
    subject = recipient_of(text)
    assert (subject.kind, subject.name) == (kind, name)


def test_a_sentence_naming_nobody_has_no_investor():
    # Only the first word is capitalised: no name, so the list stages are not run.
    assert find_investors("Elle a levé des fonds auprès de ses investisseurs historiques.") == []
    assert [f.name for f in find_investors("Elle a levé des fonds auprès de Selva.")] == ["Selva"]
