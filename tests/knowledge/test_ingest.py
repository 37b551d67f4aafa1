"""Reading documents, stripping web clutter (the seeds are real web pages) and chunking."""

import re
from pathlib import Path

import pytest

from knowledge.chunk import MAX_CHARS, chunk_sections, sections_of_markdown, sections_of_text
from knowledge.clean import strip_clutter
from knowledge.parse import read_document
from knowledge.store import PLAYBOOK
from memory.base.errors import KeqingError
from tests.knowledge.conftest import SEEDS

CLUTTER = [
    "版权",
    "ICP",
    "联系电话",
    "电子邮件",
    "相关文章",
    "本网",
    "网站地图",
    "访问人数",
    "高级搜索",
    "冷敷凝胶",
    "http",
]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_web_clutter_is_stripped_and_the_article_kept(seed: Path) -> None:
    raw = seed.read_text(encoding="utf-8")
    clean = strip_clutter(raw)
    for word in CLUTTER:
        assert word not in clean, word
    flat = re.sub(r"\s+", "", clean)
    prose = [line for line in raw.splitlines() if len(re.findall(r"[\u4e00-\u9fff]", line)) > 60]
    dropped = [line for line in prose if re.sub(r"\s+", "", line) not in flat]
    # every long paragraph survives but copyright notices, product ads and author bios
    assert all(re.search("版权|转载|适用范围|联系电话|电子邮件", line) for line in dropped), dropped


def test_key_passages_of_the_seeds_survive() -> None:
    text = "\n".join(strip_clutter(seed.read_text(encoding="utf-8")) for seed in SEEDS)
    for fact in ["他的补货周期;他的补货渠道", "有利、有礼、有节", "上午10-12点", "十五分之一", "隐形陈列"]:
        assert fact in text


def test_chunks_keep_sentences_whole_and_stay_small() -> None:
    for seed in SEEDS:
        sections = sections_of_text(strip_clutter(seed.read_text(encoding="utf-8")))
        for chunk in chunk_sections(seed.stem, sections):
            assert len(chunk.text) <= MAX_CHARS + 45
            body = (
                chunk.text.split("\n", 1)[-1] if section_has_heading(sections, chunk.section) else chunk.text
            )
            section = next(s for s in sections if s.id == chunk.section)
            after = section.text[section.text.find(body[-12:]) + 12 :]
            # a passage ends where a sentence, a line or (for a run-on sentence) a clause ends
            assert body[-1] in "。!?;;!?,,、" or after[:1] in {"", "\n"}, body[-12:]


def section_has_heading(sections: list, section_id: str) -> bool:  # type: ignore[type-arg]
    return bool(next(s for s in sections if s.id == section_id).heading)


def test_markdown_sections_keep_their_stable_ids() -> None:
    text = (PLAYBOOK / "01_visits.md").read_text(encoding="utf-8")
    sections = sections_of_markdown(text)
    assert "visit-timing" in [s.id for s in sections]
    timing = next(s for s in sections if s.id == "visit-timing")
    assert timing.title == "拜访计划与节奏 · 拜访时间:避开药店最忙的时候"  # chapter · section
    ids = [s.id for p in PLAYBOOK.glob("*.md") for s in sections_of_markdown(p.read_text(encoding="utf-8"))]
    assert len(ids) == len(set(ids)) >= 40


def test_text_formats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("客情维护要定期拜访。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("拜访要避开高峰。".encode("gb18030"))
    (tmp_path / "c.html").write_text(
        "<html><nav>首页 导航</nav><script>var x=1;</script><p>先做朋友再谈业务。</p></html>",
        encoding="utf-8",
    )
    assert read_document(tmp_path / "a.txt") == "客情维护要定期拜访。"
    assert read_document(tmp_path / "b.txt") == "拜访要避开高峰。"
    html = read_document(tmp_path / "c.html")
    assert "先做朋友再谈业务" in html and "导航" not in html and "var x" not in html


def test_docx_headings_become_sections(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("拜访手册", level=1)
    document.add_heading("拜访时间", level=2)
    document.add_paragraph("上午10点前拜访药店最好。")
    document.save(str(tmp_path / "manual.docx"))
    text = read_document(tmp_path / "manual.docx")
    assert "## 拜访手册" in text and "### 拜访时间" in text and "上午10点前拜访药店最好。" in text


def test_pdf(tmp_path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure = plt.figure()
    figure.text(0.1, 0.5, "Visit pharmacies before ten in the morning.")
    figure.savefig(tmp_path / "tips.pdf")
    plt.close(figure)
    assert "Visit pharmacies before ten" in read_document(tmp_path / "tips.pdf")


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "kb_corrupt"),
        ("broken.docx", b"not a zip archive", "kb_corrupt"),
        ("slides.pptx", b"whatever", "kb_unsupported"),
    ],
)
def test_bad_files_get_a_clear_error(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(KeqingError) as caught:
        read_document(tmp_path / name)
    assert caught.value.code == code


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeqingError) as caught:
        read_document(tmp_path / "nope.txt")
    assert caught.value.code == "file_missing"
