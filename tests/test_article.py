import pytest

from extractor.article import model_text, parse_header


@pytest.mark.parametrize(
    "text, published, body",
    [
        ("date 2024-05-29\nCodestral : Mistral AI dégaine", "2024-05-29", "Codestral : Mistral AI dégaine"),
        (" date 2023-12 Galène reste en tête du peloton", "2023-12", "Galène reste en tête du peloton"),
        ("date 2021-04-13\r\nAlan lève", "2021-04-13", "\r\nAlan lève"),
        ("Date 2022-01\n\nQonto lève", "2022-01", "\nQonto lève"),
        ("Pas d'en-tête ici.", None, "Pas d'en-tête ici."),
        ("date 2023-13 mois impossible", None, "date 2023-13 mois impossible"),
        ("Le date 2023-12 n'est pas en tête", None, "Le date 2023-12 n'est pas en tête"),
        ("", None, ""),
    ],
)
def test_parse_header(text, published, body):
    header = parse_header(text)
    assert header.published == published
    assert text[header.body_start:] == body


def test_model_text_keeps_length_and_offsets():
    text = " date 2023-12 Alan lève 1\u202f500\u00a0000 €"
    header = parse_header(text)
    copy = model_text(text, header)
    assert len(copy) == len(text)
    assert copy.strip().startswith("Alan lève 1 500 000 €")
    assert copy[header.body_start:].replace(" ", "") == text[header.body_start:].replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
