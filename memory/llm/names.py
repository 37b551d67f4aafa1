"""Names a model writes, resolved against master data and checked against the note.

A name is resolved when it reads as one catalog entry or account (its canonical name or an alias,
exactly or by sound); it matches the note when the note mentions that entry (by an alias, exactly
or by sound). An account name the rules could not match (黄角卫生院 for 黄桷卫生院, a misspelling no
alias covers) is the model's known account when both end in the same kind of place and their
distinctive parts share half their characters.
"""

from __future__ import annotations

from collections import defaultdict

from memory.extract.gazetteer import Entity, Gazetteer
from memory.extract.text import normalize
from memory.llm.grounding import Grounds


def key(entity: Entity) -> tuple[str, int]:
    return (entity.kind, entity.id)


class Names:
    def __init__(self, gazetteer: Gazetteer, suffixes: list[str]) -> None:
        self.gazetteer = gazetteer
        self.suffixes = sorted(suffixes, key=len, reverse=True)
        self.aliases: dict[tuple[str, int], list[str]] = defaultdict(list)
        for alias, owners in gazetteer.aliases.items():
            for index in owners:
                entity = gazetteer.entities[index]
                self.aliases[(entity.kind, entity.id)].append(alias)
        self._resolved: dict[tuple[str, str], Entity | None] = {}  # models repeat names; finding costs ms
        self._mentioned: tuple[str, set[tuple[str, int]]] = ("", set())

    def resolve(self, name: str | None, kind: str) -> Entity | None:
        """The one entry of this kind the whole name stands for, or None."""
        text = normalize(name or "")
        if (text, kind) not in self._resolved:
            self._resolved[(text, kind)] = self._resolve(text, kind) if text else None
        return self._resolved[(text, kind)]

    def _resolve(self, text: str, kind: str) -> Entity | None:
        exact = [e for e in self.gazetteer.entities if e.kind == kind and e.name == text]
        exact += (
            [e for e in self.gazetteer.entities_of(text) if e.kind == kind]
            if text in self.gazetteer.aliases
            else []
        )
        if exact:
            return exact[0] if len(set(exact)) == 1 else None
        mentions = [m for m in self.gazetteer.find(text) if any(e.kind == kind for e in m.entities)]
        if len(mentions) != 1 or mentions[0].end - mentions[0].start < len(text) * 0.6:
            return None  # no entry, two entries, or a name that only contains a short alias
        of_kind = [e for e in mentions[0].entities if e.kind == kind]
        return of_kind[0] if len(of_kind) == 1 else None

    def mentioned(self, grounds: Grounds) -> set[tuple[str, int]]:
        """The entries the note itself names (kept for the last note: the prompt and the merge both ask)."""
        if self._mentioned[0] != grounds.text:
            found = {key(e) for m in self.gazetteer.find(grounds.text) for e in m.entities}
            self._mentioned = (grounds.text, found)
        return self._mentioned[1]

    def loosely_same(self, written: str, entity: Entity) -> bool:
        """An account name as written is one of this entity's names, misspelt in its distinctive part."""
        ending = next((s for s in self.suffixes if written.endswith(s) and len(written) > len(s)), None)
        if ending is None:
            return False
        core = written[: -len(ending)]
        for alias in self.aliases[(entity.kind, entity.id)]:
            if alias.endswith(ending) and len(alias) > len(ending):
                theirs = alias[: -len(ending)]
                if len(set(core) & set(theirs)) * 2 >= max(len(core), len(theirs)):
                    return True
        return False
