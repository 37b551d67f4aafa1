"""Reading documents, stripping web clutter and chunking (documents written for the tests)."""

from pathlib import Path

import pytest

from knowledge.chunk import MAX_CHARS, chunk_sections, sections_of_markdown, sections_of_text
from knowledge.clean import strip_clutter
from knowledge.parse import read_document
from knowledge.store import PLAYBOOK
from memory.base.errors import KeqingError
from tests.knowledge.conftest import DOCUMENTS, TEXTS

CLUTTER = ["首页", "当前位置", "发布日期", "相关文章", "版权", "联系电话", "ICP"]


def test_web_clutter_is_stripped_and_the_article_kept() -> None:
    clean = strip_clutter((DOCUMENTS / "web_article.txt").read_text(encoding="utf-8"))
    for word in CLUTTER:
        assert word not in clean, word
    for kept in ("进店先看货架", "店员的一句推荐", "说到做到"):
        assert kept in clean


def test_chunks_keep_sentences_whole_and_stay_small() -> None:
    for path in TEXTS:
        sections = sections_of_text(strip_clutter(path.read_text(encoding="utf-8")))
        assert len(sections) >= 3
        for chunk in chunk_sections(path.stem, sections):
            assert len(chunk.text) <= MAX_CHARS + 45
            assert chunk.text[-1] in "。!?;;!?", chunk.text[-12:]


def test_markdown_sections_keep_their_stable_ids() -> None:
    text = (PLAYBOOK / "01_visits.md").read_text(encoding="utf-8")
    sections = sections_of_markdown(text)
    assert "visit-timing" in [s.id for s in sections]
    timing = next(s for s in sections if s.id == "visit-timing")
    assert timing.title == "拜访计划与节奏 · 拜访时间:避开药店最忙的时候"  # chapter · section
    ids = [s.id for p in PLAYBOOK.glob("*.md") for s in sections_of_markdown(p.read_text(encoding="utf-8"))]
    assert len(ids) == len(set(ids)) >= 40


def test_html_takes_its_title_and_drops_navigation_ads_and_link_lists() -> None:
    text = read_document(DOCUMENTS / "chain_store.html")
    assert text.splitlines()[0] == "连锁门店陈列检查要点"
    assert "排面是否饱满" in text and "拍照留存" in text
    for clutter in ("首页", "品牌馆", "优惠券", "热门", "版权", "tracker"):
        assert clutter not in text, clutter


def test_an_html_pages_title_names_its_passages(tmp_path: Path) -> None:
    from knowledge.store import chunks_of

    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>诊所回访的节奏</title></head><body>"
        "<div class='sidebar'><a href='/'>导航</a></div>"
        "<p>同一条路上的诊所排在同一天去,每月固定一到两次。</p></body></html>",
        encoding="utf-8",
    )
    chunks = chunks_of("p", read_document(page), markdown=False)
    assert chunks and chunks[0].title.startswith("诊所回访的节奏") and "导航" not in chunks[0].text


def test_docx_tables_are_read_row_by_row(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("拜访频次", level=1)
    table = document.add_table(rows=2, cols=2)
    cells = [("客户类别", "拜访频次"), ("县城药店", "每月两次")]
    for row, (kind, often) in zip(table.rows, cells, strict=True):
        row.cells[0].text, row.cells[1].text = kind, often
    document.add_paragraph("表后的说明文字。")
    document.save(str(tmp_path / "plan.docx"))
    text = read_document(tmp_path / "plan.docx")
    assert "县城药店;每月两次。" in text
    assert text.index("县城药店") < text.index("表后的说明文字")


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
