"""Funding rounds, round 4: rounds that survive a weak link (a company told with a
time inset, a raise verb said once for several companies, a named round owned after
its amount), on invented French sentences."""

import pytest

from extractor.amounts import find_amounts
from extractor.company import antecedent, subject_of
from extractor.round_amounts import ROUND, classify_amount, gapped_item_name


@pytest.mark.parametrize("words, name", [
    # A time adverbial between the subject and its verb is no subject.
    ("Tarvo, l'appli de covoiturage rural, a annoncé jeudi 12 mars avoir ", "Tarvo"),
    ("Anne Lys, la cofondatrice de Tarvo, qui a indiqué, le 4 juin, avoir ", "Tarvo"),
    ("Tarvo a dévoilé cette semaine avoir ", "Tarvo"),
    ("Tarvo, en octobre, a ", "Tarvo"),
    # The complement of a participle in apposition stays one.
    ("Tarvo, créée en mai, a ", "Tarvo"),
    # "au préalable", "par le passé": time adverbs of an earlier round.
    ("Le fabricant de vélos Tarvo avait au préalable ", "Tarvo"),
])
def test_subject_across_time_insets(words, name):
    found = subject_of(words)
    assert found.kind == "name" and found.name == name


@pytest.mark.parametrize("sentence, name", [
    ("Tarvo a empoché 9 millions, la biotech Melkor 4 millions et Aubrane 2 millions.", "Aubrane"),
    ("Tarvo a empoché 9 millions, la biotech Melkor 4 millions et Aubrane 2 millions.", "Melkor"),
    ("Tarvo lève 6 M€ en série A, Pivane 2 M€ en amorçage.", "Pivane"),
])
def test_gapped_coordination_names_each_company(sentence, name):
    figure = {"Aubrane": "2 millions", "Melkor": "4 millions", "Pivane": "2 M€"}[name]
    start = sentence.index(figure)
    found = gapped_item_name(sentence, start)
    assert found is not None and sentence[found[0]:found[1]] == name


@pytest.mark.parametrize("sentence, figure", [
    # No raise verb before: a list of figures, not gapped rounds.
    ("Tarvo compte 9 salariés, Melkor 4 millions d'utilisateurs.", "4 millions"),
    # A part of the round, not another company's.
    ("Tarvo a levé 9 millions, dont Melkor 4 millions.", "4 millions"),
])
def test_no_gapped_name(sentence, figure):
    assert gapped_item_name(sentence, sentence.index(figure)) is None


def test_threshold_over_the_amount_is_no_round():
    sentence = "Les tours de table à moins de un million d'euros se multiplient."
    start = sentence.index("moins")
    assert classify_amount(sentence, start, sentence.index(" se multiplient")) is None


def test_encaisse_is_a_raise_verb():
    sentence = "La medtech Tarvo a encaissé 18 millions auprès de ses actionnaires."
    start = sentence.index("18")
    assert classify_amount(sentence, start, start + len("18 millions")) == ROUND


def test_amount_owned_by_a_name_is_money():
    # "de Tarvo" owns the money; "de Français" counts people.
    owned = find_amounts("la série B de 12 millions de Tarvo")
    assert [a.value for a in owned] == [12_000_000]
    assert find_amounts("2 millions de Français utilisent Tarvo") == []


def test_round_letter_is_no_antecedent():
    assert antecedent("La medtech nantaise a finalisé une série A de ") is None


def _rounds(extractor, text):
    return [(r.company, r.round_type, r.amount.value if r.amount else None)
            for r in extractor.extract(text).funding_rounds]


def test_named_rounds_owned_after_their_amounts(extractor):
    text = ("Bilan de la semaine\nLa semaine a vu la levée de 30 millions d'euros de Tarvo, "
            "la série A de 8 millions de Melkor et l'amorçage de 1 million d'Aubrane.")
    assert _rounds(extractor, text) == [("Tarvo", "unspecified", 30e6), ("Melkor", "series_a", 8e6),
                                        ("Aubrane", "seed", 1e6)]


def test_grant_from_a_named_funder_keeps_the_subject(extractor):
    text = ("Aides\nLa start-up Tarvo a obtenu une subvention de 2 millions d'euros de la Région Bretagne.")
    assert [r[0] for r in _rounds(extractor, text)] == ["Tarvo"]


def test_gapped_round_up(extractor):
    text = ("Semaine\nLe spécialiste des drones Tarvo a encaissé 20 millions d'euros, "
            "l'éditeur de logiciels Melkor 7 millions et Aubrane 3 millions.")
    assert [(c, v) for c, _, v in _rounds(extractor, text)] == [("Tarvo", 20e6), ("Melkor", 7e6), ("Aubrane", 3e6)]


def test_round_kept_when_subject_has_a_date(extractor):
    text = ("Fintech\nTarvo, l'appli de paiement entre voisins, a annoncé mardi 3 mars avoir bouclé "
            "un tour de table de 15 millions d'euros.")
    assert _rounds(extractor, text) == [("Tarvo", "unspecified", 15e6)]


@pytest.mark.parametrize("words, name", [
    # A relative's antecedent is the name right before it, whatever governs the name.
    ("Il en va de même pour Melkor, qui a ", "Melkor"),
    ("C'est l'exemple de Melkor, qui a ", "Melkor"),
    ("comme Melkor, qui a ", "Melkor"),
])
def test_relative_after_a_governed_name(words, name):
    found = subject_of(words)
    assert found.kind == "name" and found.name == name


def test_relative_after_another_nouns_complement_stays_open():
    assert subject_of("Le fonds de Bpifrance, qui a ").kind != "name"


def test_fronted_participle_subject_is_an_antecedent():
    text = "Lancée en 2021 à Rennes par trois chimistes, Melkor vend des capteurs. Son logiciel plaît."
    found = antecedent(text)
    assert found is not None and found.name == "Melkor"


def test_round_that_enables_the_raise(extractor):
    text = ("Santé\nLa medtech Melkor a signé un tour qui lui a permis de lever 20 millions d'euros "
            "auprès de Selva.")
    assert [r[0] for r in _rounds(extractor, text)] == ["Melkor"]
    text = "Santé\nCe tour de table a permis à la medtech Melkor de lever 12 millions d'euros."
    assert [r[0] for r in _rounds(extractor, text)] == ["Melkor"]


def test_non_finite_raise_after_a_predicate(extractor):
    text = ("Europe\nEn Italie, la start-up Melkor reste la mieux financée, après avoir levé "
            "en mars 300 millions d'euros.")
    assert [r[0] for r in _rounds(extractor, text)] == ["Melkor"]


def test_time_between_verb_and_hauteur(extractor):
    text = "Assurance\nLa mutuelle Melkor a levé l'an passé des capitaux à hauteur de 80 millions d'euros."
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [("Melkor", 80e6)]


def test_company_introduced_in_a_fronted_participle_clause(extractor):
    text = ("Voix\nLancée en 2021 à Rennes par trois chimistes, Melkor vend des capteurs.\n"
            "La jeune entreprise a bouclé une série B de 40 millions d'euros.")
    assert _rounds(extractor, text) == [("Melkor", "series_b", 40e6)]


def test_round_nouns_owned_in_a_roundup(extractor):
    text = ("Bilan\nLa fintech Tarvo a levé 8 millions d'euros. Côté énergie, la jolie levée de la start-up "
            "Pivane, qui confirme l'élan du secteur, puis celle de Borel Solaire. Les opérations de "
            "Melkor et Aubrane complètent la semaine.")
    assert [(r[0], r[2]) for r in _rounds(extractor, text)] == [
        ("Tarvo", 8e6), ("Pivane", None), ("Borel Solaire", None), ("Melkor", None), ("Aubrane", None)]


def test_owned_round_noun_alone_is_no_round(extractor):
    # No round told with an amount: "la levée de X" alone is no round-up.
    text = "Analyse\nLa levée de Pivane a surpris les observateurs du secteur."
    assert _rounds(extractor, text) == []


def test_rounds_counted_with_words_between(extractor):
    text = ("Semaine\nTarvo a levé 5 millions d'euros. La chimie totalise deux levées, toutes deux "
            "industrielles (Pivane et Melkor), et la Bretagne en réunit trois, plutôt modestes (Aubrane à "
            "Quimper, Orsel à Vannes et Kerlan à Lorient).")
    names = [r[0] for r in _rounds(extractor, text)]
    assert names == ["Tarvo", "Pivane", "Melkor", "Aubrane", "Orsel", "Kerlan"]


def _amount_kind(sentence, figure):
    start = sentence.index(figure)
    return classify_amount(sentence, start, start + len(figure))


@pytest.mark.parametrize("sentence, figure", [
    # Several rounds added up.
    ("La jeune pousse Tarvo a ainsi levé 900 millions d'euros en trois fois depuis 2021.", "900 millions d'euros"),
    # What a kind of round may reach: an explanation, no round.
    ("Une levée en amorçage peut atteindre 2 millions d'euros.", "2 millions d'euros"),
])
def test_not_a_round(sentence, figure):
    assert _amount_kind(sentence, figure) is None


def test_aid_with_its_giver_before_the_amount(extractor):
    text = ("Aides\nLa ministre a confirmé une aide financière du gouvernement régional de 2 400 000 $ "
            "à l'entreprise Tarvo.")
    assert [r[1] for r in _rounds(extractor, text)] == ["grant"]


def test_market_total_raised_by_its_start_ups(extractor):
    text = "Régions\nLa Normandie avance avec 310 M€ levés par ses start-up sur l'année."
    assert _rounds(extractor, text) == []


def test_investor_ticket_inside_the_round_is_no_round(extractor):
    text = ("IA\nLa société Tarvo annonce une levée de fonds de 650 millions d'euros. Le groupe Selva pilote "
            "cette série B et apporte à lui seul 200 millions d'euros.")
    rounds = extractor.extract(text).funding_rounds
    assert [(r.company, r.round_type, r.amount.value) for r in rounds] == [("Tarvo", "series_b", 650e6)]
    assert "Selva" in [i.name for i in rounds[0].investors]


def test_investor_ticket_told_on_its_own_is_a_deal(extractor):
    text = ("IA\nLa société Tarvo a levé 600 millions d'euros en juin. En février, le groupe Selva a "
            "investi 20 millions d'euros dans Tarvo.")
    assert [r[2] for r in _rounds(extractor, text)] == [600e6, 20e6]


def test_second_name_of_a_complement_is_no_subject():
    found = subject_of("Une start-up fondée par d'anciens chercheurs de Delpha et Kimori a ")
    assert found.kind != "name"


def test_quoted_name_is_a_subject():
    found = subject_of("La société « Tarvo » a ")
    assert found.kind == "name" and found.name == "Tarvo"


def test_rounded_title_figure_is_the_same_round(extractor):
    text = "Tarvo lève 18 M€\nLa start-up rennaise Tarvo a bouclé un tour de table de 18,4 millions d'euros."
    assert _rounds(extractor, text) == [("Tarvo", "unspecified", 18.4e6)]


def test_a_different_figure_is_another_round(extractor):
    text = "Tarvo lève 18 M€\nLa start-up rennaise Tarvo a bouclé un tour de table de 18,7 millions d'euros."
    assert len(_rounds(extractor, text)) == 2


def test_conversion_after_a_currency_adjective(extractor):
    text = "Suisse\nTarvo a levé 9 millions de francs suisses (9,5 millions d'euros) auprès de Selva."
    assert [r[2] for r in _rounds(extractor, text)] == [9e6]


def test_named_round_owner_over_a_funds_clause(extractor):
    text = ("Fonds\nLe fonds Selva, qui vient de boucler un véhicule de 150 millions d'euros, a mené la série A "
            "de 9 millions d'euros de Tarvo.")
    assert _rounds(extractor, text) == [("Tarvo", "series_a", 9e6)]


def test_funder_giving_to_a_pronoun_is_no_company(extractor):
    text = ("Industrie\nTarvo conçoit des drones marins. Pour grandir, elle s'appuie sur la banque Selva, qui lui a "
            "accordé, en avril, un prêt de 20 millions d'euros.")
    rounds = _rounds(extractor, text)
    assert [r[0] for r in rounds] == ["Tarvo"]
