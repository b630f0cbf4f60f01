"""A brief's own English prose read into phrases: what the business is and does, what it
lists, who it is for; and the joins and templates the offline designer writes with."""

from __future__ import annotations

from pathlib import Path

from services.kit.brief_text import (
    audience_short,
    extract_offerings,
    fill,
    join_phrases,
    plain_text,
    split_description,
)
from services.runtime.brief import load_brief

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_description_phrases_are_read_from_the_brief() -> None:
    lead, activity = split_description(
        load_brief(EXAMPLES / "bakery.yaml").description, "Crumb & Co."
    )
    assert lead == "a family-run sourdough bakery"
    assert activity.startswith("baking naturally leavened loaves")
    assert extract_offerings(load_brief(EXAMPLES / "lawfirm.yaml").description) == [
        "contracts",
        "disputes",
        "restructuring",
        "workplace investigations",
    ]
    assert extract_offerings("We help.") == []


def test_plain_text_drops_tags_and_collapses_whitespace() -> None:
    assert plain_text("  <b>Crumb</b>\n  & <i>Co.</i> ") == "Crumb & Co."


def test_audience_short_stops_at_the_first_relative_clause() -> None:
    audience = "Families and early risers in Leith who want good bread. And tourists."
    assert audience_short(audience) == "families and early risers in Leith"


def test_join_phrases_lists_the_non_empty_items_the_english_way() -> None:
    assert join_phrases(["bread", "", "cakes", "coffee"]) == "bread, cakes and coffee"
    assert join_phrases(["bread"]) == "bread"
    assert join_phrases(["tea", "coffee"], "or") == "tea or coffee"


def test_fill_capitalises_a_capitalised_slot_and_leaves_an_unknown_slot_empty() -> None:
    slots = {"offers": "bread and cakes", "audience": "neighbours"}
    assert fill("{Offers} for {audience}{unknown} .", slots) == "Bread and cakes for neighbours."
