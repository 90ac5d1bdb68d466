"""The speaker registry: who is who, under which names, holding which office when.

News writes the same person many ways ("Zelensky", "Zelenskyy", "le président ukrainien") and
the same office is held by different people over time ("le président américain" was Barack
Obama in 2015 and Donald Trump in 2025). The registry is the shared memory that turns those
spellings and descriptions into one stable id. It is plain data (``data/registry.yaml``
shipped in this package, plus the user's own files), so adding a person never means editing
code. One module per job:

- :mod:`.normalise`: comparison forms of names, slugs, inflections, word-by-word similarity;
- :mod:`.model`: ``Entry``, ``Office``, ``Role``;
- :mod:`.lookup`: ``Registry``, the index and its look-ups (exact, fuzzy, office on a date);
- :mod:`.io`: reading and writing registry YAML, the shipped and default registries;
- :mod:`.wikidata`: entity exports (JSON, JSONL, CSV) as registry mappings.

``docs/registry.md`` documents the file format and the fuzzy-matching threshold.
"""

from __future__ import annotations

from dixit.registry.io import (
    add_file,
    add_yaml,
    default_registry,
    import_entities,
    load_registry,
    to_yaml,
)
from dixit.registry.lookup import FUZZY_MIN_LENGTH, FUZZY_THRESHOLD, Registry
from dixit.registry.model import Entry, Office, Role
from dixit.registry.normalise import (
    inflections,
    name_similarity,
    normalise_name,
    slugify,
    strip_accents,
    surname_of,
    transliteration_key,
)
from dixit.registry.wikidata import RegistryError

__all__ = [
    "FUZZY_MIN_LENGTH",
    "FUZZY_THRESHOLD",
    "Entry",
    "Office",
    "Registry",
    "RegistryError",
    "Role",
    "add_file",
    "add_yaml",
    "default_registry",
    "import_entities",
    "inflections",
    "load_registry",
    "name_similarity",
    "normalise_name",
    "slugify",
    "strip_accents",
    "surname_of",
    "to_yaml",
    "transliteration_key",
]
