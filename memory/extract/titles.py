"""A role from how a title is built, not from a closed list of titles.

- Morphology: a title's head says the kind of job (理货员, 导购员 → -员 a clerk; 柜组长 → -长 who runs it;
  中医师 → -医师 a doctor), and a word inside it can name the job whatever the head (采购员, 药剂员,
  财务主管). Heads, job words and the words that only look like titles (会员, 家长) are lexicon data.
- Descriptions: what a person does, said before them with 的 (管进货的小李, 收银的大姐, 坐诊的老中医),
  names their role; 管/负责 may lead it.
"""

from __future__ import annotations

import re

from memory.extract.lexicon import Lexicon, alternatives

_HAN = r"[\u4e00-\u9fff]"


class TitleReader:
    def __init__(self, lexicon: Lexicon) -> None:
        self.heads: dict[str, str] = dict(lexicon.data["title_heads"])
        self.job_words = {w: role for role, words in lexicon.groups("job_words").items() for w in words}
        self.not_titles = tuple(lexicon.words("not_titles"))
        heads = alternatives(list(self.heads))
        self._morph = re.compile(rf"(?P<m>{_HAN}{{0,3}}?)(?P<h>{heads})$")
        jobs = alternatives(list(self.job_words))
        # 采购办的, 财务室的: the office of a job is said like the job
        self._described = re.compile(
            rf"(?:管|负责|专门|专管|帮着)?(?P<j>{jobs})(?:科|部|室|办|组|处|股)?(?P<de>的|那个|的那个|的那位)?$"
        )
        self._job_inside = re.compile(jobs)
        # 小谢在收银, 张姐管账, 阿明负责进货: what someone named does, said right after the name
        self._doing = re.compile(
            rf"^(?:也|还|就)?(?:(?:在|负责|专门|专管|管着?|帮着)(?P<j>{jobs})|(?P<k>管{_HAN}))"
        )
        # 进货归阿明管, 进货是老板娘管: a job handed to someone named just after
        self._handed = re.compile(rf"(?P<j>{jobs})(?:归|是|由|交给)[^\s,,。;;]{{0,4}}$")

    def built(self, head: str) -> str | None:
        """The role of a title ending `head`, by its morphology (理货员 → clerk), or None."""
        found = self._morph.search(head)
        if found is None or found.group(0).endswith(self.not_titles):
            return None
        inside = self._job_inside.search(found.group("m"))
        return self.job_words[inside.group(0)] if inside else self.heads[found.group("h")]

    def described(self, head: str) -> str | None:
        """The role a description ending `head` gives (管进货的 → purchaser), or None."""
        found = self._described.search(head)
        if found is None:
            return None
        # 库管老周 with no 的 only where the words start (说要货小王 is no storekeeper's name)
        if (
            found.group("de") is None
            and found.start() > 0
            and not re.match(r"[\s,,。的]", head[found.start() - 1])
        ):
            return None
        return self.job_words[found.group("j")]

    def is_job(self, word: str) -> bool:
        """A title that is also what someone does (采购, 收银): 管采购的 describes, it names nobody."""
        return word in self.job_words

    def doing(self, before: str, after: str) -> str | None:
        """The role of what a person does, said right after the name (小谢在收银, 张姐管账) or handed to
        them (进货归阿明管), or None."""
        found = self._doing.match(after)
        if found is not None:
            word = found.group("j") or found.group("k")
            return self.job_words.get(word)
        handed = self._handed.search(before)
        if handed is not None and after.startswith("管"):
            return self.job_words[handed.group("j")]
        return None
