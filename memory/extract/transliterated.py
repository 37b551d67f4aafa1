"""Names of no Han surname written in Chinese characters by their sound (吐尔逊江, 阿依古丽, 巴特尔, 扎西):
the names of Uyghur, Kazakh, Mongolian, Tibetan or Hui people, read by how they are written, not from a
list of names.

Such a name is spelled from the syllables of a transliteration table (`transliteration_characters`,
lexicon data), a closed set of a few hundred characters; a run of them is a name only where the sentence
puts a person there:
- before a title or a kin word (买买提主任, 努尔兰院长, 阿依古丽姐): the run ending at the title;
- after a title or a family word (院长吐尔逊江不在, 财务热依拉打电话, 他老婆古丽娜尔说): the run starting
  there, up to the first character of what is said of the person (不在, 说, 打电话…): characters of the
  table that end no name (`given_name_stops`: 不, 都, 在…) are cut off its end;
- two characters after a title only before a word of speaking (老板亚森说): two sounds are as often a
  word of the sentence.
A name read once is the same person wherever the note writes it again (哈力木别克在, 古再丽努尔说).
A three-character name opening on a common Han surname is a Han-style name (马哈吉 of the Hui), whose
surname the contact finder reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from memory.extract.lexicon import Lexicon, alternatives

_MIN_RUN = 2  # one sound is a syllable of a word, never a whole name
_MAX_RUN = 7  # 阿不都热依木 has six


@dataclass(frozen=True)
class SoundName:
    name: str  # the name, without a title
    span: int  # where the words for the person start: a title said right before the name names them too
    start: int
    end: int  # after the name, or after the title that follows it
    title: str | None  # the title or kin word right after the name
    anchored: bool  # read beside a title or a family word, not only as a repeat of one


class TransliteratedNames:
    def __init__(self, lexicon: Lexicon, after: Sequence[str], before: Sequence[str]) -> None:
        """`after`: the titles and kin words that may follow a name (主任, 姐); `before`: the titles and
        family words that may stand before one (院长, 老婆). Kin words that open everyday words too (老 of
        阿拉老朋友) follow no name here."""
        self.after = set(after)
        after = [word for word in after if word not in lexicon.words("titled_only_not_kin")]
        sounds = "".join(dict.fromkeys("".join(lexicon.words("transliteration_characters"))))
        self.sounds = set(sounds)
        self.stops = set("".join(lexicon.words("given_name_stops")))
        speaking = alternatives(lexicon.words("given_name_verbs"))
        run = rf"[{re.escape(sounds)}]{{{_MIN_RUN},{_MAX_RUN}}}"
        self._before_title = re.compile(
            rf"(?<![{re.escape(sounds)}])(?P<n>{run})(?P<t>{alternatives(after)})"
        )
        self._after_title = re.compile(rf"(?P<b>{alternatives(before)})(?P<n>{run})")
        self._speaking = re.compile(rf"^(?:{speaking})")

    def find(self, text: str) -> Iterator[SoundName]:
        """Every name read beside a title, then every other place the note writes one of them."""
        found: list[SoundName] = []
        for match in self._before_title.finditer(text):
            name, start = match.group("n"), match.start("n")
            if text[start + 1 : match.end()] in self.after:
                continue  # 林阿伯: a surname and a kin word, the Han reading's
            found.append(SoundName(name, start, start, match.end(), match.group("t"), True))
        for match in self._after_title.finditer(text):
            name = self._trimmed(match.group("n"))
            end = match.start("n") + len(name)
            if len(name) > _MIN_RUN or (len(name) == _MIN_RUN and self._speaking.match(text[end:])):
                found.append(SoundName(name, match.start(), match.start("n"), end, None, True))
        yield from found
        for name in dict.fromkeys(f.name for f in found):
            for match in re.finditer(re.escape(name), text):
                if not any(f.span <= match.start() < f.end for f in found):
                    yield SoundName(name, match.start(), match.start(), match.end(), None, False)

    def _trimmed(self, run: str) -> str:
        """The run up to where what is said of the person starts: the stop characters at its end cut off
        (吐尔逊江不 → 吐尔逊江)."""
        while run and run[-1] in self.stops:
            run = run[:-1]
        return run
