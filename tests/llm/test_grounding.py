"""The grounding check on tricky text: what counts as a fact the brief states, and what goes."""

from __future__ import annotations

from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.llm.grounding import (
    BriefFacts,
    empty_fact_sections,
    ground_page_request,
    ground_site_copy,
    ground_site_shell,
    split_sentences,
)

K = artifacts_pb2.SectionKind
BAKERY = brief_pb2.ProjectConfig(
    business_name="Crumb & Co.",
    description="A family-run sourdough bakery in Leith.",
    phone="+44 131 555 0142",
    founded="1998",
    offerings=[brief_pb2.Offering(name="Sourdough loaf", price="EUR 4.50")],
    team=[brief_pb2.TeamMember(name="Anna Keller", role="Head baker")],
    testimonials=[
        brief_pb2.Testimonial(
            quote="The best bread in Edinburgh, hands down.", attribution="Marta, Leith"
        )
    ],
    opening_hours=[brief_pb2.OpeningHours(days="Mon-Fri", hours="08:00-18:00")],
    figures=[brief_pb2.Figure(value="1,200", label="loaves a week")],
)
PRAXIS = brief_pb2.ProjectConfig(
    business_name="Zahnarztpraxis am Markt",
    description="Moderne Zahnmedizin für die ganze Familie in Freiburg.",
    language="de",
    team=[brief_pb2.TeamMember(name="Dr. Lena Vogt", role="Zahnärztin")],
)
PLAN = artifacts_pb2.SectionPlan(
    sections=[
        artifacts_pb2.SectionSpec(id="hero", kind=K.SECTION_KIND_HERO),
        artifacts_pb2.SectionSpec(id="voices", kind=K.SECTION_KIND_TESTIMONIALS),
        artifacts_pb2.SectionSpec(id="people", kind=K.SECTION_KIND_TEAM),
        artifacts_pb2.SectionSpec(id="menu", kind=K.SECTION_KIND_SERVICES),
        artifacts_pb2.SectionSpec(id="numbers", kind=K.SECTION_KIND_STATS),
    ]
)


def found(facts: BriefFacts, text: str, person: bool = False) -> list[tuple[str, str]]:
    return [
        (phases_pb2.FactKind.Name(f.kind).removeprefix("FACT_KIND_").lower(), f.text)
        for f in facts.ungrounded(text, person)
    ]


def test_german_capitalised_nouns_are_not_names() -> None:
    facts = BriefFacts(PRAXIS)
    text = (
        "Unser Team Begleitet Sie Freundlich. Moderne Zahnmedizin Mit Viel Erfahrung. "
        "Wir Freuen Uns Auf Ihren Besuch In Der Praxis Am Markt."
    )
    assert found(facts, text, person=True) == []
    # A name still shows where German marks a person: a title or a cue word before it.
    assert found(facts, "Ihre Zahnärztin Dr. Lena Vogt berät Sie.", person=True) == []
    assert found(facts, "Gegründet von Klaus Berger, geführt mit Herz.") == [
        ("name", "Klaus Berger")
    ]
    assert found(facts, "Frau Dr. Sommer nimmt sich Zeit.") == [("name", "Dr. Sommer")]


def test_in_english_capitalised_words_in_a_row_are_names_only_about_people() -> None:
    facts = BriefFacts(BAKERY)
    assert found(facts, "Meet Anna Keller, our head baker.", person=True) == []
    assert found(facts, "Tom Baker shapes every loaf.", person=True) == [("name", "Tom Baker")]
    assert found(facts, "Tom Baker shapes every loaf.") == []  # not about people: no guess
    assert found(facts, "Founded by Maria Rossi in Leith.") == [("name", "Maria Rossi")]


def test_a_phone_number_from_the_brief_in_other_spacing_is_grounded() -> None:
    facts = BriefFacts(BAKERY)
    for written in ("+44 131 555 0142", "+441315550142", "0131 555 0142", "(0131) 555-0142"):
        assert found(facts, f"Call us on {written}.") == [], written
    assert found(facts, "Call us on 0131 555 0199.") == [("number", "0131 555 0199")]


def test_round_the_clock_and_a_year_the_brief_does_not_state_are_removed() -> None:
    facts = BriefFacts(BAKERY)
    assert found(facts, "Order online 24/7.") == [("number", "24/7")]
    assert found(facts, "Baking in Leith since 2018.") == [("date", "2018")]
    assert found(facts, "Baking in Leith since 1998.") == []
    assert found(facts, "Open 8:00\u201318:00, Monday to Friday.") == []
    assert found(facts, "We bake 1 200 loaves a week, not 2,400.") == [("number", "2,400")]


def test_prices_match_by_value_whatever_the_notation() -> None:
    facts = BriefFacts(BAKERY)
    assert found(facts, "A loaf is €4,50.") == []
    assert found(facts, "A loaf is 4.50 EUR.") == []
    assert found(facts, "A loaf is EUR 7.") == [("price", "EUR 7")]
    # A digit of a stated price is no price of its own.
    assert found(facts, "Coffee from £4.") == [("price", "£4")]
    assert found(facts, "87p in every pound goes to the project.") == [("price", "87p")]


def test_quotes_are_the_brief_s_own_words_or_removed() -> None:
    facts = BriefFacts(BAKERY)
    stated = "\u201cThe best bread in Edinburgh, hands down.\u201d \u2014 Marta, Leith"
    assert found(facts, stated) == []
    invented = "Locals agree: \u201cThis is the finest bakery I have ever visited.\u201d"
    assert found(facts, invented) == [("quote", "This is the finest bakery I have ever visited.")]
    assert found(facts, "Ask for \u201cthe usual\u201d.") == []  # scare quotes are no quote
    assert found(facts, "\u201cSo good.\u201d \u2014 Sarah Jones") == [("name", "Sarah Jones")]


def test_sentences_keep_titles_and_initials_inside() -> None:
    assert split_sentences("Dr. Weber ist da. Sarah K. says hi! Fine? 日本語です。次") == [
        "Dr. Weber ist da. ",
        "Sarah K. says hi! ",
        "Fine? ",
        "日本語です。",
        "次",
    ]


def invented_copy() -> artifacts_pb2.SiteCopy:
    return artifacts_pb2.SiteCopy(
        tagline="Leith's favourite bakery since 2015.",
        pages=[
            artifacts_pb2.PageCopy(
                slug="index",
                sections=[
                    artifacts_pb2.SectionCopy(
                        section_id="hero",
                        heading="Proper bread, every morning",
                        paragraphs=[
                            "Naturally leavened loaves from Leith. Over 5,000 happy customers."
                        ],
                    ),
                    artifacts_pb2.SectionCopy(
                        section_id="voices",
                        heading="What people say",
                        items=[
                            artifacts_pb2.CopyItem(
                                title="Marta, Leith",
                                text="The best bread in Edinburgh, hands down.",
                            ),
                            artifacts_pb2.CopyItem(
                                title="Isla Brennan",
                                text="I come every Saturday for the croissants.",
                                meta="Regular since 2016",
                            ),
                        ],
                    ),
                    artifacts_pb2.SectionCopy(
                        section_id="people",
                        items=[
                            artifacts_pb2.CopyItem(title="Anna Keller", meta="Head baker"),
                            artifacts_pb2.CopyItem(title="Dev Patel", meta="Pastry chef"),
                        ],
                    ),
                    artifacts_pb2.SectionCopy(
                        section_id="menu",
                        items=[
                            artifacts_pb2.CopyItem(title="Sourdough loaf", meta="EUR 4.50"),
                            artifacts_pb2.CopyItem(
                                title="Cinnamon bun", text="Sticky and warm.", meta="£3.20"
                            ),
                        ],
                    ),
                    artifacts_pb2.SectionCopy(
                        section_id="numbers",
                        items=[
                            artifacts_pb2.CopyItem(title="1,200", meta="loaves a week"),
                            artifacts_pb2.CopyItem(title="98%", meta="come back"),
                        ],
                    ),
                ],
            )
        ],
    )


def test_unstated_facts_leave_the_copy_and_each_is_recorded() -> None:
    copy = invented_copy()
    removals = ground_site_copy(copy, BAKERY, PLAN, placeholders=False)
    page = copy.pages[0]
    hero, voices, people, menu, numbers = page.sections
    assert copy.tagline == ""
    assert list(hero.paragraphs) == ["Naturally leavened loaves from Leith."]
    assert [i.title for i in voices.items] == ["Marta, Leith"]
    assert [i.title for i in people.items] == ["Anna Keller"]
    assert [(i.title, i.meta) for i in menu.items] == [
        ("Sourdough loaf", "EUR 4.50"),
        ("Cinnamon bun", ""),
    ]
    assert [i.title for i in numbers.items] == ["1,200"]
    reported = {(r.section, phases_pb2.FactKind.Name(r.kind), r.text) for r in removals}
    assert reported == {
        ("tagline", "FACT_KIND_DATE", "2015"),
        ("index/hero", "FACT_KIND_NUMBER", "5,000"),
        ("index/voices", "FACT_KIND_QUOTE", "I come every Saturday for the croissants."),
        ("index/voices", "FACT_KIND_NAME", "Isla Brennan"),
        ("index/voices", "FACT_KIND_DATE", "2016"),
        ("index/people", "FACT_KIND_NAME", "Dev Patel"),
        ("index/menu", "FACT_KIND_PRICE", "£3.20"),
        ("index/numbers", "FACT_KIND_NUMBER", "98"),
    }
    assert not any(r.marked for r in removals)
    assert empty_fact_sections(page, PLAN) == set()


def test_with_placeholders_unstated_items_are_marked_not_dropped() -> None:
    copy = invented_copy()
    removals = ground_site_copy(copy, BAKERY, PLAN, placeholders=True)
    hero, voices, people, menu, numbers = copy.pages[0].sections
    assert [(i.title, i.placeholder) for i in voices.items] == [
        ("Marta, Leith", False),
        ("Isla Brennan", True),
    ]
    assert [(i.title, i.placeholder) for i in people.items] == [
        ("Anna Keller", False),
        ("Dev Patel", True),
    ]
    assert [(i.meta, i.placeholder) for i in menu.items] == [("EUR 4.50", False), ("£3.20", True)]
    assert [i.placeholder for i in numbers.items] == [False, True]
    # Paragraph sentences cannot be marked one by one: they go as without placeholders.
    assert list(hero.paragraphs) == ["Naturally leavened loaves from Leith."]
    marked = {r.text for r in removals if r.marked}
    assert marked == {
        "I come every Saturday for the croissants.",
        "Isla Brennan",
        "2016",
        "Dev Patel",
        "£3.20",
        "98",
    }


def test_without_placeholders_a_model_cannot_mark_its_own_inventions() -> None:
    copy = artifacts_pb2.SiteCopy(
        pages=[
            artifacts_pb2.PageCopy(
                slug="index",
                sections=[
                    artifacts_pb2.SectionCopy(
                        section_id="voices",
                        placeholder=True,
                        items=[
                            artifacts_pb2.CopyItem(title="Jo", text="Lovely.", placeholder=True)
                        ],
                    )
                ],
            )
        ]
    )
    removals = ground_site_copy(copy, BAKERY, PLAN, placeholders=False)
    voices = copy.pages[0].sections[0]
    assert not voices.items and not voices.placeholder
    assert {phases_pb2.FactKind.Name(r.kind) for r in removals} == {
        "FACT_KIND_QUOTE",
        "FACT_KIND_NAME",
    }
    assert empty_fact_sections(copy.pages[0], PLAN) == {"voices"}


def test_grounded_copy_passes_again_untouched() -> None:
    copy = invented_copy()
    ground_site_copy(copy, BAKERY, PLAN, placeholders=False)
    again = artifacts_pb2.SiteCopy()
    again.CopyFrom(copy)
    assert ground_site_copy(again, BAKERY, PLAN, placeholders=False) == []
    assert again == copy


def test_the_page_phase_grounds_what_the_page_shows_beyond_the_copy() -> None:
    request = phases_pb2.GeneratePageRequest(
        brief=BAKERY,
        page=artifacts_pb2.PlannedPage(slug="index", section_ids=["hero"]),
        section_plan=PLAN,
        copy=invented_copy(),
        seo=artifacts_pb2.SeoStrategy(
            site_description="Sourdough in Leith.",
            pages=[
                artifacts_pb2.PageSeo(
                    slug="index",
                    title="Crumb & Co. | Award-winning since 2009",
                    meta_description="Fresh bread daily. Rated 4.9 by 300 customers.",
                )
            ],
        ),
        design_strategy=artifacts_pb2.DesignStrategy(call_to_action="Visit us"),
    )
    removals = ground_page_request(request)
    assert request.seo.pages[0].title == ""
    assert request.seo.pages[0].meta_description == "Fresh bread daily."
    assert request.seo.site_description == "Sourdough in Leith."
    assert {r.section for r in removals} >= {"seo/index", "index/voices", "tagline"}


def test_the_not_found_page_may_name_its_status_code_but_no_year() -> None:
    shell = artifacts_pb2.SiteShell(
        footer_note="Baking in Leith since 2009. Made with flour and patience.",
        not_found_heading="404: this loaf has gone",
        not_found_text="The page you wanted is not here.",
    )
    removals = ground_site_shell(shell, BAKERY)
    assert shell.footer_note == "Made with flour and patience."
    assert shell.not_found_heading == "404: this loaf has gone"
    assert [(r.section, r.field, r.text) for r in removals] == [("shell", "footer_note", "2009")]
