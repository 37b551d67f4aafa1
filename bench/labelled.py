"""The labelled company sets the learned parts of the engine are fitted on and measured with,
leave one company out (never a blind set: bench/readable.py)."""

from __future__ import annotations

COMPANIES = [
    "tests/data/dev",
    *(
        f"tests/data/companies/{name}"
        for name in (
            "qinghe",
            "tune_songbei",
            "tune_minghe",
            "heldout2_yikang",
            "heldout_beiyuan",
            "heldout3_guikang",
            "heldout4_shuchuan",
            "heldout5_qinchuan",
            "heldout6_xiangjiang",
            "tune26a_dianqian",
            "tune26b_jinmeng",
            "tune26c_jidong",
            "tune26d_jianghuai",
        )
    ),
]
# the companies of the newer, blind-style writers: their leave-one-out figure is the one that matters
NEWER = (
    "heldout5_qinchuan",
    "heldout6_xiangjiang",
    "tune26a_dianqian",
    "tune26b_jinmeng",
    "tune26c_jidong",
    "tune26d_jianghuai",
)
