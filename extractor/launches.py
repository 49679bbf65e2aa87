"""AI model launches: which model, by whom, open weights or not.

Sets ``doc._.model_launches``: a list of dicts {"name", "organization",
"open_weights", "evidence": [[start, end], ...]}.
"""

from spacy.language import Language
from spacy.tokens import Doc


class LaunchExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.model_launches = []  # Scaffold: filled by the launches work.
        return doc


@Language.factory("fr_model_launches", assigns=["doc._.model_launches"])
def make_launch_extractor(nlp: Language, name: str) -> LaunchExtractor:
    return LaunchExtractor()
