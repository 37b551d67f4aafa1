from pathlib import Path

import pytest

from prompts import HERE, PromptError, load_prompt, load_texts, parse_prompt


def test_every_shipped_prompt_loads() -> None:
    names = [p.stem for p in Path(HERE).glob("*.txt")]
    assert names
    for name in names:
        assert load_prompt(name).variables


def test_an_undeclared_variable_fails_at_load_time() -> None:
    with pytest.raises(PromptError, match="declared"):
        parse_prompt("x", "---\nvariables: [a]\n---\n$a and $b\n")


def test_a_declared_but_unused_variable_fails_at_load_time() -> None:
    with pytest.raises(PromptError, match="declared"):
        parse_prompt("x", "---\nvariables: [a, b]\n---\n$a\n")


def test_rendering_without_a_variable_fails() -> None:
    prompt = parse_prompt("x", "---\nvariables: [a, b]\n---\n$a-$b\n")
    assert prompt.render(a=1, b=2) == "1-2"
    with pytest.raises(PromptError, match="missing b"):
        prompt.render(a=1)


def test_every_code_has_a_chinese_label() -> None:
    from memory.schema import codes

    labels = load_texts("labels")
    for key, values in [
        ("channel", codes.CHANNELS),
        ("customer_type", codes.CUSTOMER_TYPES),
        ("area", codes.AREAS),
        ("role", codes.ROLES),
        ("product_kind", codes.PRODUCT_KINDS),
        ("payment_terms", codes.PAYMENT_TERMS),
        ("need", codes.NEEDS),
        ("sentiment", codes.SENTIMENTS),
    ]:
        assert set(labels[key]) == set(values), key
