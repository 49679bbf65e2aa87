"""Round kinds written in the many ways the press writes them, each class with variants
and near-misses it must not catch. Invented sentences, invented names."""

import pytest

from extractor.round_types import find_round_mentions


def _kinds(text: str) -> list[str]:
    return [m.round_type for m in find_round_mentions(text)]


@pytest.mark.parametrize(
    "text, kind",
    [
        # Pre-seed and seed without accent, hyphen or with an English noun after.
        ("Vexo lève 500 000 euros en pre seed.", "pre_seed"),
        ("Vexo lève 500 000 euros en préamorçage.", "pre_seed"),
        ("Vexo boucle un tour de pré-seed de 400 000 euros.", "pre_seed"),
        ("Norial a bouclé un pre-seed round auprès de Selva Ventures.", "pre_seed"),
        ("Orbo annonce un tour d'amorcage de 2 millions.", "seed"),
        ("Orbo a réalisé une levée de fonds seed de 3 millions.", "seed"),
        ("Les 3 millions du seed round de Kalima-2 financent le recrutement.", "seed"),
        ("Orbo a clôturé son tour de table seed.", "seed"),
        # Series with a sub-round digit or a hyphen.
        ("Vexo a levé 12 millions en série A1.", "series_a"),
        ("Vexo a levé 12 millions en Series B-2.", "series_b"),
        ("Vexo a levé 12 millions en Série-A.", "series_a"),
        ("Vexo a levé 12 millions lors d'un round C.", "series_c"),
        ("Norial 3D boucle son tour B de 20 millions.", "series_b"),
        # A series extended is a bridge.
        ("Vexo a levé 5 millions lors d'une série A étendue.", "bridge"),
        ("Vexo annonce une Series B extension de 8 millions.", "bridge"),
        ("Vexo annonce une série A-extension de 8 millions.", "bridge"),
        ("Vexo boucle une série A+ de 6 millions.", "bridge"),
        # Growth wording after a French round noun.
        ("Selva boucle un tour de table growth de 200 millions.", "growth"),
        ("Selva annonce une levée growth.", "growth"),
        # Listings: a listing word and a market, or the reflexive verb and a date.
        ("Kalima a levé 80 millions lors de son introduction sur le marché Euronext Growth.", "ipo"),
        ("Kalima a levé 80 millions lors de son introduction à la Bourse de Paris.", "ipo"),
        ("Kalima, qui s'est introduite en Bourse mardi, a levé 80 millions.", "ipo"),
        ("Kalima a levé 80 millions en s'introduisant en Bourse.", "ipo"),
        ("Kalima s'est introduite le 3 juin et a levé 20 millions.", "ipo"),
        ("Les sociétés Orbo et Vexo se sont introduites sur le Nasdaq.", "ipo"),
        ("Kalima a réussi ses débuts en Bourse.", "ipo"),
        ("Kalima a levé 50 millions lors de son premier appel public à l'épargne.", "ipo"),
        # Loans and bonds.
        ("La BEI a accordé à Orbo un crédit de 25 millions.", "debt"),
        ("Orbo obtient un nouveau crédit de 4 millions.", "debt"),
        ("Orbo signe une facilité de crédit de 30 millions.", "debt"),
        ("Orbo a obtenu 10 millions sous forme de prêts.", "debt"),
        ("Orbo a levé 10 millions via une émission obligataire.", "debt"),
        ("Orbo a émis une Ocabsa de 6 millions souscrite par Selva.", "debt"),
        ("Orbo a émis des OCEANE pour 10 millions.", "debt"),
        ("Orbo a obtenu un financement bancaire de 3 millions.", "debt"),
        # Public aid.
        ("Développement Nord accorde à Vexo une aide de 125 000 $.", "grant"),
        ("Cette aide de près de 2 millions financera le prototype.", "grant"),
    ],
)
def test_round_kind_variants(text, kind):
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: a building, a tax credit, consumer credit, finance's credit sector,
        # a balance sheet's net debt, help that is no money, an intrusion, a listed
        # company's market, a market news item.
        "La tour B du campus accueille Vexo.",
        "Vexo bénéficie du crédit d'impôt recherche.",
        "Les start-up du crédit et du paiement séduisent les fonds.",
        "Le crédit à la consommation recule.",
        "Vexo affiche une dette nette de 0,5 million.",
        "Vexo a grandi avec l'aide de ses associés.",
        # Public aid in general, without an amount of its own, is no grant round.
        "Vexo vit en partie de l'aide publique.",
        "Un voleur s'est introduit dans les locaux de Vexo.",
        "Son entrée sur le marché américain est prévue.",
        "La Bourse de Paris a ouvert en hausse.",
        "Le public a fait un tour à Lille.",
    ],
)
def test_round_kind_near_misses(text):
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Debt that is a part of the money told: the round has no single kind.
        "Vexo a levé 10 millions, dont la moitié sous forme de dette.",
        "Vexo lève 8 millions en capital et en dette auprès de Selva.",
        "Vexo a levé 8 millions en dette et en fonds propres.",
        "Une partie du montant prend la forme d'un prêt de la BEI.",
        "La moitié provient d'un emprunt bancaire.",
    ],
)
def test_debt_as_part_of_a_round_names_no_kind(text):
    assert "debt" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: a relative clause or an aside before the loan is no partition.
        "Vexo, dont le siège est à Lille, a obtenu un prêt de 5 millions.",
        "Selva, pour sa part, accorde un prêt de 2 millions à Vexo.",
    ],
)
def test_debt_with_an_aside_before_is_still_debt(text):
    assert "debt" in _kinds(text)


def _rounds(extractor, text):
    return [(r.company, r.round_type, r.amount.value if r.amount else None)
            for r in extractor.extract(text).funding_rounds]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The kind told in the sentence just before the amount, in the same paragraph.
        ("Vexo a annoncé mardi avoir finalisé sa série B. La start-up lilloise a levé "
         "40 millions d'euros auprès de Selva Partners.", ("Vexo", "series_b", 40e6)),
        ("Norial-2 boucle sa série C. La société a obtenu 90 millions d'euros auprès de Selva Partners.",
         ("Norial-2", "series_c", 90e6)),
        ("Kalima finalise son tour d'amorçage. Elle a réuni 2 millions d'euros auprès d'Orbo Capital.",
         ("Kalima", "seed", 2e6)),
        ("Vexo s'est introduite à la Bourse de Paris vendredi. Elle a levé 30 millions d'euros.",
         ("Vexo", "ipo", 30e6)),
    ],
)
def test_kind_told_in_the_sentence_before_the_amount(extractor, text, expected):
    assert _rounds(extractor, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: an earlier round (pluperfect), the market's rounds (plural).
        "Vexo a levé 10 millions d'euros auprès de Selva Partners. Sa série A avait été bouclée en 2021.",
        "Vexo a levé 10 millions d'euros auprès de Selva Partners. La file des IPO attendues à Wall Street s'allonge.",
        "Les séries B se multiplient. Vexo a levé 10 millions d'euros auprès de Selva Partners.",
    ],
)
def test_kinds_of_other_rounds_do_not_name_the_round(extractor, text):
    [(company, kind, value)] = _rounds(extractor, text)
    assert (company, kind, value) == ("Vexo", "unspecified", 10e6)


@pytest.mark.parametrize(
    "text",
    [
        # The start of a listing, without the market named.
        "Kalima a levé 30 millions, le 2 mai, au début de sa cotation.",
        "Orbo et Vexo ont démarré leur cotation en mars.",
        "Vexo démarre sa cotation lundi.",
    ],
)
def test_start_of_a_listing_is_an_ipo(text):
    assert "ipo" in _kinds(text)


def test_partly_financed_by_a_grant_is_still_a_grant():
    # "en partie" is an adverb; "une partie" would make the grant a part of the money.
    assert _kinds("Vexo, en partie financée par Bpifrance via une Bourse French Tech, recrute.") == ["grant"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A grant or a loan received, with no amount: still a round of that kind.
        ("La start-up Vexo a bénéficié d'une subvention de la Région Bretagne.", ("Vexo", "grant")),
        ("Norial a décroché un prêt d'honneur auprès d'Initiative Lille.", ("Norial", "debt")),
        ("Kalima-3 obtient une aide à l'innovation de Bpifrance.", ("Kalima-3", "grant")),
        ("Orbo avait reçu une avance remboursable de la région.", ("Orbo", "grant")),
    ],
)
def test_aid_received_without_amount_is_a_round(extractor, text, expected):
    assert [(company, kind) for company, kind, _ in _rounds(extractor, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: aid of a whole market, aid only planned.
        "Les start-up ont obtenu des subventions record cette année.",
        "Vexo a obtenu l'agrément de l'Etat, et prépare une subvention.",
    ],
)
def test_no_round_from_other_aid(extractor, text):
    assert _rounds(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A debt paid back with the money raised is not the kind of the round.
        "Vexo a levé 10 millions d'euros pour rembourser sa dette.",
        "Vexo a levé 10 millions afin de réduire sa dette bancaire.",
        "Les fonds serviront au remboursement d'un prêt.",
        "Norial-2 a remboursé son prêt garanti par l'État.",
        "La levée doit permettre de refinancer ses emprunts obligataires.",
    ],
)
def test_debt_paid_back_names_no_kind(text):
    assert "debt" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: the loan obtained, repaid later.
        "Vexo a obtenu un prêt de 3 millions, à rembourser sur cinq ans.",
        "Selva accorde à Vexo un prêt remboursable en 2030.",
    ],
)
def test_debt_obtained_is_still_debt(text):
    assert "debt" in _kinds(text)


def test_aid_received_beside_a_round_with_an_amount_is_background(extractor):
    text = ("Vexo a levé 4 millions d'euros auprès de Selva Partners. La start-up avait "
            "bénéficié d'une subvention de la région à sa création.")
    assert [(c, k) for c, k, _ in _rounds(extractor, text)] == [("Vexo", "unspecified")]


def test_a_kind_merely_named_before_the_amount_is_not_the_round_s(extractor):
    text = ("Le marché des séries B reste tendu pour Vexo. La start-up a levé 4 millions d'euros "
            "auprès de Selva Partners.")
    assert [k for _, k, _ in _rounds(extractor, text)] == ["unspecified"]
