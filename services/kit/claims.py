"""Claims a site may make only when its brief does: words that praise a business or state its
size, history, sourcing, speed, price or guarantees. The offline phrasebooks hold none of
them (services.kit.phrasebook reports one as a problem), since a phrasebook sentence is
said of every business of a sector, true or not; the brief's own words may say anything.
"""

from __future__ import annotations

import re
from functools import cache

# Per language, the words and phrases that make a sentence a claim about the business: quality
# and care, size and history, sourcing, speed, price, guarantees, superlatives, trust. Matched
# case-insensitively as whole words; a trailing "*" matches any ending ("sorgfältig*" finds
# "sorgfältige"). ALLOWED phrases are removed first: "am besten" (the best way to do
# something) and "Seit {year}" (a fact the brief gave) claim nothing.
CLAIM_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "good coffee", "done right", "good hands", "quietly useful", "gets out of your way",
        "best", "finest", "award*", "since", "years", "decades", "generations",
        "family-run", "family run", "family business", "locally sourced", "local produce",
        "certified", "guarantee*", "free quote*", "free of charge", "no obligation",
        "no-obligation", "same day", "same-day", "24/7", "round the clock", "fast",
        "trusted", "reliabl*", "dependabl*", "quality", "careful*", "with care",
        "properly", "expert", "experts", "expertise", "experienced", "honest*", "tidy",
        "no-nonsense", "small kitchen", "fresh", "freshly", "handmade", "home-made",
        "homemade", "perfect*", "always", "never", "market-leading", "leading provider",
        "unique", "passion*", "promise*", "fair price*", "affordable", "cheap*", "good food",
        "good work",
    ),
    "de": (
        "leichter macht", "gutes essen", "gute arbeit", "guten händen", "gut aufgehoben",
        "gut beraten",
        "gut betreut",
        "beste", "besten", "bester", "bestes", "ausgezeichnet*", "preisgekrönt*", "seit",
        "jahre", "jahren", "jahrzehnt*", "generation*", "familienbetrieb*",
        "familiengeführt*", "regional*", "aus der region", "zertifiziert*", "garantie*",
        "garantiert*", "kostenlos*", "gratis", "unverbindlich*", "rund um die uhr",
        "innerhalb", "vertrauen*", "zuverlässig*", "verlässlich*", "qualität*",
        "hochwertig*", "sorgfalt", "sorgfältig*", "sauber*", "erfahrene*", "langjährig*",
        "ehrlich*", "frisch*", "handgemacht*", "hausgemacht*", "perfekt*", "immer",
        "niemals", "einzigartig*", "leidenschaft*", "versprech*", "faire preis*",
        "günstig*", "kleine küche", "nur besser", "auf das sie bauen", "auf die sie bauen",
        "worauf sie zählen", "gewissenhaft*",
    ),
    "fr": (
        "bonnes choses", "bien fait*", "chantier propre", "exigence",
        "meilleur*", "primé*", "récompens*", "depuis", "années", "générations", "familial*",
        "en famille", "produits locaux", "certifié*", "garanti*", "gratuit*",
        "sans engagement", "24h/24", "rapide*", "rapidement", "en confiance",
        "de confiance", "fiable*", "qualité", "avec soin", "le plus grand soin", "soigné*",
        "soigneuse*", "expert*", "expérimenté*", "honnête*", "fait maison", "faits maison",
        "artisanal*", "parfait*", "toujours", "jamais", "unique*", "passion*", "promesse*",
        "prix juste*", "abordable*", "petite cuisine", "irréprochable*", "rigoureu*",
        "frais", "fraîche*",
    ),
    "es": (
        "perder el tiempo", "buen producto", "buena comida", "buen café", "bien hecho",
        "trabajo limpio",
        "sin sorpresas", "buenas manos", "con cariño", "pensadas para durar",
        "el mejor", "la mejor", "los mejores", "las mejores", "premiad*", "premio*",
        "desde hace", "años", "generacion*", "familiar", "en familia", "de proximidad",
        "productos locales", "certificad*", "garantía*", "garantiza*", "gratis",
        "gratuit*", "sin compromiso", "24 horas", "24/7", "rápid*", "de confianza",
        "confianza", "fiable*", "calidad", "con cuidado", "cuidadosa*", "cuidadoso*",
        "esmero", "experto*", "experiencia", "experimentad*", "honest*", "fresco*",
        "fresca*", "casero*", "casera*", "artesan*", "perfect*", "siempre", "nunca",
        "únic*", "pasión", "promesa*", "precio justo", "asequible*", "cocina pequeña",
        "con mimo", "impecable*",
    ),
    "ar": (
        "مريحة", "صادق", "طيبة", "عناية خاصة", "سنعتني", "تليق بكم",
        "أفضل", "الأفضل", "جائزة", "جوائز", "منذ", "سنوات", "عاما", "عامًا", "أجيال",
        "عائلي*", "محلية", "معتمد*", "ضمان", "مضمون*", "نضمن", "مجان*", "على مدار الساعة",
        "بسرعة", "موثوق*", "بثقة", "جودة", "بعناية", "بإتقان", "إتقان", "خبرة", "خبراء",
        "خبير*", "بأمانة", "بصدق", "طازج*", "منزلي*", "يدوي*", "مثالي*", "دائما", "دائمًا",
        "أبدا", "أبدًا", "فريد*", "شغف*", "سعر عادل", "أسعار مناسبة",
        "بدقة", "بمحبة",
    ),
}  # fmt: skip

ALLOWED: dict[str, tuple[str, ...]] = {
    "en": (
        "best way", "best seen", "it's best", "best out of", "not always", "since {year}",
        "never existed",
    ),
    "de": ("am besten", "seit {year}", "wann immer", "immer her damit"),
    "fr": ("depuis {year}", "boissons fraîches", "aide toujours", "toujours bienvenue*"),
    "es": ("desde {year}", "el mejor momento", "la mejor opción", "nunca he", "nunca está de más"),
    "ar": ("منذ {year}", "ملابس مريحة"),
}  # fmt: skip


def _alternation(words: tuple[str, ...]) -> str:
    parts = [
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)"
        for w in sorted(words, key=len, reverse=True)
    ]
    return "(?:" + "|".join(parts) + ")"


@cache
def _pattern(code: str) -> re.Pattern[str] | None:
    words = CLAIM_WORDS.get(code)
    if not words:
        return None
    # Arabic glues "and", "with" and the article to a word: "والجودة", "بالجودة".
    start = r"(?<!\w)(?:[وفبلك]?(?:ال)?)" if code == "ar" else r"(?<!\w)"
    return re.compile(start + _alternation(words), re.IGNORECASE)


@cache
def _allowed(code: str) -> re.Pattern[str] | None:
    phrases = ALLOWED.get(code)
    if not phrases:
        return None
    return re.compile(r"(?<!\w)" + _alternation(phrases), re.IGNORECASE)


def claims_in(text: str, code: str) -> list[str]:
    """The claim words a text holds in its language, as found; [] when it makes none."""
    pattern = _pattern(code)
    if pattern is None:
        return []
    if allowed := _allowed(code):
        text = allowed.sub(" ", text)
    return [m.group(0) for m in pattern.finditer(text)]
