"""The embedded rule-based composer: page section backgrounds and the site shell's words."""

from __future__ import annotations

from sitefarm.v1 import artifacts_pb2, brief_pb2, phases_pb2

from services.codegen import ui
from services.kit.articles import with_articles
from services.kit.languages import DEFAULT_LANGUAGE, offline_language

PLAIN = artifacts_pb2.SECTION_BACKGROUND_PLAIN
MUTED = artifacts_pb2.SECTION_BACKGROUND_MUTED
BRAND = artifacts_pb2.SECTION_BACKGROUND_BRAND
INVERSE = artifacts_pb2.SECTION_BACKGROUND_INVERSE
_STRONG = (BRAND, INVERSE)

# Tones whose hero can carry the brand colour; quieter tones open on the plain surface.
_BRAND_HERO_TONES = (brief_pb2.TONE_BOLD, brief_pb2.TONE_PLAYFUL)


def _strong_background(
    kind: artifacts_pb2.SectionKind.ValueType, tone: brief_pb2.Tone.ValueType, is_last: bool
) -> artifacts_pb2.SectionBackground.ValueType | None:
    """The bold background a section kind asks for, if any."""
    if kind == artifacts_pb2.SECTION_KIND_HERO:
        return BRAND if tone in _BRAND_HERO_TONES else None
    if kind == artifacts_pb2.SECTION_KIND_CTA:
        return BRAND
    if kind == artifacts_pb2.SECTION_KIND_STATS:
        # The footer is inverse: a last stats band takes the brand colour so the two don't merge.
        return BRAND if is_last else INVERSE
    return None


def page_composition(req: phases_pb2.GeneratePageRequest) -> artifacts_pb2.PageComposition:
    """The page's sections in plan order (hero first), backgrounds giving it rhythm:
    plain and muted alternate, hero/CTA/stats bands stand out, never two bold bands in a row."""
    kinds: dict[str, artifacts_pb2.SectionKind.ValueType] = {}
    for spec in req.section_plan.sections:
        kinds.setdefault(spec.id, spec.kind)
    section_ids = list(dict.fromkeys(sid for sid in req.page.section_ids if sid.strip()))
    heroes = [sid for sid in section_ids if kinds.get(sid) == artifacts_pb2.SECTION_KIND_HERO]
    if heroes:
        section_ids.remove(heroes[0])
        section_ids.insert(0, heroes[0])

    composition = artifacts_pb2.PageComposition()
    previous: artifacts_pb2.SectionBackground.ValueType | None = None
    for index, section_id in enumerate(section_ids):
        kind = kinds.get(section_id, artifacts_pb2.SECTION_KIND_TEXT)
        is_last = index == len(section_ids) - 1
        background = _strong_background(kind, req.brief.tone, is_last)
        if background is None or previous in _STRONG:
            # Calm sections alternate so neighbours stay distinct.
            background = MUTED if previous == PLAIN else PLAIN
        composition.sections.add(section_id=section_id, background=background)
        previous = background
    return composition


# Per language and tone: (footer note, not-found heading, not-found text). Invitations and
# apologies only: a note states nothing about the business that the brief did not.
_T = brief_pb2
ShellTexts = tuple[str, str, str]
_SHELL_TEXTS: dict[str, dict[int, ShellTexts]] = {
    "en": {
        _T.TONE_WARM: (
            "Thank you for stopping by. We'd love to hear from you.",
            "Sorry, we can't find that page",
            "The page you were after may have moved. The home page will set you back on track.",
        ),
        _T.TONE_PROFESSIONAL: (
            "Thank you for your interest in {name}. We look forward to hearing from you.",
            "Page not found",
            "The page you requested does not exist or has moved. Please return to the home "
            "page or use the navigation above.",
        ),
        _T.TONE_PLAYFUL: (
            "Thanks for dropping in. Come back soon!",
            "Oops! This page wandered off",
            "We looked everywhere, even under the sofa. Try the home page instead.",
        ),
        _T.TONE_BOLD: (
            "{name}. Say hello.",
            "Wrong turn.",
            "That page doesn't exist. Everything that does is one click away.",
        ),
        _T.TONE_CALM: (
            "Take your time, and get in touch whenever it suits you.",
            "This page isn't here",
            "No need to worry. Head back to the home page and carry on from there.",
        ),
        _T.TONE_LUXURIOUS: (
            "Thank you for visiting {name}.",
            "This page is no longer available",
            "The page you sought is not here. Please allow us to guide you back to the home page.",
        ),
        _T.TONE_TECHNICAL: (
            "Questions about {name}? Get in touch.",
            "404: no such page",
            "The requested path did not resolve to a page. Check the URL or start again from "
            "the home page.",
        ),
        _T.TONE_UNSPECIFIED: ("Thanks for visiting {name}.", "", ""),
    },
    "de": {
        _T.TONE_WARM: (
            "Schön, dass Sie vorbeischauen. Wir freuen uns auf Ihre Nachricht.",
            "Diese Seite finden wir leider nicht",
            "Vielleicht ist sie umgezogen. Auf der Startseite geht es weiter.",
        ),
        _T.TONE_PROFESSIONAL: (
            "Vielen Dank für Ihr Interesse an {name}. Wir freuen uns auf Ihre Anfrage.",
            "Seite nicht gefunden",
            "Die angeforderte Seite existiert nicht oder wurde verschoben. Bitte kehren Sie zur "
            "Startseite zurück oder nutzen Sie die Navigation oben.",
        ),
        _T.TONE_PLAYFUL: (
            "Danke fürs Vorbeischauen \u2013 bis bald!",
            "Hoppla! Diese Seite hat sich verlaufen",
            "Wir haben überall gesucht, sogar unter dem Sofa. Auf der Startseite geht es weiter.",
        ),
        _T.TONE_BOLD: (
            "{name}. Einfach melden.",
            "Falsch abgebogen.",
            "Diese Seite gibt es nicht. Alles andere ist nur einen Klick entfernt.",
        ),
        _T.TONE_CALM: (
            "Lassen Sie sich Zeit \u2013 und melden Sie sich, wann immer es Ihnen passt.",
            "Diese Seite gibt es hier nicht",
            "Kein Grund zur Sorge. Von der Startseite aus geht es in Ruhe weiter.",
        ),
        _T.TONE_LUXURIOUS: (
            "Vielen Dank für Ihren Besuch bei {name}.",
            "Diese Seite ist nicht mehr verfügbar",
            "Die gewünschte Seite ist nicht mehr hier. Gern begleiten wir Sie zurück zur "
            "Startseite.",
        ),
        _T.TONE_TECHNICAL: (
            "Fragen zu {name}? Schreiben Sie uns.",
            "404: Seite nicht vorhanden",
            "Unter dieser Adresse gibt es keine Seite. Prüfen Sie die URL oder starten Sie "
            "neu auf der Startseite.",
        ),
        _T.TONE_UNSPECIFIED: ("Danke für Ihren Besuch bei {name}.", "", ""),
    },
    "fr": {
        _T.TONE_WARM: (
            "Merci de votre passage. Nous serons ravis d'avoir de vos nouvelles.",
            "Désolés, cette page est introuvable",
            "La page que vous cherchiez a peut-être déménagé. Revenez à l'accueil pour "
            "retrouver votre chemin.",
        ),
        _T.TONE_PROFESSIONAL: (
            "Merci de l'intérêt que vous portez à {name}. Nous restons à votre écoute.",
            "Page introuvable",
            "La page demandée n'existe pas ou a été déplacée. Revenez à l'accueil ou "
            "utilisez le menu ci-dessus.",
        ),
        _T.TONE_PLAYFUL: (
            "Merci de votre visite, et à très vite\u00a0!",
            "Oups\u00a0! Cette page s'est égarée",
            "Nous avons cherché partout, même sous le canapé. Essayez plutôt la page d'accueil.",
        ),
        _T.TONE_BOLD: (
            "{name}. Écrivez-nous.",
            "Mauvais chemin.",
            "Cette page n'existe pas. Tout le reste est à un clic.",
        ),
        _T.TONE_CALM: (
            "Prenez votre temps, et écrivez-nous quand vous le souhaitez.",
            "Cette page n'est pas ici",
            "Pas d'inquiétude. Revenez à l'accueil et reprenez tranquillement votre visite.",
        ),
        _T.TONE_LUXURIOUS: (
            "Merci de votre visite chez {name}.",
            "Cette page n'est plus disponible",
            "La page que vous cherchiez n'est plus ici. Permettez-nous de vous raccompagner "
            "vers l'accueil.",
        ),
        _T.TONE_TECHNICAL: (
            "Une question sur {name}\u00a0? Écrivez-nous.",
            "404\u00a0: page inexistante",
            "Le chemin demandé ne correspond à aucune page. Vérifiez l'adresse ou repartez de "
            "l'accueil.",
        ),
        _T.TONE_UNSPECIFIED: ("Merci de votre visite sur le site de {name}.", "", ""),
    },
    "es": {
        _T.TONE_WARM: (
            "Gracias por pasarte. Nos encantará saber de ti.",
            "Vaya, no encontramos esta página",
            "Puede que la página que buscabas se haya movido. Vuelve al inicio y sigue desde allí.",
        ),
        _T.TONE_PROFESSIONAL: (
            "Gracias por su interés en {name}. Quedamos a su disposición.",
            "Página no encontrada",
            "La página solicitada no existe o se ha trasladado. Vuelva a la página de inicio "
            "o utilice el menú superior.",
        ),
        _T.TONE_PLAYFUL: (
            "¡Gracias por la visita! Vuelve pronto.",
            "¡Ups! Esta página se ha perdido",
            "La hemos buscado por todas partes, hasta debajo del sofá. Mejor prueba en la "
            "página de inicio.",
        ),
        _T.TONE_BOLD: (
            "{name}. Escríbenos.",
            "Camino equivocado.",
            "Esta página no existe. Todo lo demás está a un clic.",
        ),
        _T.TONE_CALM: (
            "Tómate tu tiempo y escríbenos cuando te venga bien.",
            "Esta página no está aquí",
            "No te preocupes. Vuelve al inicio y continúa con calma.",
        ),
        _T.TONE_LUXURIOUS: (
            "Gracias por visitar {name}.",
            "Esta página ya no está disponible",
            "La página que buscaba ya no se encuentra aquí. Permítanos acompañarle de vuelta "
            "al inicio.",
        ),
        _T.TONE_TECHNICAL: (
            "¿Preguntas sobre {name}? Escríbenos.",
            "404: la página no existe",
            "La ruta solicitada no corresponde a ninguna página. Comprueba la URL o vuelve a "
            "empezar desde el inicio.",
        ),
        _T.TONE_UNSPECIFIED: ("Gracias por visitar {name}.", "", ""),
    },
    "ar": {
        _T.TONE_WARM: (
            "شكرًا لزيارتكم. يسعدنا أن نسمع منكم.",
            "عذرًا، لم نجد هذه الصفحة",
            "ربما نُقلت الصفحة التي تبحثون عنها. عودوا إلى الصفحة الرئيسية لتجدوا طريقكم من جديد.",
        ),
        _T.TONE_PROFESSIONAL: (
            "شكرًا لاهتمامكم. يسعدنا تلقّي استفساراتكم.",
            "الصفحة غير موجودة",
            "الصفحة المطلوبة غير موجودة أو تم نقلها. يُرجى العودة إلى الصفحة الرئيسية أو "
            "استخدام القائمة في الأعلى.",
        ),
        _T.TONE_PLAYFUL: (
            "شكرًا لمروركم! نراكم قريبًا.",
            "عفوًا! يبدو أن هذه الصفحة ضلّت طريقها",
            "بحثنا في كل مكان، حتى تحت الأريكة. جرّبوا الصفحة الرئيسية بدلًا من ذلك.",
        ),
        _T.TONE_BOLD: (
            "{name}. تواصلوا معنا.",
            "طريق خاطئ.",
            "هذه الصفحة غير موجودة. كل ما هو موجود على بُعد نقرة واحدة.",
        ),
        _T.TONE_CALM: (
            "خذوا وقتكم، وتواصلوا معنا متى شئتم.",
            "هذه الصفحة ليست هنا",
            "لا داعي للقلق. عودوا إلى الصفحة الرئيسية وتابعوا من هناك.",
        ),
        _T.TONE_LUXURIOUS: (
            "نشكركم على زيارة {name}.",
            "هذه الصفحة لم تعد متاحة",
            "الصفحة التي تبحثون عنها لم تعد هنا. اسمحوا لنا بإرشادكم إلى الصفحة الرئيسية.",
        ),
        _T.TONE_TECHNICAL: (
            "لديكم سؤال حول {name}؟ راسلونا.",
            "404: الصفحة غير موجودة",
            "المسار المطلوب لا يقابل أي صفحة. تحقّقوا من العنوان أو ابدأوا من الصفحة الرئيسية.",
        ),
        _T.TONE_UNSPECIFIED: ("شكرًا لزيارتكم موقع {name}.", "", ""),
    },
}


def site_shell(req: phases_pb2.AssembleSiteRequest) -> artifacts_pb2.SiteShell:
    """The footer note, the not-found page's words and every frame label, in the brief's
    language (a regional tag uses its language) and tone."""
    brief = req.brief
    language = offline_language(brief.language) or DEFAULT_LANGUAGE
    texts = _SHELL_TEXTS.get(language, _SHELL_TEXTS[DEFAULT_LANGUAGE])
    default_note, _, _ = texts[brief_pb2.TONE_UNSPECIFIED]
    note, heading, text = texts.get(brief.tone, (default_note, "", ""))
    words = ui.frame_words(language)
    name = brief.business_name.strip() or req.seo.site_name.strip()
    if not name and "{name}" in note:
        note = texts[brief_pb2.TONE_WARM][0]  # no name to thank for: the warm note has none
    note = with_articles(note, name, language)  # "beim Kiosk am Markt", "al Taller Vega"
    note = note.format(name=name)
    shell = artifacts_pb2.SiteShell(
        footer_note=note[:1].upper() + note[1:],
        not_found_heading=heading or words.not_found_heading,
        not_found_text=text or words.not_found_text,
    )
    return ui.fill_shell(shell, language)
