"""Reading review pages back with the standard library's HTML parser (for the tests)."""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Mark:
    attrs: dict[str, str]
    text: str = ""
    parents: list["Mark"] = field(default_factory=list)  # enclosing marks, outermost first

    @property
    def start(self) -> int:
        return int(self.attrs["data-start"])

    @property
    def end(self) -> int:
        return int(self.attrs["data-end"])

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


@dataclass
class Article:
    id: str  # the DOM id of the section
    data_id: str  # the record id, as written in data-id
    text: str = ""  # everything inside its text block, unescaped
    marks: list[Mark] = field(default_factory=list)


class ReviewParser(HTMLParser):
    """Collects articles (their text block and its marks), every element's
    attributes, every DOM id, every link target and the text of every script."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.articles: list[Article] = []
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.scripts: list[str] = []
        self._open_marks: list[Mark] = []
        self._in_text = False
        self._in_script = False

    def handle_starttag(self, tag: str, attr_list) -> None:
        attrs = {k: v or "" for k, v in attr_list}
        self.elements.append((tag, attrs))
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.hrefs.append(attrs["href"])
        if tag == "section" and "article" in attrs.get("class", "").split():
            self.articles.append(Article(attrs.get("id", ""), attrs.get("data-id", "")))
        elif tag == "div" and attrs.get("class") == "text":
            self._in_text = True
        elif tag == "mark" and self._in_text:
            mark = Mark(attrs, parents=list(self._open_marks))
            self.articles[-1].marks.append(mark)
            self._open_marks.append(mark)
        elif tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._in_text:
            self._open_marks.pop()
        elif tag == "div" and self._in_text:
            assert not self._open_marks, "a mark left open at the end of the text"
            self._in_text = False
        elif tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        if self._in_text:
            self.articles[-1].text += data
            for mark in self._open_marks:
                mark.text += data


def parse(page: str) -> ReviewParser:
    parser = ReviewParser()
    parser.feed(page)
    parser.close()
    return parser
