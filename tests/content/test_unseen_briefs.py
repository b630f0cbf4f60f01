"""Sites for briefs nobody wrote the kit for: every word they say is true of the business and
in its language. Generated in-process by the offline provider (copy, search metadata and the
footer note), from briefs of sectors the kit knows and does not know, in all five offline
languages, with many facts and with none, and with odd names.

What is checked, per brief: no digit that the brief does not hold; no claim word
(services.kit.claims) outside the brief's own words; every page in the brief's language; no
testimonial, team, figure, price or contact section without the facts to fill it; no guessed
list of services; no other sector's vocabulary on a business of unknown sector; names take
the article their language puts before them; a long name is not said over and over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.codegen.offline import site_shell
from services.kit.articles import with_articles
from services.kit.brief_words import Words, offerings
from services.kit.claims import claims_in
from services.kit.phrasebook import phrasebook, problems
from services.planning.writer import has_facts_for, write_section
from testkit.offline_chain import OfflineSite, run_offline
from testkit.offline_languages import written_in
from tools.sitecheck.content_check import BriefFacts, Fact, judge_facts

K = artifacts_pb2
B = brief_pb2
MIN_PAGE_WORDS = 20  # fewer of the kit's own words, and a detector guesses

# Briefs of kinds the examples do not cover: unknown sectors, no facts, regional tags, odd
# names, pages that ask for facts the brief does not give.
BRIEFS: dict[str, B.ProjectConfig] = {
    "museum-fr": B.ProjectConfig(
        business_name="Musée de la Dentelle",
        description="Petit musée consacré à la dentelle de Calais, avec expositions et ateliers.",
        industry="musée",
        tone=B.TONE_CALM,
        pages=["Expositions", "Visiter", "Ateliers", "Boutique"],
        location="Calais",
        language="fr",
        opening_hours=[B.OpeningHours(days="Mercredi au dimanche", hours="10h\u201318h")],
    ),
    "kiosk-de": B.ProjectConfig(
        business_name="Kiosk",
        description="Kiosk.",
        pages=["Team", "Bewertungen", "Blog", "Karriere", "Galerie", "FAQ", "Preise"],
        language="de",
    ),
    "brewery-de-ch": B.ProjectConfig(
        business_name='Brauerei "Zum Hopfen"',
        description="Kleine Brauerei mit Schankraum. Wir brauen Pale Ale, Stout und Saisonbiere.",
        industry="Brauerei",
        tone=B.TONE_BOLD,
        pages=["Unsere Biere", "Schankraum", "Shop", "Events"],
        location="Winterthur",
        language="de-CH",
        testimonials=[B.Testimonial(quote="Das Stout ist ein Gedicht.", attribution="Jens")],
    ),
    "print-lab-en": B.ProjectConfig(
        business_name="3D Print Lab #7",
        description="3D printing.",
        pages=["Shop", "Pricing", "Reviews", "Team", "Careers", "Blog", "Gallery", "FAQ"],
        language="en",
    ),
    "apiary-en": B.ProjectConfig(
        business_name="Hollow Oak Apiary",
        description="We keep bees on the edge of Dartmoor and sell raw honey and candles.",
        industry="apiary",
        pages=["Honey", "Hive days", "Shop", "Blog"],
        location="Devon",
        language="en-GB",
        contact_email="hello@hollowoak.example",
    ),
    "bike-workshop-es": B.ProjectConfig(
        business_name="Taller de Bicicletas y Reparaciones Rápidas Hermanos Fernández de la Vega",
        description="Reparamos y vendemos bicicletas urbanas y de montaña en Zaragoza.",
        industry="taller de bicicletas",
        tone=B.TONE_BOLD,
        pages=["Reparaciones", "Tienda", "Equipo", "Galería", "Blog"],
        location="Zaragoza",
        language="es",
    ),
    "escape-room-es-ar": B.ProjectConfig(
        business_name="Enigma Room",
        description="Escape room con salas temáticas para grupos de amigos y empresas.",
        industry="escape room",
        tone=B.TONE_PLAYFUL,
        pages=["Salas", "Reservas", "Empresas", "Preguntas frecuentes"],
        location="Buenos Aires",
        phone="+54 11 5555 0101",
        language="es-AR",
    ),
    "plumber-en": B.ProjectConfig(
        business_name="Dave's Pipes & Drains",
        description="Emergency plumbing and blocked drains in Bristol.",
        industry="plumber",
        tone=B.TONE_BOLD,
        pages=["Services", "Pricing", "Reviews", "Contact"],
        location="Bristol",
        phone="0117 496 0000",
        language="en-GB",
    ),
    "accountant-fr-ca": B.ProjectConfig(
        business_name="Cabinet Tremblay & Associés",
        description="Cabinet comptable pour travailleurs autonomes et PME à Montréal.",
        industry="comptabilité",
        tone=B.TONE_PROFESSIONAL,
        pages=["Services", "Équipe", "FAQ", "Carrières", "Contact"],
        location="Montréal",
        language="fr-CA",
        team=[B.TeamMember(name="Julie Tremblay", role="CPA, associée")],
    ),
    "hotel-ar-eg": B.ProjectConfig(
        business_name="فندق النيل الأزرق",
        description="فندق صغير على ضفاف النيل في القاهرة بغرف مطلة على النهر.",
        industry="فندق",
        tone=B.TONE_LUXURIOUS,
        pages=["الغرف", "الأسعار", "آراء الضيوف", "اتصل بنا"],
        location="القاهرة",
        phone="+20 2 1234 5678",
        language="ar-EG",
    ),
    "gym-ar": B.ProjectConfig(
        business_name="نادي القوة",
        description="صالة رياضية للرجال والنساء مع مدربين شخصيين وحصص جماعية.",
        industry="نادي رياضي",
        tone=B.TONE_BOLD,
        pages=["الاشتراكات", "المدربون", "الجدول", "تواصل"],
        location="الرياض",
        language="ar",
    ),
    "yoga-de-ch-facts": B.ProjectConfig(
        business_name="Atemraum Yoga",
        description="Yogastudio mit Hatha, Vinyasa und Yin Yoga für Anfänger und Geübte.",
        industry="Yogastudio",
        tone=B.TONE_CALM,
        pages=["Kurse", "Preise", "Team", "Kontakt"],
        location="Zürich",
        language="de-CH",
        founded="2016",
        offerings=[B.Offering(name="Hatha Yoga", price="CHF 28")],
        figures=[B.Figure(value="12", label="Kurse pro Woche")],
        team=[B.TeamMember(name="Lea Brunner", role="Yogalehrerin")],
        opening_hours=[B.OpeningHours(days="Montag bis Freitag", hours="7:00\u201321:00")],
        credentials=["Yoga Alliance RYT 200"],
    ),
}


@dataclass(frozen=True)
class Written:
    """One brief's site as the offline provider writes it: visible text by page."""

    brief: B.ProjectConfig
    site: OfflineSite
    pages: dict[str, list[str]]  # slug -> every text a visitor reads on it (and its metadata)

    @property
    def code(self) -> str:
        return self.brief.language.split("-")[0]

    def all_text(self) -> list[str]:
        return [text for texts in self.pages.values() for text in texts]


def _written(brief: B.ProjectConfig, placeholders: bool = False) -> Written:
    site = run_offline(brief, placeholders=placeholders)
    shell = site_shell(phases_pb2.AssembleSiteRequest(brief=brief, seo=site.seo))
    common = [site.copy.tagline, shell.footer_note, shell.not_found_heading, shell.not_found_text]
    pages: dict[str, list[str]] = {}
    for page in site.copy.pages:
        texts = list(common)
        for section in page.sections:
            texts += [section.eyebrow, section.heading, section.cta_label, *section.paragraphs]
            for item in section.items:
                texts += [item.title, item.text, item.meta]
        seo = next((p for p in site.seo.pages if p.slug == page.slug), None)
        if seo is not None:
            texts += [seo.title, seo.meta_description, *seo.keywords]
        pages[page.slug] = [t for t in texts if t.strip()]
    return Written(brief, site, pages)


_CACHE: dict[str, Written] = {}


def written(name: str) -> Written:
    if name not in _CACHE:
        _CACHE[name] = _written(BRIEFS[name])
    return _CACHE[name]


def _brief_strings(brief: B.ProjectConfig) -> list[str]:
    """Every text of the brief, longest first (removed before judging the kit's words)."""
    found: list[str] = [
        brief.business_name, brief.description, brief.audience, brief.industry,
        brief.location, brief.address, brief.phone, brief.contact_email, brief.founded,
        *brief.pages, *brief.credentials,
    ]  # fmt: skip
    for o in brief.offerings:
        found += [o.name, o.description, o.price]
    for m in brief.team:
        found += [m.name, m.role, m.bio]
    for t in brief.testimonials:
        found += [t.quote, t.attribution]
    for h in brief.opening_hours:
        found += [h.days, h.hours]
    for f in brief.figures:
        found += [f.value, f.label]
    return sorted({s.strip() for s in found if s.strip()}, key=len, reverse=True)


def _own_words(text: str, brief: B.ProjectConfig) -> str:
    """The text without the brief's own words (and without Unicode isolates); a title may
    cut a long name short ("Taller de Bicicletas y Reparaciones…")."""
    text = re.sub("[\u2066-\u2069]", "", text)
    name = brief.business_name
    for n in range(len(name), 8, -1):
        text = text.replace(name[:n].rstrip() + "\u2026", " ")
    for value in _brief_strings(brief):
        text = text.replace(value, " ")
    return text


def _digits(text: str) -> set[str]:
    return set(
        re.findall(r"\d+", re.sub("[\u0660-\u0669]", lambda m: str(ord(m[0]) - 0x660), text))
    )


@pytest.mark.parametrize("name", sorted(BRIEFS))
def test_no_number_the_brief_does_not_hold(name: str) -> None:
    site = written(name)
    allowed = set().union(*(_digits(s) for s in _brief_strings(site.brief)))
    invented = {
        (slug, text)
        for slug, texts in site.pages.items()
        for text in texts
        if _digits(text) - allowed - {"404"}
    }
    assert not invented, sorted(invented)


@pytest.mark.parametrize("name", sorted(BRIEFS))
def test_no_claim_the_brief_does_not_make(name: str) -> None:
    site = written(name)
    claims = {
        (text, tuple(found))
        for text in site.all_text()
        if (found := claims_in(_own_words(text, site.brief), site.code))
    }
    assert not claims, sorted(claims)


@pytest.mark.parametrize("name", sorted(BRIEFS))
def test_every_page_is_in_the_brief_language(name: str) -> None:
    site = written(name)
    for slug, texts in site.pages.items():
        own = _own_words(" ".join(texts), site.brief)
        if len(own.split()) < MIN_PAGE_WORDS:
            continue
        assert written_in(own) == site.code, (slug, own[:300])
        # Sentence by sentence too: a long page hides no sentence of another language.
        for text in texts:
            words = _own_words(text, site.brief)
            if len(words.split()) >= 8:
                assert written_in(words) == site.code, text


@pytest.mark.parametrize("name", sorted(BRIEFS))
def test_no_section_without_the_facts_it_shows(name: str) -> None:
    site = written(name)
    for spec in site.site.sections.sections:
        if spec.kind in (
            K.SECTION_KIND_TESTIMONIALS,
            K.SECTION_KIND_TEAM,
            K.SECTION_KIND_STATS,
            K.SECTION_KIND_PRICING,
            K.SECTION_KIND_CONTACT,
        ):
            assert has_facts_for(spec.kind, site.brief), spec.id


@pytest.mark.parametrize("placeholders", [False, True], ids=["facts", "placeholders"])
@pytest.mark.parametrize("name", sorted(BRIEFS))
def test_every_planned_section_has_words_in_the_brief_language(
    name: str, placeholders: bool
) -> None:
    """A section without copy is drawn with its planner's note, which is English: every
    section a page plans must be written (or not planned at all), placeholders or not."""
    site = written(name).site if not placeholders else _written(BRIEFS[name], True).site
    written_ids = {
        (page.slug, section.section_id) for page in site.copy.pages for section in page.sections
    }
    for page in site.pages.pages:
        for section_id in page.section_ids:
            assert (page.slug, section_id) in written_ids, (page.slug, section_id)


@pytest.mark.parametrize("name", ["museum-fr", "kiosk-de", "print-lab-en", "plumber-en"])
def test_no_guessed_list_of_services(name: str) -> None:
    """A brief that names no offering and lists none gets no list of what such businesses
    usually offer: only its own words and an invitation to ask."""
    site = written(name).site
    kinds = {s.id: s.kind for s in site.sections.sections}
    for page in site.copy.pages:
        for section in page.sections:
            if kinds[section.section_id] in (K.SECTION_KIND_SERVICES, K.SECTION_KIND_FEATURES):
                titles = [item.title for item in section.items]
                if name == "plumber-en":  # its description lists two: those, and only those
                    assert titles in ([], ["Emergency plumbing", "Blocked drains"]), titles
                else:
                    assert titles == [] or kinds[section.section_id] == K.SECTION_KIND_FEATURES
                    assert section.paragraphs, (page.slug, section.section_id)


# Words that belong to one kind of business: a business of unknown sector must not be
# written to as a restaurant, a tradesman, a clinic or a school.
SECTOR_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("menu", "dish", "kitchen", "quote", "tradesperson", "treatment", "patient",
           "lesson", "booking a table"),
    "de": ("Speisekarte", "Gericht", "Küche", "Handwerk", "Besichtigung", "Behandlung",
           "Patient", "Unterricht", "Nachhilfe"),
    "fr": ("carte du jour", "plat", "cuisine", "devis", "chantier", "soins", "patient",
           "cours", "élève"),
    "es": ("carta", "plato", "cocina", "presupuesto", "obra", "tratamiento", "paciente",
           "clase", "alumno"),
}  # fmt: skip


@pytest.mark.parametrize("name", ["museum-fr", "kiosk-de", "apiary-en", "escape-room-es-ar"])
def test_a_business_of_unknown_sector_gets_neutral_words(name: str) -> None:
    site = written(name)
    text = _own_words(" ".join(site.all_text()), site.brief)
    found = [
        word
        for word in SECTOR_WORDS[site.code]
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE)
    ]
    assert not found, found


def test_a_plumber_is_not_written_to_as_a_restaurant() -> None:
    site = written("plumber-en")
    text = " ".join(site.all_text()).lower()
    assert not [w for w in ("menu", "dish", "table", "treatment", "lesson") if f" {w}" in text]
    assert "quote" in text  # and it reads as a trade


@pytest.mark.parametrize(
    ("code", "name", "template", "expected"),
    [
        ("de", "Brauerei Hopf", "Willkommen bei {name}.", "Willkommen bei der Brauerei Hopf."),
        ("de", "Kiosk am Markt", "Neues von {name}", "Neues vom Kiosk am Markt"),
        ("de", "Hotel Adler", "Über {name}", "Über das Hotel Adler"),
        ("de", "Zahnarztpraxis Keller", "Kontakt zu {name}", "Kontakt zur Zahnarztpraxis Keller"),
        ("de", "Kfz-Meisterbetrieb Özdemir", "bei {name}", "beim Kfz-Meisterbetrieb Özdemir"),
        ("de", "Atemraum Yoga", "Willkommen bei {name}.", "Willkommen bei Atemraum Yoga."),
        ("de", "Kfz-Betrieb Ötz", "Interesse an {name}", "Interesse am Kfz-Betrieb Ötz"),
        ("de", "Brauerei Hopf", "{name}: unser Angebot", "Brauerei Hopf: unser Angebot"),
        ("de", "Kiosk Nord", "Sehen Sie, was {name} tut.", "Sehen Sie, was der Kiosk Nord tut."),
        ("de", "Hotel Adler", "Lernen Sie {name} kennen", "Lernen Sie das Hotel Adler kennen"),
        ("de", "Atemraum Yoga", "Lernen Sie {name} kennen", "Lernen Sie Atemraum Yoga kennen"),
        ("es", "Taller Vega", "Bienvenida a {name}", "Bienvenida al Taller Vega"),
        ("es", "Clínica San Antón", "Blog de {name}", "Blog de la Clínica San Antón"),
        ("es", "Enigma Room", "Blog de {name}", "Blog de Enigma Room"),
        ("es", "Taller Vega", "{name}, en Zaragoza", "Taller Vega, en Zaragoza"),
        ("fr", "Musée de la Dentelle", "Bienvenue à {name}", "Bienvenue au Musée de la Dentelle"),
        ("fr", "Atelier Lumière", "Le site de {name}", "Le site de l\u2019Atelier Lumière"),
        ("fr", "Musée de la Dentelle", "chez {name}", "au Musée de la Dentelle"),
        ("fr", "Le Petit Zinc", "chez {name}", "chez Le Petit Zinc"),
        ("en", "Bakery Bloom", "Welcome to {name}", "Welcome to Bakery Bloom"),
    ],
)  # fmt: skip
def test_a_name_takes_the_article_its_language_puts_before_it(
    code: str, name: str, template: str, expected: str
) -> None:
    assert with_articles(template, name, code).format(name=name) == expected


def test_the_site_names_a_noun_name_with_its_article() -> None:
    german = " ".join(written("brewery-de-ch").all_text())
    assert 'bei Brauerei "Zum Hopfen"' not in german
    assert 'bei der Brauerei "Zum Hopfen"' in german
    spanish = " ".join(written("bike-workshop-es").all_text())
    assert not re.search(r"\b(a|de) Taller de Bicicletas", spanish)


def test_a_long_name_is_not_repeated_in_every_sentence() -> None:
    site = written("bike-workshop-es")
    name = site.brief.business_name
    for page in site.site.copy.pages:
        naming = [
            text
            for section in page.sections
            for text in (section.heading, *section.paragraphs)
            if name in text
        ]
        # The page's opening may name the business once; nothing else on it does.
        assert len(naming) <= 1, (page.slug, naming)


def test_facts_the_brief_gives_are_all_shown() -> None:
    """Leaving claims out must not leave facts out: the fact-rich brief's price, figure,
    person, hours, founding year and credential all appear (the last two in an about section
    the fitness plan gains for them)."""
    text = " ".join(written("yoga-de-ch-facts").all_text())
    facts = ("CHF 28", "12", "Kurse pro Woche", "Lea Brunner", "7:00\u201321:00", "2016",
             "Yoga Alliance RYT 200")  # fmt: skip
    for fact in facts:
        assert fact in text, fact


def test_a_placeholder_site_marks_the_missing_contact_details() -> None:
    site = _written(BRIEFS["kiosk-de"], placeholders=True).site
    contact = [
        s
        for page in site.copy.pages
        for s in page.sections
        if any(
            spec.id == s.section_id and spec.kind == K.SECTION_KIND_CONTACT
            for spec in site.sections.sections
        )
    ]
    assert contact and all(s.placeholder for s in contact)
    assert all(s.paragraphs == [phrasebook("de").interface.placeholder_note] for s in contact)


# --- the claim check itself -------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Good food, made with care"),
        ("en", "We cook from a small kitchen, so the menu stays short."),
        ("en", "Family-run since the sixties, with a free quote on every job."),
        ("de", "Handwerk, auf das Sie bauen können"),
        ("de", "Frisch zubereitet, mit Sorgfalt gemacht"),
        ("fr", "Un devis clair, un travail soigné"),
        ("fr", "Nous y répondrons avec le plus grand soin."),
        ("es", "Pide presupuesto sin compromiso."),
        ("es", "Trabajo bien hecho, trato cercano"),
        ("ar", "نحضّر طلبكم بعناية ونقدّمه لكم."),
        ("ar", "إقامة مريحة وترحيب صادق"),
    ],
)
def test_claims_are_found(code: str, text: str) -> None:
    assert claims_in(text, code)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Ask us about the best way to reach us."),
        ("de", "Bestellen Sie vorab, wenn Sie am besten etwas reservieren möchten."),
        ("de", "Erfahren Sie, wie Sie uns erreichen."),
        ("fr", "Des soins dentaires expliqués"),
        ("es", "Buscamos juntos el mejor momento para tu consulta."),
        ("ar", "أخبرونا بالمناسبة وعدد الضيوف."),
        ("ar", "ملابس مريحة وحذاء رياضي."),
    ],
)
def test_ordinary_words_are_no_claims(code: str, text: str) -> None:
    assert claims_in(text, code) == []


def test_a_claim_in_a_phrasebook_is_a_problem() -> None:
    book = phrasebook("en")
    generic = book.sectors["generic"]
    praised = type(generic)(
        **{**generic.__dict__, "taglines": ("The best in town", *generic.taglines[1:])}
    )
    broken = type(book)(**{**book.__dict__, "sectors": {**book.sectors, "generic": praised}})
    assert any("claims" in problem for problem in problems(broken))
    assert problems(book) == []


# --- the content check's copyright line ----------------------------------------------------


def _footer_fact(value: str) -> Fact:
    return Fact(
        "number", value, "#site-footer p", f"© {value} Lab. All rights reserved.", False, True
    )


def test_the_year_running_into_a_name_of_digits_is_the_copyright_line() -> None:
    facts = BriefFacts.of(B.ProjectConfig(business_name="3D Print Lab #7", description="x"))
    assert judge_facts("index.html", [_footer_fact("2026 3")], facts, 2026) == []


def test_a_figure_after_the_year_is_still_a_finding() -> None:
    facts = BriefFacts.of(B.ProjectConfig(business_name="Lab", description="x"))
    assert judge_facts("index.html", [_footer_fact("2026 35")], facts, 2026)


# --- which business it is, and what it offers ---------------------------------------------


@pytest.mark.parametrize(
    ("industry", "description", "language"),
    [
        ("veterinaria", "Clínica veterinaria para perros y gatos.", "es"),
        ("Tierarztpraxis", "Tierarztpraxis für Hunde und Katzen.", "de"),
        ("vétérinaire", "Clinique vétérinaire pour chiens et chats.", "fr"),
        ("veterinary surgery", "A vet clinic for dogs and cats.", "en"),
        ("عيادة بيطرية", "عيادة بيطرية للقطط والكلاب.", "ar"),
        ("Autowerkstatt", "Kfz-Meisterbetrieb für Inspektion und Reparatur.", "de"),
        ("Fahrschule", "Fahrschule für Klasse B und Motorrad.", "de"),
    ],
)
def test_a_vet_a_garage_or_a_driving_school_is_written_to_in_neutral_words(
    industry: str, description: str, language: str
) -> None:
    brief = B.ProjectConfig(
        business_name="Tiergarten Nord", description=description, industry=industry,
        language=language,
    )  # fmt: skip
    site = _written(brief)
    text = " ".join(site.all_text()).lower()
    human = {
        "es": ("médico", "medicación", "seguro médico"),
        "de": ("arzt ", "krankenkasse", "besichtigung", "vor ort", "ihr kind", "nachhilfe"),
        "fr": ("médecin", "mutuelle", "chantier"),
        "en": ("gp ", "your doctor", "prescription", "tradesperson"),
        "ar": ("طبيبك", "التأمين الصحي"),
    }[language]
    assert not [word for word in human if word in text], text[:500]


@pytest.mark.parametrize(
    ("description", "location", "language"),
    [
        ("Photographe de mariage en Provence, reportages naturels et lumineux.", "", "fr"),
        ("Salon de tatouage à Bordeaux, fineline, blackwork et piercing.", "Bordeaux", "fr"),
        ("Fotógrafa en Sevilla, bodas, retratos y eventos.", "", "es"),
        ("Fotostudio in Berlin, Porträts, Hochzeiten und Events.", "", "de"),
    ],
)
def test_a_place_is_not_taken_for_an_offering(
    description: str, location: str, language: str
) -> None:
    brief = B.ProjectConfig(
        business_name="Studio", description=description, location=location, language=language
    )
    site = _written(brief).site
    titles = [item.title for page in site.copy.pages for s in page.sections for item in s.items]
    for place in ("Provence", "Bordeaux", "Sevilla", "Berlin"):
        assert place not in titles, titles


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "ar"])
def test_about_paragraphs_keep_their_order(code: str) -> None:
    """A paragraph may build on the one before it ("Con esa información ..."): the first
    the phrasebook writes always leads, and the second follows it in written order."""
    for key in ("health", "finance", "trades", "generic"):
        industry = next(iter(phrasebook(code).sectors[key].keywords), "")
        brief = B.ProjectConfig(
            business_name="Nord", description="x", industry=industry, language=code
        )
        words = Words.for_brief(brief)
        assert words.sector_key == key, (industry, words.sector_key)
        written_order = words.options(words.sector.about_paragraphs)
        for slug in ("index", "about", "team", "a", "b", "c"):
            page = K.PlannedPage(slug=slug, title=slug)
            copy = write_section(words, "about", K.SECTION_KIND_ABOUT, page, 1)
            assert copy is not None
            chosen = [p for p in copy.paragraphs if p in written_order]
            assert chosen[0] == written_order[0], (key, slug)
            assert [written_order.index(p) for p in chosen] == sorted(
                written_order.index(p) for p in chosen
            )


@pytest.mark.parametrize(
    ("description", "language", "expected"),
    [
        (
            "Clínica veterinaria para perros, gatos y conejos. Vacunas, cirugía y urgencias.",
            "es",
            ["Vacunas", "Cirugía", "Urgencias"],
        ),
        (
            "Autowerkstatt für Inspektion, Reparatur, Reifenwechsel und HU-Vorbereitung aller "
            "Marken.",
            "de",
            ["Inspektion", "Reparatur", "Reifenwechsel", "HU-Vorbereitung aller Marken"],
        ),
        (
            "We keep bees and sell raw honey, beeswax candles and run hive experience days.",
            "en",
            ["Raw honey", "Beeswax candles"],
        ),
        (
            "مكتب محاماة متخصص في القضايا التجارية والعقود والتحكيم في دبي.",
            "ar",
            ["القضايا التجارية", "العقود", "التحكيم"],
        ),
        ("عيادة طب عام لرعاية الأسرة والفحوصات الدورية.", "ar", []),
        ("مكتبة ووجبات خفيفة ومشروبات.", "ar", []),
        # A German range names what it does from one end to the other; the clause after it
        # ("machen wir alles selbst") is no offering, nor are times of day.
        (
            "Von der Vorsorge über Füllungen und Wurzelbehandlungen bis zum Zahnersatz machen "
            "wir alles selbst.",
            "de",
            ["Vorsorge", "Füllungen", "Wurzelbehandlungen", "Zahnersatz"],
        ),
        (
            "Vom Einbau über Wartung, Reparatur und Notdienst bis zur Badsanierung.",
            "de",
            ["Einbau", "Wartung", "Reparatur", "Notdienst", "Badsanierung"],
        ),
        ("Von morgens über mittags bis zum Abend sind wir für Sie da.", "de", []),
    ],
)
def test_the_description_list_is_what_the_business_offers(
    description: str, language: str, expected: list[str]
) -> None:
    """Who it serves ("para perros, gatos ...") and a second clause ("and run hive days")
    are no offerings; a German noun keeps its genitive ("aller Marken")."""
    brief = B.ProjectConfig(business_name="Nord", description=description, language=language)
    assert [o.name for o in offerings(Words.for_brief(brief))] == expected
