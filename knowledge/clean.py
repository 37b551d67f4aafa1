"""Web clutter out, article in.

Two passes: lines that are clearly site chrome (copyright, navigation, contact lines, author bios,
link lists) are dropped; then the article is the run of lines with the most prose in it (the
largest-sum run of per-line scores), so menus above it and ads or link lists below it fall away.
"""

from __future__ import annotations

import re

_CLUTTER = re.compile(
    r"版权|©|copyright|ICP|备案|公网安备|免责|转载|投稿|网站地图|频道导航|当前位置|上一?页[::]|访问人数|浏览次数|"
    r"阅读[::]\s*\d|发布日期|添加日期|责任编辑|文章来源|来源[::]|本文标签|相关(?:新闻|文章)|推荐(?:图文|文章)|点击排行|"
    r"联系电话|电话[::]|电子邮件|e-?mail|邮箱|https?://|www\.|\.com|加入收藏|打印本文|关闭窗口|告诉好友|违规举报|"
    r"返回顶部|返回首页|放大字体|缩小字体|文章搜索|高级搜索|本网|本站|关于作者|详细介绍|所有文章|作者[::]|"
    r"注册商标|更新时间|招聘信息|广告服务|联系方法|与我们联系|联系我们|【适用范围】|【使用方法】|[>»]|"
    r"\d+(?:g|ml|mg|kg)\b",
    re.IGNORECASE,
)
_SENTENCE_MARK = re.compile(r"[。!?;:,、!?;:,]")
_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s|[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十]+[部分章节]|\(?\d{1,2}\)?、|\d{1,2}\.\s|"
    r"\([一二三四五六七八九十\d]+\)|[①②③④⑤⑥⑦⑧⑨⑩])"
)


def is_heading(line: str) -> bool:
    return bool(_HEADING.match(line)) and len(line) <= 40


def _chinese(line: str) -> int:
    return len(re.findall(r"[\u4e00-\u9fff]", line))


def _score(line: str) -> int:
    chinese = _chinese(line)
    if chinese >= 12 and _SENTENCE_MARK.search(line):
        return chinese
    if line.startswith("#") or is_heading(line) or (4 <= chinese <= 30 and " " not in line):
        return 1
    return -8


def strip_clutter(text: str) -> str:
    lines = []
    for raw in text.splitlines():
        line = re.sub(r"[ \t\u3000\xa0]+", " ", raw).strip()
        if line and not _CLUTTER.search(line.replace(" ", "")):
            lines.append(line)
    if not lines:
        return ""
    best_sum, best = 0, (0, 0)
    running, start = 0, 0
    for index, line in enumerate(lines):
        if running <= 0:
            running, start = 0, index
        running += _score(line)
        if running > best_sum:
            best_sum, best = running, (start, index + 1)
    start, end = best
    while end > start and _score(lines[end - 1]) <= 1:
        end -= 1
    return "\n".join(lines[start:end])
