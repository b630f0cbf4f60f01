"""The words of the frame around every page (skip link, navigation, footer, 404, placeholder
marker), written natively for each language the offline provider writes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from types import MappingProxyType
from typing import Any

from sitefarm.v1 import artifacts_pb2

from services.kit.languages import primary_language


@dataclass(frozen=True)
class FrameWords:
    """Every word the renderer itself prints around the copy, in one language.

    The fields named like SiteShell's fields are the ones a model may write for a language
    this table lacks; the rest are the renderer's own fallbacks."""

    skip_link_label: str
    nav_label: str
    footer_nav_label: str
    menu_label: str
    home_label: str
    rights_label: str
    contact_label: str
    address_label: str
    email_label: str
    phone_label: str
    hours_label: str
    social_label: str
    placeholder_label: str
    contact_heading: str
    not_found_heading: str
    not_found_text: str
    # Headings for sections whose copy has none, by section kind.
    section_headings: Mapping[str, str]


def _headings(**by_kind: str) -> Mapping[str, str]:
    return MappingProxyType(by_kind)


FRAME_WORDS: Mapping[str, FrameWords] = MappingProxyType(
    {
        "en": FrameWords(
            skip_link_label="Skip to content",
            nav_label="Main",
            footer_nav_label="Footer",
            menu_label="Menu",
            home_label="Back to home",
            rights_label="All rights reserved.",
            contact_label="Get in touch",
            address_label="Address",
            email_label="Email",
            phone_label="Phone",
            hours_label="Opening hours",
            social_label="Follow us",
            placeholder_label="Placeholder: replace before publishing",
            contact_heading="Contact",
            not_found_heading="Page not found",
            not_found_text="The page you were looking for has moved or never existed. The home "
            "page is a good place to start again.",
            section_headings=_headings(
                faq="Frequently asked questions",
                contact="Get in touch",
                testimonials="What people say",
                stats="In numbers",
                team="Meet the team",
                pricing="Prices",
                gallery="Gallery",
                about="About us",
                services="What we offer",
                features="How it works",
            ),
        ),
        "de": FrameWords(
            skip_link_label="Zum Inhalt springen",
            nav_label="Hauptmenü",
            footer_nav_label="Fußzeile",
            menu_label="Menü",
            home_label="Zur Startseite",
            rights_label="Alle Rechte vorbehalten.",
            contact_label="Kontakt aufnehmen",
            address_label="Adresse",
            email_label="E-Mail",
            phone_label="Telefon",
            hours_label="Öffnungszeiten",
            social_label="Folgen Sie uns",
            placeholder_label="Platzhalter: vor der Veröffentlichung ersetzen",
            contact_heading="Kontakt",
            not_found_heading="Seite nicht gefunden",
            not_found_text="Diese Seite gibt es nicht oder nicht mehr. Auf der Startseite "
            "finden Sie alles Weitere.",
            section_headings=_headings(
                faq="Häufige Fragen",
                contact="So erreichen Sie uns",
                testimonials="Das sagen unsere Kunden",
                stats="In Zahlen",
                team="Unser Team",
                pricing="Preise",
                gallery="Galerie",
                about="Über uns",
                services="Unser Angebot",
                features="So funktioniert es",
            ),
        ),
        "fr": FrameWords(
            skip_link_label="Aller au contenu",
            nav_label="Menu principal",
            footer_nav_label="Pied de page",
            menu_label="Menu",
            home_label="Retour à l'accueil",
            rights_label="Tous droits réservés.",
            contact_label="Nous contacter",
            address_label="Adresse",
            email_label="E-mail",
            phone_label="Téléphone",
            hours_label="Horaires d'ouverture",
            social_label="Suivez-nous",
            # French sets a no-break space before the colon.
            placeholder_label="Contenu provisoire\u00a0: à remplacer avant publication",
            contact_heading="Contact",
            not_found_heading="Page introuvable",
            not_found_text="La page que vous cherchez a été déplacée ou n'existe pas. "
            "Repartez de la page d'accueil.",
            section_headings=_headings(
                faq="Questions fréquentes",
                contact="Nous trouver",
                testimonials="Ils en parlent",
                stats="En chiffres",
                team="L'équipe",
                pricing="Tarifs",
                gallery="Galerie",
                about="À propos",
                services="Ce que nous proposons",
                features="Comment ça marche",
            ),
        ),
        "es": FrameWords(
            skip_link_label="Saltar al contenido",
            nav_label="Menú principal",
            footer_nav_label="Pie de página",
            menu_label="Menú",
            home_label="Volver al inicio",
            rights_label="Todos los derechos reservados.",
            contact_label="Contacta con nosotros",
            address_label="Dirección",
            email_label="Correo electrónico",
            phone_label="Teléfono",
            hours_label="Horario",
            social_label="Síguenos",
            placeholder_label="Contenido provisional: sustituir antes de publicar",
            contact_heading="Contacto",
            not_found_heading="Página no encontrada",
            not_found_text="La página que buscas ha cambiado de sitio o ya no existe. Vuelve "
            "al inicio y sigue desde allí.",
            section_headings=_headings(
                faq="Preguntas frecuentes",
                contact="Dónde encontrarnos",
                testimonials="Lo que dicen de nosotros",
                stats="En cifras",
                team="El equipo",
                pricing="Precios",
                gallery="Galería",
                about="Sobre nosotros",
                services="Lo que ofrecemos",
                features="Cómo funciona",
            ),
        ),
        "ar": FrameWords(
            skip_link_label="انتقل إلى المحتوى",
            nav_label="القائمة الرئيسية",
            footer_nav_label="تذييل الصفحة",
            menu_label="القائمة",
            home_label="العودة إلى الصفحة الرئيسية",
            rights_label="جميع الحقوق محفوظة.",
            contact_label="تواصل معنا",
            address_label="العنوان",
            email_label="البريد الإلكتروني",
            phone_label="الهاتف",
            hours_label="ساعات العمل",
            social_label="تابعونا",
            placeholder_label="محتوى مؤقت: يُستبدل قبل النشر",
            contact_heading="اتصل بنا",
            not_found_heading="الصفحة غير موجودة",
            not_found_text="ربما نُقلت الصفحة التي تبحثون عنها أو لم تعد موجودة. "
            "ابدأوا من جديد من الصفحة الرئيسية.",
            section_headings=_headings(
                faq="الأسئلة الشائعة",
                contact="تواصل معنا",
                testimonials="ماذا يقول عملاؤنا",
                stats="بالأرقام",
                team="فريقنا",
                pricing="الأسعار",
                gallery="معرض الصور",
                about="من نحن",
                services="ما نقدّمه",
                features="كيف يعمل",
            ),
        ),
    }
)
DEFAULT_LANGUAGE = "en"

# The labels a SiteShell carries: a model writes them for a language this table lacks.
SHELL_LABELS: tuple[str, ...] = tuple(
    f.name
    for f in fields(FrameWords)
    if f.name in artifacts_pb2.SiteShell.DESCRIPTOR.fields_by_name
    and f.name not in ("not_found_heading", "not_found_text")
)
_MAX_LABEL = 120


def has_words(language: str) -> bool:
    """True when this table has the frame's words for the language (`de-AT` counts as `de`)."""
    return primary_language(language) in FRAME_WORDS


def frame_words(language: str) -> FrameWords:
    """The frame's words for a BCP 47 tag, by its primary language; English when absent."""
    return FRAME_WORDS.get(primary_language(language), FRAME_WORDS[DEFAULT_LANGUAGE])


def clean_label(text: str) -> str:
    """A label as one line of plain text, or "" when it cannot be one (then a fallback wins)."""
    label = " ".join(text.split())
    return label if 0 < len(label) <= _MAX_LABEL else ""


def words_with_shell(language: str, shell: artifacts_pb2.SiteShell | None) -> FrameWords:
    """The frame's words from the shell where it gives a usable label, else from this table."""
    words = frame_words(language)
    if shell is None:
        return words
    given: dict[str, Any] = {name: clean_label(getattr(shell, name)) for name in SHELL_LABELS}
    return replace(words, **{name: label for name, label in given.items() if label})


def fill_shell(shell: artifacts_pb2.SiteShell, language: str) -> artifacts_pb2.SiteShell:
    """The shell with every empty label filled from this table (the offline shell's labels)."""
    words = frame_words(language)
    for name in SHELL_LABELS:
        if not getattr(shell, name).strip():
            setattr(shell, name, getattr(words, name))
    return shell
