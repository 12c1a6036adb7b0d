"""Text folding shared by search and slugs: lower case, accents stripped."""
import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(value):
    """'Détartreur Zéphyr' -> 'detartreur zephyr' (lower case, accents and ligatures folded)."""
    decomposed = unicodedata.normalize("NFKD", value or "")
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.lower().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")


def search_words(value):
    """The folded words of a search query, punctuation dropped."""
    return [word for word in _NON_ALNUM.split(fold(value)) if word]


def slugify(value, max_length=80):
    return _NON_ALNUM.sub("-", fold(value)).strip("-")[:max_length].strip("-") or "sans-titre"
