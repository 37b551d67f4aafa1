"""The rep's commitments to an account: closed when a later note reports them kept, or ticked off in chat."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.accounts.access import Scope
from memory.base.dictionary import shared_tokenizer
from memory.base.errors import NotFoundError
from memory.extract.lexicon import Lexicon
from memory.extract.text import Segments, normalize
from memory.schema.models import Commitment, Visit

_CHINESE = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def _terms(text: str, lexicon: Lexicon) -> set[str]:
    """The words that say what was promised (海报, 换货, 扣率), synonyms folded together."""
    canonical = {word: key for key, words in lexicon.data["commitment_synonyms"].items() for word in words}
    filler = set(lexicon.data["commitment_filler"])
    # jieba is loaded here: briefs import this module to mark commitments kept, and never segment
    words = set(shared_tokenizer().lcut_for_search(text)) | {w for w in canonical if w in text}
    return {canonical.get(w, w) for w in words if (_CHINESE.match(w) or w in canonical) and w not in filler}


def kept_in(commitment: str, note: str, lexicon: Lexicon) -> bool:
    """Whether one chunk of the note names the promised thing and reports it done."""
    wanted = _terms(commitment, lexicon)
    if not wanted:
        return False
    text = normalize(note)
    markers = lexicon.data["commitment_kept"]
    denials = lexicon.data["kind_negations"]
    for start, end in Segments(text).chunks:
        chunk = text[start:end]
        done = [m.start() for marker in markers for m in re.finditer(re.escape(marker), chunk)]
        reported = any(not any(chunk[:at].endswith(d) for d in denials) for at in done)
        if reported and wanted & _terms(chunk, lexicon):  # 海报送到了, but not 海报没送到
            return True
    return False


def _context(commitment: Commitment, lexicon: Lexicon) -> str:
    """What the commitment is about: its own words, else its sentence, else the sentence before it.

    回去报经理,后天再过来答复他 says nothing of what; the customer's ask just before it does.
    """
    if _terms(commitment.text, lexicon):
        return commitment.text
    note = normalize(commitment.visit.raw_note.text)
    sentences = [note[start:end] for start, end in Segments(note).sentences]
    for index, sentence in enumerate(sentences):
        if commitment.text in sentence:
            if _terms(sentence, lexicon) or index == 0:
                return sentence
            return sentences[index - 1] + "。" + sentence
    return commitment.text


def close_kept(*, session: Session, visit: Visit, note: str, lexicon: Lexicon) -> list[Commitment]:
    """Closes the account's open commitments, made before this visit, that the note reports kept."""
    if visit.customer_id is None or not any(marker in note for marker in lexicon.data["commitment_kept"]):
        return []  # most notes report nothing done: no query, no word cutting
    open_ones = session.scalars(
        select(Commitment).where(
            Commitment.customer_id == visit.customer_id,
            Commitment.status == "open",
            Commitment.visit_id != visit.id,
            Commitment.promised_on <= visit.visit_date,
        )
    )
    closed = []
    for commitment in open_ones:
        if kept_in(_context(commitment, lexicon), note, lexicon):
            commitment.status, commitment.kept_on, commitment.kept_visit_id = (
                "kept",
                visit.visit_date,
                visit.id,
            )
            closed.append(commitment)
    return closed


def reopen_kept_by(*, session: Session, visit_id: int) -> None:
    """An undone visit no longer keeps the commitments it closed."""
    for commitment in session.scalars(select(Commitment).where(Commitment.kept_visit_id == visit_id)):
        commitment.status, commitment.kept_on, commitment.kept_visit_id = "open", None, None


def mark_kept(*, session: Session, commitment_id: int, on: dt.date, scope: Scope) -> Commitment:
    """The rep ticks a commitment off by hand; only commitments the person may see."""
    commitment = session.get(Commitment, commitment_id)
    if commitment is None or not scope.sees(commitment.rep_id):
        raise NotFoundError("unknown_commitment", id=commitment_id)
    commitment.status, commitment.kept_on = "kept", on
    return commitment
