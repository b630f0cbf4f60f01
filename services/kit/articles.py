"""The article a business name takes inside a sentence when it opens on a common noun:
"bei der Brauerei Hopf", "beim Kiosk am Markt", "al Taller Fernández", "du Musée de la
Dentelle". A name that is a name ("Atemraum Yoga", "Le Petit Zinc", "Harbour Dental") stays
bare, and so does a name at the start of a sentence or after a colon, where it reads as a
label. English and Arabic templates need nothing.
"""

from __future__ import annotations

import re

# Business nouns by grammatical gender. German matches the last part of a compound
# ("Zahnarzt|praxis" is feminine, "Kfz-Meister|betrieb" masculine); Spanish and French the
# first word as written.
_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "f": (
            "praxis", "bäckerei", "konditorei", "metzgerei", "fleischerei", "brauerei",
            "kanzlei", "schule", "werkstatt", "apotheke", "agentur", "klinik", "stiftung",
            "galerie", "buchhandlung", "boutique", "pension", "gärtnerei", "schreinerei",
            "tischlerei", "druckerei", "rösterei", "manufaktur", "bar", "kneipe", "pizzeria",
            "trattoria", "osteria", "akademie", "beratung", "wäscherei", "reinigung",
            "brennerei", "kellerei", "imkerei", "töpferei", "schneiderei", "tagespflege",
            "kita", "gemeinschaft", "initiative", "kirche", "bibliothek", "herberge", "mühle",
            "technik", "fahrschule", "werkstätte", "gaststätte", "ambulanz", "tierarztpraxis",
        ),
        "n": (
            "hotel", "café", "cafe", "restaurant", "studio", "atelier", "büro", "bistro",
            "gasthaus", "wirtshaus", "haus", "zentrum", "institut", "museum", "theater",
            "kino", "geschäft", "labor", "weingut", "gut", "bad", "kontor", "lokal", "hostel",
        ),
        "m": (
            "kiosk", "salon", "laden", "verein", "betrieb", "markt", "hof", "club", "klub",
            "imbiss", "handel", "friseur", "garten", "keller", "späti", "dienst", "treff",
            "service", "versand",
        ),
    },
    "es": {
        "f": (
            "clínica", "fundación", "asociación", "panadería", "pastelería", "heladería",
            "cafetería", "librería", "floristería", "peluquería", "farmacia", "academia",
            "escuela", "autoescuela", "tienda", "taquería", "pizzería", "bodega", "cervecería",
            "marisquería", "frutería", "carnicería", "zapatería", "óptica", "consulta",
            "inmobiliaria", "agencia", "gestoría", "asesoría", "notaría", "imprenta",
            "guardería", "posada", "casa", "finca", "granja", "galería", "residencia",
            "lavandería", "tintorería", "barbería", "cooperativa", "organización", "biblioteca",
            "escuela", "hamburguesería", "churrería", "ferretería", "veterinaria",
        ),
        "m": (
            "taller", "restaurante", "hotel", "hostal", "estudio", "despacho", "bufete",
            "centro", "café", "bar", "gimnasio", "consultorio", "club", "colegio", "instituto",
            "hospital", "museo", "mercado", "laboratorio", "albergue", "camping", "spa",
            "salón", "bazar", "quiosco", "obrador", "horno", "mesón", "asador", "chiringuito",
            "hogar", "refugio", "teatro", "cine", "grupo", "equipo", "servicio", "almacén",
        ),
    },
    "fr": {
        "f": (
            "boulangerie", "pâtisserie", "librairie", "galerie", "maison", "clinique",
            "pharmacie", "école", "auto-école", "agence", "fondation", "association",
            "brasserie", "crêperie", "fromagerie", "boutique", "ferme", "cave", "épicerie",
            "boucherie", "charcuterie", "chocolaterie", "confiserie", "menuiserie",
            "imprimerie", "laverie", "auberge", "table", "résidence", "salle", "académie",
            "coopérative", "entreprise", "société",
        ),
        "m": (
            "musée", "cabinet", "atelier", "restaurant", "hôtel", "bistrot", "bistro", "café",
            "salon", "studio", "institut", "centre", "garage", "château", "domaine", "théâtre",
            "club", "magasin", "laboratoire", "comptoir", "marché", "moulin", "relais",
            "refuge", "gîte", "camping", "collectif", "bureau", "espace", "groupe",
        ),
    },
}  # fmt: skip

# Endings that give a noun's gender by rule, for a business noun no list can hold: German
# "-erei"/"-ei" and "-ung" are feminine ("Schlosserei", "Gebäudereinigung"), "-bau" masculine
# ("Holzbau"); Spanish "-ería" ("Fontanería", "Cerrajería") and French "-erie" ("Plomberie",
# "Serrurerie") are feminine. A plural ("Limpiezas Brillo", "Transports Martin") matches no
# ending and stays bare, as a trade name in the plural does.
_ENDINGS: dict[str, tuple[tuple[str, str, int], ...]] = {
    "de": (("erei", "f", 6), ("ei", "f", 7), ("ung", "f", 7), ("bau", "m", 6)),
    "es": (("ería", "f", 6),),
    "fr": (("erie", "f", 6),),
}  # (ending, gender, the shortest word it applies to)

_GERMAN_DATIVE = {"m": "dem", "n": "dem", "f": "der"}
_GERMAN_ACCUSATIVE = {"m": "den", "n": "das", "f": "die"}
_GERMAN_CASE = {
    # "an" and "in" take the dative where the kit uses them ("Interesse an", "in").
    **dict.fromkeys(
        ("bei", "von", "mit", "zu", "nach", "aus", "hinter", "vor", "an", "in"), "dative"
    ),
    **dict.fromkeys(("für", "über", "um", "durch", "gegen", "ohne", "auf"), "accusative"),
}
_CONTRACTIONS = {
    "bei dem": "beim", "von dem": "vom", "zu dem": "zum", "zu der": "zur", "an dem": "am",
    "in dem": "im",
    "a el": "al", "de el": "del",
    "à le": "au", "de le": "du", "à les": "aux", "de les": "des",
}  # fmt: skip
# Where the name is the subject ("was der Kiosk bietet", "Das ist die Brauerei Hopf") or
# the object of "Sie"/"ich" ("Lernen Sie den Kiosk kennen").
_GERMAN_NOMINATIVE = {"m": "der", "n": "das", "f": "die"}
_GERMAN_WORD_CASE = {
    **dict.fromkeys("was wo womit warum wie sich funktioniert ist dass ob".split(), "nominative"),
    **dict.fromkeys("Sie ich entwickeln".split(), "accusative"),
}
_GERMAN_PREPOSITION = re.compile(
    r"(?<!\w)(" + "|".join(_GERMAN_CASE) + r") \{name\}", re.IGNORECASE
)
_GERMAN_WORD = re.compile(r"(?<!\w)(" + "|".join(_GERMAN_WORD_CASE) + r") \{name\}")
_GERMAN_QUESTION_WORD = re.compile(r"(?<!\w)(Was|Wo|Womit|Warum|Wie) \{name\}")
# Spanish and French: a name preceded by a word in the same clause, "con {name}",
# "ayudarte {name}", "de {name}". French "chez" suits a person or a shop's owner ("chez
# Paul"): a name that opens on a noun is a place, so "chez" becomes "à" ("au Musée").
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)([ \u00a0])\{name\}")
_PLACE_FOR = {"chez": "à", "Chez": "À"}
_VOWEL_START = re.compile(r"[aeiouyhâàäéèêëîïôöûüœæ]", re.IGNORECASE)


def gender_of(name: str, code: str) -> str:
    """ "f", "m" or "n" when the name opens on a business noun of the language; "" for a
    name that is a name."""
    nouns = _NOUNS.get(code)
    first = re.split(r"[\s\"'„“”«»]+", name.strip(), maxsplit=1)[0]
    if not nouns or not first[:1].isupper():
        return ""
    word = first.lower()
    for gender, words in nouns.items():
        for noun in words:
            if word == noun:
                return gender
            # German compounds: "Zahnarztpraxis", "Kfz-Meisterbetrieb".
            if code == "de" and len(noun) >= 4 and word.rsplit("-", 1)[-1].endswith(noun):
                return gender
    last = word.rsplit("-", 1)[-1]
    for ending, gender, shortest in _ENDINGS.get(code, ()):
        if len(last) >= shortest and last.endswith(ending):
            return gender
    return ""


def with_articles(template: str, name: str, code: str) -> str:
    """The template with the article its language puts before this name where the name
    sits inside a sentence; unchanged for a name that takes none."""
    gender = gender_of(name, code)
    if not gender or "{name}" not in template:
        return template
    if code == "de":
        template = _GERMAN_PREPOSITION.sub(lambda m: _german(m, gender), template)
        template = _GERMAN_QUESTION_WORD.sub(
            lambda m: f"{m.group(1)} {_GERMAN_NOMINATIVE[gender]} {{name}}", template
        )
        return _GERMAN_WORD.sub(lambda m: _german_word(m, gender), template)
    return _WORD_BEFORE.sub(lambda m: _romance(m, gender, name, code), template)


def _german(match: re.Match[str], gender: str) -> str:
    preposition = match.group(1)
    dative = _GERMAN_CASE[preposition.lower()] == "dative"
    phrase = f"{preposition.lower()} {(_GERMAN_DATIVE if dative else _GERMAN_ACCUSATIVE)[gender]}"
    phrase = _CONTRACTIONS.get(phrase, phrase)
    if preposition[:1].isupper():
        phrase = phrase[:1].upper() + phrase[1:]
    return phrase + " {name}"


def _german_word(match: re.Match[str], gender: str) -> str:
    table = (
        _GERMAN_NOMINATIVE
        if _GERMAN_WORD_CASE[match.group(1)] == "nominative"
        else _GERMAN_ACCUSATIVE
    )
    return f"{match.group(1)} {table[gender]} {{name}}"


def _romance(match: re.Match[str], gender: str, name: str, code: str) -> str:
    word, space = match.group(1), match.group(2)
    if code == "fr":
        word = _PLACE_FOR.get(word, word)
    if code == "fr" and _VOWEL_START.match(name):
        return f"{word}{space}l\u2019{{name}}"  # French elides: "de l'Atelier"
    article = {"es": {"m": "el", "f": "la"}, "fr": {"m": "le", "f": "la"}}[code][gender]
    phrase = f"{word.lower()} {article}"
    if phrase in _CONTRACTIONS:
        contracted = _CONTRACTIONS[phrase]
        word_out = contracted if word[:1].islower() else contracted[:1].upper() + contracted[1:]
        return f"{word_out}{space}{{name}}"
    return f"{word}{space}{article} {{name}}"
