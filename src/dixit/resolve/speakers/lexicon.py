"""The words that matter to speaker resolution: fixed function words, and the language data.

``SpeakerLexicon`` is read from ``lang/<code>/speakers.yaml`` (pronouns, titles,
description and organisation heads, first names, places), so that a new language is a data
file; ``load_lexicon`` caches one per language. The closed word sets the rules read
(prepositions of complements, name particles, definite determiners, acronym fillers) are
fields too, each language listing its own.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from dixit.lang import get_language
from dixit.registry import inflections, normalise_name

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SpeakerLexicon:
    """The words that matter to speaker resolution in one language.

    Read from ``lang/<code>/speakers.yaml``, so that a new language is a data file.
    """

    lang: str
    pronouns: dict[str, tuple[str | None, str]]
    last_mentioned: dict[tuple[str, ...], tuple[str | None, str]]
    determiners: dict[str, str | None]
    titles: frozenset[str]
    title_gender: dict[str, str]
    description_heads: tuple[tuple[str, ...], ...]
    counterpart_heads: frozenset[str]
    organisation_heads: tuple[tuple[str, ...], ...]
    group_heads: frozenset[str]
    first_names: dict[str, str]
    person_suffixes: tuple[str, ...] = ()
    demonym_suffixes: tuple[str, ...] = ()
    proxy_heads: frozenset[str] = frozenset()
    type_heads: frozenset[str] = frozenset()
    complement_drop: tuple[str, ...] = ()
    organisation_people: dict[str, frozenset[str]] = field(default_factory=dict)
    organisation_display: dict[str, str] = field(default_factory=dict)
    member_bodies: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    organisation_synonyms: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    department_bodies: frozenset[str] = frozenset()
    town_bodies: frozenset[str] = frozenset()
    departements: tuple[str, ...] = ()
    habit_departements: tuple[str, ...] = ()
    possessives: frozenset[str] = frozenset()
    kinship_heads: frozenset[str] = frozenset()
    spokesperson_heads: frozenset[str] = frozenset()
    source_heads: frozenset[str] = frozenset()
    #: Sittings, meetings and events ("la séance du Sénat", "la réunion du comité"): no
    #: speaker themselves; the body or person in their complement speaks, if any.
    occasion_heads: frozenset[str] = frozenset()
    #: The words that name each country a page may be about, by country
    #: (``countries.page_country``); the home country and its registry office prefixes.
    countries: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    home_country: str | None = None
    home_offices: tuple[str, ...] = ()
    known_bodies: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Prepositions that introduce a complement: a capitalised word after them names a place
    #: or a body the person belongs to ("la porte-parole de la Maison-Blanche"), not the person.
    complement_words: frozenset[str] = frozenset()
    #: Lower-case words that may sit inside a name ("Ursula von der Leyen", "Marine Le Pen").
    name_particles: frozenset[str] = frozenset()
    #: Words a mention may open with that are not part of the speaker ("selon lui").
    leading_prepositions: frozenset[str] = frozenset()
    #: Determiners of a definite description: "le magistrat" is someone already known, "un
    #: magistrat" is someone new.
    definite: frozenset[str] = frozenset()
    #: Possessives that open a description of someone's staff or kin ("son avocat").
    singular_possessives: frozenset[str] = frozenset()
    #: Openers of a spokesperson phrase that is nobody in particular ("un porte-parole de X").
    anonymous_openers: frozenset[str] = frozenset()
    #: Lower-case bodies a document may speak for ("les chiffres de la direction").
    source_bodies: frozenset[str] = frozenset()
    #: Elided articles and prepositions glued to the next word ("l'Élysée", "d'Occitanie").
    elisions: tuple[str, ...] = ()
    #: Words an acronym skips: "Service départemental d'incendie et de secours" is SDIS.
    acronym_skip: frozenset[str] = frozenset()
    #: The article a contracted partitive holds ("du" -> "le"), to read its complement alone.
    partitive_articles: dict[str, str] = field(default_factory=dict)
    #: Endings of nouns naming a woman ("actrice", "avocate"), for a description's gender.
    feminine_suffixes: tuple[str, ...] = ()
    #: Pronouns of the one who speaks ("je", "nous").
    first_person: frozenset[str] = frozenset()
    #: Pronouns of the one who speaks, of whom they speak to and of "on": never a name,
    #: even written with a capital at the head of a sentence ("Nous avons souligné …").
    speech_pronouns: frozenset[str] = frozenset()
    #: Prepositions glued to an article ("aux César"): a name after one is no person.
    contracted_articles: frozenset[str] = frozenset()
    #: A source taken up from the statement before ("selon cette source").
    same_source: frozenset[tuple[str, ...]] = frozenset()
    unnamed_sources: frozenset[str] = frozenset()
    #: Indefinite determiners that bring someone in without a name ("un témoin",
    #: "plusieurs médias"): left unresolved, such a speaker is anonymous.
    unnamed_openers: frozenset[str] = frozenset()
    #: The word of a saying clause of comparison right after someone's words ("…, comme
    #: l'a affirmé X"): its inverted subject said them.
    #: Particles that open a noun's complement (the grammar's ``partitives``: "de", "du").
    partitives: frozenset[str] = frozenset()
    #: Nouns of a kind of body, and their kind: with an article and no name they take up
    #: the body that was speaking ("le service météorologique", "le géant américain").
    body_epithets: dict[str, str] = field(default_factory=dict)
    #: Nouns of places and institutions named after a person ("Fondation Jean Moulin")
    named_after_heads: frozenset[str] = frozenset()
    #: The preposition of a participle's agent ("un article publié par X" is X's).
    agent_prepositions: frozenset[str] = frozenset()
    #: Relative pronouns whose clause names who holds a document ("les informations dont
    #: X dispose", "les documents que X a consultés"): the clause's subject holds it.
    holder_relatives: frozenset[str] = frozenset()
    #: Articles of another language that a body's name drops ("The Washington Post").
    foreign_articles: frozenset[str] = frozenset()
    #: Conjunctions that coordinate two speakers ("X et Y ont affirmé").
    coordinators: frozenset[str] = frozenset()
    #: Lemmas of the copula (the grammar's ``copulas``: "être"): a participle or adjective
    #: after it agrees with the subject ("X s'est dite soulagée").
    copulas: frozenset[str] = frozenset()
    #: Whether the language writes an office with capitals before a name ("Foreign
    #: Secretary Liz Truss"): those words are the person's description, not their name.
    capitalised_offices: bool = False
    #: Whether a compound's head noun comes last ("the police spokesman" is a person of the
    #: police, not the police): a mention ending on a noun of a person is no body.
    head_last: bool = False
    #: Plural nouns of people sent by a body, who speak for it ("African Union observers",
    #: "observers from the Commonwealth" are the African Union's, the Commonwealth's).
    body_members: frozenset[str] = frozenset()
    #: The words after a number that make an age a description ("the 54-year-old").
    age_words: tuple[str, ...] = ()
    #: Short forms of first names, each to its full form ("steve" -> "stephen"): two spellings
    #: of one person's first name in one article ("Stephen Barclay", "Steve Barclay").
    first_name_forms: dict[str, str] = field(default_factory=dict)
    # -- speakers4 (round 4) --
    #: Words that date a statement (weekdays, months, parts of the day, from the language's
    #: time lexicon): a mention opening with them ("mardi le parquet") starts after them.
    time_words: frozenset[str] = frozenset()
    #: Demonstratives before a time word ("ce mardi").
    time_demonstratives: frozenset[str] = frozenset()
    #: Phrases opening an adjunct after the speaker ("dans son communiqué", "au cours d'une
    #: conférence"): a mention ends before them.
    mention_adjuncts: tuple[str, ...] = ()
    #: Lemmas of reporting verbs that go on with words said just before ("continuer",
    #: "ajouter"): a description nothing binds is the previous speaker.
    resuming_cues: frozenset[str] = frozenset()
    #: Demonstrative determiners ("ce transfuge"): the noun points back at someone named.
    demonstratives: frozenset[str] = frozenset()
    #: Adjectives of sameness before a document ("le même communiqué"): the document named
    #: before, whose issuer speaks.
    sameness_words: frozenset[str] = frozenset()
    #: Participles of a document passed on by another ("le communiqué cité par l'agence X",
    #: "relayé par"): their agent relays the words, the document's issuer speaks.
    relay_participles: frozenset[str] = frozenset()
    #: Endings of a cue inverted with the impersonal subject ("explique-t-on").
    impersonal_inversions: tuple[str, ...] = ()
    #: Prepositions before the place where something is said ("au parquet"), with the
    #: article their phrase reads with alone ("au" -> "le"; "à" -> none).
    place_articles: dict[str, str] = field(default_factory=dict)
    # -- speakers5 (round 5) --
    #: Articles that open a title when written with a capital inside a sentence ("dit Le
    #: Parisien"): the phrase is no demonym of a person ("le Parisien").
    title_articles: frozenset[str] = frozenset()
    #: Each head of a description to the heads naming the same office ("technicien" ->
    #: "entraîneur", "coach"…), so an epithet takes up the person bound by another word.
    office_synonyms: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = field(default_factory=dict)
    # -- speakers6 (round 6) --
    #: Each noun of a function to the number of its group (``distinct_offices``, with the
    #: kinship nouns as one more group): a person the article calls by a noun of one group
    #: is not who a noun of another group describes ("la procureure" is not "la maire, X").
    office_groups: dict[tuple[str, ...], int] = field(default_factory=dict)
    #: Marks after a paragraph's rubric word ("Chic : le Serbe X …"); none: no rubrics.
    rubric_marks: frozenset[str] = frozenset()
    # -- english6 (round 6) --
    #: Whether a surname two people of the article share is the one person the registry
    #: knows by it ("Trump" after "Donald Trump" and "Ivanka Trump").
    shared_surname_registry: bool = False
    #: Whether a lone capitalised word the tagger reads as a proper noun, with no entity
    #: label against it, is a surname ("Maddow said" with no full name in the text).
    lone_proper_noun_surname: bool = False
    #: Initials of parties written before a state with a hyphen ("D-Ohio", "R-Texas"): the
    #: state after them is no name.
    party_initials: frozenset[str] = frozenset()
    # -- mentions7 (round 7) --
    #: Each spelling of a political family's noun ("libérale", "socialistes") to the names of
    #: its parties as comparison words ("open vld", "mr"): the family describes a person the
    #: article ties to one of them ("la libérale flamande" after "Maggie X (Open VLD)").
    political_families: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    #: Plural group heads that adjectives make one body ("les autorités françaises").
    qualified_groups: frozenset[str] = frozenset()
    # -- speakers8 (round 8) --
    #: Words written after a full name that tell a father from his son ("Paul X fils",
    #: "Paul X père"): part of the person's canonical name, not of the surname.
    generational_suffixes: frozenset[str] = frozenset()
    # -- english9 (round 9) --
    #: Offices the press writes in capitals ("the PM"): a person holding the office, never
    #: a body's acronym.
    office_acronyms: frozenset[str] = frozenset()
    # -- speakers9 (round 9) --
    #: The word opening a byline ("Par Jeanne X - Publié le …"): the journalist named
    #: there writes the article and is no person of the story.
    byline_openers: frozenset[str] = frozenset()
    #: Determiners of a plural phrase ("les", "des", "ces"): a plural description is a
    #: group, never one person.
    plural_determiners: frozenset[str] = frozenset()
    #: Quantifiers before an article ("tous les syndicats de X"): no word of the name.
    quantifiers: frozenset[str] = frozenset()
    #: Phrases opening a subject as an aside ("de son côté le cdH", "pour sa part le
    #: maire"): the mention starts after them.
    leading_adjuncts: tuple[tuple[str, ...], ...] = ()
    #: Titles written before a name that say the person's function ("Me X" is a lawyer),
    #: to the heads of that function: "l'avocat" is the one person titled "Me".
    function_titles: dict[str, frozenset[str]] = field(default_factory=dict)
    # -- english10 (session 10) --
    #: Titles written before a first name alone ("Sir Keir", "Dame Ann"): the one person
    #: of the article with that first name.
    first_name_titles: frozenset[str] = frozenset()
    # -- speakers17d (session 17) --
    #: Words that make an office a past one ("l'ancien maire"): not its present holder.
    former_markers: frozenset[str] = frozenset()
    # -- speakers21d (session 21) --
    #: Words before an office that say its present holder: "le nouveau maire".
    current_holder_words: frozenset[str] = frozenset()
    #: Words after an office that say a leaving holder: "le maire sortant".
    outgoing_markers: frozenset[str] = frozenset()
    # -- speakers19c (session 19) --
    #: Masculine endings of nouns of people to the feminine ending the press always uses
    #: for a woman ("candidat": "candidate"): a listed head so formed says a man.
    feminine_endings: dict[str, str] = field(default_factory=dict)
    #: Phrases that open a sentence on whom its subject answers ("en réaction à X, il a
    #: répondu"): a person named there is not the subject pronoun that follows.
    reply_frames: tuple[tuple[str, ...], ...] = ()
    #: Common nouns standing for a place in an office's complement ("la maire de la commune").
    place_nouns: frozenset[str] = frozenset()
    #: Prepositions that open a sentence on the body whose staff its subject is ("Chez X,
    #: la direction assure …": X's management).
    body_openers: tuple[str, ...] = ()
    #: Whether a known first name and a capitalised proper noun after it are a person's
    #: name where the tagger tags none ("Theresa May", the surname read as a month).
    untagged_first_names: bool = False
    #: Prepositions before a place ("à Lens", "en Corse"): a word written after one is a
    #: place, not the surname of a headline's subject.
    place_prepositions: frozenset[str] = frozenset()
    #: Whether a headline's subject written without a determiner is a person's surname
    #: that the body's descriptions take up ("Blanc donnera sa liste demain").
    headline_surname: bool = False
    #: Whether two capitals may stand for a person's initials ("a répliqué DD").
    two_letter_initials: bool = False
    # -- speakers10 (round 10) --
    #: Nouns that say only that someone is a person ("l'homme de 47 ans", "la
    #: quinquagénaire"): an epithet of no function, never a contrast with the speaker before.
    plain_person_nouns: frozenset[str] = frozenset()
    #: Nouns that say someone holds some office without saying which ("l'élue", "le
    #: responsable"): they take up the office named just before, never a contrast with it.
    generic_office_nouns: frozenset[str] = frozenset()
    # -- speakers15 --
    #: Titles of the officers of a court written bare before a name ("le président X",
    #: "Maître Y"), and the nouns of the person tried ("le prévenu", "l'accusée"): the one
    #: is never the other.
    court_titles: frozenset[str] = frozenset()
    tried_parties: frozenset[str] = frozenset()
    #: Countries and regions whose names end like a demonym or a person's noun ("l'Ukraine",
    #: "la Mauritanie", "le Kazakhstan"), in comparison form without their article: a place,
    #: never the description of a person.
    place_names: frozenset[str] = frozenset()
    # -- session 15 --
    #: Names the tagger often labels as a person's that name a disease, a feast or an event
    #: ("sans Covid", "avant Pâques"): never a person who can be described or speak.
    not_person_names: frozenset[str] = frozenset()
    # -- speakers18b --
    #: Titles of whoever heads a state or a body ("le président X", "la directrice"), and
    #: the distinct offices no such head holds besides ("le ministre", "le préfet"): each as
    #: comparison words. A person known only by a head's title is not who one of those
    #: offices describes, and the reverse.
    head_titles: tuple[tuple[str, ...], ...] = ()
    offices_apart_from_heads: tuple[tuple[str, ...], ...] = ()
    # -- speakers21a --
    #: Demonstrative pronouns that stand for nobody without a relative or a complement
    #: ("déplore celui qui …"): a mention that is only one of them names no speaker.
    bare_demonstratives: frozenset[str] = frozenset()
    #: Nouns of people, groups and media that neither a listed head nor a person's suffix
    #: shows ("l'agent", "la victime", "plusieurs médias"): a mention headed by one can speak.
    speaking_nouns: frozenset[str] = frozenset()
    #: Nouns of a share or a number ("une partie de l'opposition"): the noun of their
    #: complement is the phrase's head when a mention's speech is weighed.
    quantity_heads: frozenset[str] = frozenset()

    def head_title(self, words: Iterable[str]) -> bool:
        """Whether description words open with a head's title ("président du club")."""
        words = tuple(words)
        return any(words[: len(title)] == title for title in self.head_titles)

    def apart_from_heads(self, group: int | None) -> bool:
        """Whether an office group (``office_group``) is one no head of a body holds."""
        return group is not None and any(
            self.office_groups.get(office) == group for office in self.offices_apart_from_heads
        )

    @cached_property
    def party_names(self) -> frozenset[tuple[str, ...]]:
        """Every party of the political families, as comparison words: a mention that is
        only one of them ("Groen", "LFI") is that party speaking."""
        return frozenset().union(*self.political_families.values())

    @classmethod
    def from_mapping(
        cls,
        lang: str,
        data: dict[str, Any],
        partitives: Iterable[str] = (),
        copulas: Iterable[str] = (),
        time: dict[str, Any] | None = None,
    ) -> SpeakerLexicon:
        def gn(value: dict[str, Any]) -> tuple[str | None, str]:
            gender = value.get("gender")
            return (gender if gender in {"masc", "fem"} else None, value.get("number", "sing"))

        titles = data.get("titles") or {}
        by_gender: dict[str, set[str]] = {
            g: {normalise_name(t) for t in titles.get(g) or []} for g in titles
        }
        masc, fem = by_gender.get("masc", set()), by_gender.get("fem", set())
        title_gender = {t: "masc" for t in masc - fem} | {t: "fem" for t in fem - masc}
        names = data.get("first_names") or {}
        first_names: dict[str, str] = {}
        for gender in ("masc", "fem"):
            for name in names.get(gender) or []:
                key = normalise_name(name)
                # A name listed under both genders tells nothing.
                first_names[key] = gender if first_names.get(key, gender) == gender else ""
        for name, gender in list(first_names.items()):
            if gender == "masc":
                for spelt in feminine_forms(name, data.get("feminine_first_names") or {}):
                    first_names.setdefault(spelt, "fem")

        def words(key: str) -> frozenset[str]:
            return frozenset(normalise_name(w) for w in data.get(key) or [])

        def phrases(values: Iterable[str]) -> tuple[tuple[str, ...], ...]:
            words = {tuple(normalise_name(v).split()) for v in values}
            # Longest first; ties in word order, so the first head found never hangs on the
            # process's string hashing (a set's order changes with PYTHONHASHSEED).
            return tuple(sorted((w for w in words if w), key=lambda w: (-len(w), w)))

        return cls(
            lang=lang,
            pronouns={normalise_name(k): gn(v) for k, v in (data.get("pronouns") or {}).items()},
            last_mentioned={
                tuple(normalise_name(k).split()): gn(v)
                for k, v in (data.get("last_mentioned") or {}).items()
            },
            determiners={normalise_name(k): v for k, v in (data.get("determiners") or {}).items()},
            titles=frozenset(set().union(*by_gender.values()) if by_gender else set()),
            title_gender=title_gender,
            description_heads=phrases(data.get("description_heads") or []),
            counterpart_heads=frozenset(
                normalise_name(w) for w in data.get("counterpart_heads") or []
            ),
            organisation_heads=phrases(data.get("organisation_heads") or []),
            group_heads=frozenset(normalise_name(w) for w in data.get("group_heads") or []),
            first_names={k: v for k, v in first_names.items() if v},
            person_suffixes=tuple(
                normalise_name(x) for x in data.get("person_suffixes") or [] if x.strip()
            ),
            demonym_suffixes=tuple(
                normalise_name(x) for x in data.get("demonym_suffixes") or [] if x.strip()
            ),
            proxy_heads=frozenset(normalise_name(w) for w in data.get("proxy_heads") or []),
            type_heads=frozenset(normalise_name(w) for w in data.get("type_heads") or []),
            complement_drop=tuple(normalise_name(w) for w in data.get("complement_drop") or []),
            organisation_people={
                normalise_name(k): frozenset(normalise_name(p) for p in v or [])
                for k, v in (data.get("organisation_people") or {}).items()
            },
            organisation_display={
                normalise_name(k): k[:1].upper() + k[1:]
                for k in (data.get("organisation_people") or {})
            },
            member_bodies={
                normalise_name(k): phrases(v or [])
                for k, v in (data.get("member_bodies") or {}).items()
            },
            organisation_synonyms={
                normalise_name(k): phrases(v or [])
                for k, v in (data.get("organisation_synonyms") or {}).items()
            },
            department_bodies=frozenset(
                normalise_name(w) for w in data.get("department_bodies") or []
            ),
            town_bodies=frozenset(normalise_name(w) for w in data.get("town_bodies") or []),
            departements=tuple(str(d) for d in data.get("departements") or []),
            habit_departements=tuple(str(d) for d in data.get("habit_departements") or []),
            possessives=frozenset(normalise_name(w) for w in data.get("possessives") or []),
            kinship_heads=frozenset(normalise_name(w) for w in data.get("kinship_heads") or []),
            spokesperson_heads=frozenset(
                normalise_name(w) for w in data.get("spokesperson_heads") or []
            ),
            source_heads=frozenset(normalise_name(w) for w in data.get("source_heads") or []),
            occasion_heads=frozenset(normalise_name(w) for w in data.get("occasion_heads") or []),
            countries={
                normalise_name(k): tuple(tuple(normalise_name(w).split()) for w in v or [])
                for k, v in (data.get("countries") or {}).items()
            },
            home_country=normalise_name(data["home_country"]) if data.get("home_country") else None,
            home_offices=tuple(data.get("home_offices") or ()),
            known_bodies={
                normalise_name(k): frozenset(normalise_name(b) for b in v or [])
                for k, v in (data.get("known_bodies") or {}).items()
            },
            complement_words=words("complement_words"),
            name_particles=words("name_particles"),
            leading_prepositions=words("leading_prepositions"),
            definite=words("definite"),
            singular_possessives=words("singular_possessives"),
            anonymous_openers=words("anonymous_openers"),
            source_bodies=words("source_bodies"),
            elisions=tuple(normalise_name(w) for w in data.get("elisions") or []),
            acronym_skip=words("acronym_skip"),
            contracted_articles=words("contracted_articles"),
            first_person=words("first_person"),
            speech_pronouns=words("first_person") | words("speech_pronouns"),
            feminine_suffixes=tuple(normalise_name(w) for w in data.get("feminine_suffixes") or []),
            same_source=frozenset(phrases(data.get("same_source") or [])),
            unnamed_sources=words("unnamed_sources"),
            unnamed_openers=words("unnamed_openers"),
            partitive_articles={
                normalise_name(k): str(v) for k, v in (data.get("partitive_articles") or {}).items()
            },
            partitives=frozenset(normalise_name(w) for w in partitives),
            agent_prepositions=words("agent_prepositions"),
            holder_relatives=words("holder_relatives"),
            foreign_articles=words("foreign_articles"),
            coordinators=words("coordinators"),
            copulas=frozenset(copulas),
            capitalised_offices=bool(data.get("capitalised_offices")),
            head_last=bool(data.get("head_last")),
            body_members=words("body_members"),
            age_words=tuple(normalise_name(str(data.get("age_words") or "")).split()),
            first_name_forms={
                normalise_name(short): normalise_name(full)
                for full, shorts in (data.get("first_name_forms") or {}).items()
                for short in [full, *(shorts or [])]
            },
            named_after_heads=frozenset(
                normalise_name(w) for w in data.get("named_after_heads") or []
            ),
            body_epithets={
                normalise_name(noun): kind
                for kind, nouns in (data.get("body_epithets") or {}).items()
                for noun in nouns or []
            },
            time_words=frozenset(
                normalise_name(str(w))
                for key in ("weekdays", "months", "day_parts", "past_markers")
                for w in (time or {}).get(key) or []
                if "." not in str(w)  # "sept." would take the number "sept"
            )
            | frozenset(
                normalise_name(str(d.get("text", "")))
                for d in (time or {}).get("deictic") or []
                if isinstance(d, dict) and len(str(d.get("text", "")).split()) == 1
            ),
            time_demonstratives=frozenset(
                normalise_name(w) for w in (time or {}).get("demonstratives") or []
            ),
            resuming_cues=words("resuming_cues"),
            demonstratives=words("demonstratives"),
            sameness_words=words("sameness_words"),
            relay_participles=words("relay_participles"),
            impersonal_inversions=tuple(data.get("impersonal_inversions") or ()),
            place_articles={
                normalise_name(k): str(v or "")
                for k, v in (data.get("place_articles") or {}).items()
            },
            mention_adjuncts=tuple(
                sorted(
                    {normalise_name(w) for w in data.get("mention_adjuncts") or []},
                    key=lambda w: (len(w), w),
                )
            ),
            title_articles=words("title_articles"),
            office_synonyms=_synonym_index(data.get("office_synonyms") or []),
            rubric_marks=frozenset(data.get("rubric_marks") or ()),
            office_groups=_group_index(
                [*(data.get("distinct_offices") or []), data.get("kinship_heads") or []]
            ),
            shared_surname_registry=bool(data.get("shared_surname_registry")),
            lone_proper_noun_surname=bool(data.get("lone_proper_noun_surname")),
            party_initials=words("party_initials"),
            political_families=_family_index(data.get("political_families") or {}),
            qualified_groups=words("qualified_groups"),
            generational_suffixes=words("generational_suffixes"),
            office_acronyms=words("office_acronyms"),
            byline_openers=words("byline_openers"),
            plural_determiners=words("plural_determiners"),
            quantifiers=words("quantifiers"),
            leading_adjuncts=phrases(data.get("leading_adjuncts") or []),
            place_prepositions=words("place_prepositions"),
            headline_surname=bool(data.get("headline_surname")),
            two_letter_initials=bool(data.get("two_letter_initials")),
            plain_person_nouns=words("plain_person_nouns"),
            generic_office_nouns=words("generic_office_nouns"),
            court_titles=words("court_titles"),
            tried_parties=words("tried_parties"),
            place_names=words("place_names"),
            not_person_names=words("not_person_names"),
            function_titles={
                normalise_name(k): frozenset(normalise_name(w) for w in v or [])
                for k, v in (data.get("function_titles") or {}).items()
            },
            first_name_titles=words("first_name_titles"),
            former_markers=words("former_markers"),
            current_holder_words=words("current_holder_words"),
            outgoing_markers=words("outgoing_markers"),
            reply_frames=phrases(data.get("reply_frames") or []),
            feminine_endings={
                normalise_name(k) if k else "": normalise_name(v)
                for k, v in (data.get("feminine_endings") or {}).items()
            },
            place_nouns=words("place_nouns"),
            body_openers=tuple(normalise_name(w) for w in data.get("body_openers") or []),
            untagged_first_names=bool(data.get("untagged_first_names")),
            head_titles=phrases(data.get("head_titles") or []),
            offices_apart_from_heads=phrases(data.get("offices_apart_from_heads") or []),
            bare_demonstratives=words("bare_demonstratives"),
            speaking_nouns=words("speaking_nouns"),
            quantity_heads=words("quantity_heads"),
        )

    def office_group(self, words: Iterable[str]) -> int | None:
        """The group of functions a description's head belongs to (``office_groups``): its
        longest head opening the words, or opening them after one word ("le jeune avocat",
        "le frère aîné"); None when its head names no distinct function ("le responsable")."""
        words = tuple(words)
        for skip in (0, 1):
            rest = words[skip:]
            for n in range(min(len(rest), 4), 0, -1):
                group = self.office_groups.get(rest[:n])
                if group is not None:
                    return group
        return None

    def strip_determiners(self, words: list[str]) -> tuple[list[str], str | None]:
        """Drop leading articles and possessives; return the words and the gender they showed."""
        gender = None
        if len(words) > 1 and words[0] in self.quantifiers and words[1] in self.determiners:
            words = words[1:]  # "tous les syndicats": the quantifier, then the article
        while words and (words[0] in self.determiners or words[0] in self.leading_prepositions):
            gender = self.determiners.get(words[0]) or gender
            words = words[1:]
        return words, gender

    def description_head(self, words: list[str]) -> tuple[str, ...] | None:
        """The description head a mention's words contain ("porte-parole", "press secretary")."""
        index = _heads_by_first_form(self.description_heads)
        candidates = {head for w in words for head in index.get(w, ())}
        if not candidates:
            return None
        for head in self.description_heads:
            if head not in candidates:
                continue
            n = len(head)
            for i in range(len(words) - n + 1):
                if all(w in inflections(h) for w, h in zip(words[i : i + n], head, strict=True)):
                    return head
        return None

    def opens_with_description_head(self, words: list[str]) -> bool:
        """Whether the words start with a description head ("premier ministre …")."""
        if not words:
            return False
        # Only the heads whose first word can be spelt as the mention's first word.
        heads = _heads_by_first_form(self.description_heads).get(words[0], ())
        return any(
            len(words) >= len(head)
            and all(w in inflections(h) for w, h in zip(words[: len(head)], head, strict=True))
            for head in heads
        )

    def organisation_head(self, words: list[str]) -> bool:
        """Whether the mention opens with an organisation noun ("la mairie de Lyon")."""
        if not words:
            return False
        heads = _heads_by_first_word(self.organisation_heads).get(words[0], ())
        return any(len(words) >= len(head) and tuple(words[: len(head)]) == head for head in heads)


def _synonym_index(
    groups: Iterable[Iterable[str]],
) -> dict[tuple[str, ...], frozenset[tuple[str, ...]]]:
    """Each head of each group to every head of its group (itself included)."""
    index: dict[tuple[str, ...], frozenset[tuple[str, ...]]] = {}
    for group in groups:
        heads = frozenset(tuple(normalise_name(h).split()) for h in group)
        for head in heads:
            index[head] = index.get(head, frozenset()) | heads
    return index


def _family_index(families: dict[str, Any]) -> dict[str, frozenset[tuple[str, ...]]]:
    """Each spelling of each family's noun to the comparison words of the family's parties;
    a spelling two families share ("libéral" and "réformateur" both hold the MR) gets both."""
    index: dict[str, frozenset[tuple[str, ...]]] = {}
    for family, entry in families.items():
        entry = entry or {}
        parties = frozenset(
            tuple(normalise_name(p).split()) for p in entry.get("parties") or [] if p.strip()
        )
        for form in [family, *(entry.get("forms") or [])]:
            key = normalise_name(form)
            index[key] = index.get(key, frozenset()) | parties
    return index


def _group_index(groups: Iterable[Iterable[str]]) -> dict[tuple[str, ...], int]:
    """Each noun of each group (as comparison words) to the group's number."""
    index: dict[tuple[str, ...], int] = {}
    for number, group in enumerate(groups):
        for noun in group:
            index.setdefault(tuple(normalise_name(noun).split()), number)
    return index


@lru_cache(maxsize=8)
def load_lexicon(lang: str | None) -> SpeakerLexicon:
    """The speaker lexicon of ``lang`` (``lang/<code>/speakers.yaml``)."""
    language = get_language(lang or "fr")
    return SpeakerLexicon.from_mapping(
        language.code,
        language.lexicon("speakers"),
        language.grammar.partitives,
        language.grammar.copulas,
        language.lexicon("time"),
    )


@lru_cache(maxsize=16)
def _heads_by_first_word(
    heads: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Heads by their first word as written."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for head in heads:
        index.setdefault(head[0], []).append(head)
    return {word: tuple(found) for word, found in index.items()}


@lru_cache(maxsize=16)
def _heads_by_first_form(
    heads: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Heads by every spelling of their first word: most mentions hold none of them."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for head in heads:
        for form in inflections(head[0]):
            index.setdefault(form, []).append(head)
    return {form: tuple(found) for form, found in index.items()}


def feminine_forms(name: str, endings: dict[str, list[str]]) -> list[str]:
    """ "Paul" -> "Paule", "Michel" -> "Michelle", "Louis" -> "Louise": the feminine first
    names French spells from a masculine one, by the longest masculine ending of
    ``endings`` (``feminine_first_names`` of the language's speakers lexicon) that fits.
    Compared in ``normalise_name`` form, as the first-name list is."""
    table = {normalise_name(k): [normalise_name(v) for v in vs] for k, vs in endings.items()}
    for ending in sorted(table, key=len, reverse=True):
        if ending and name.endswith(ending):
            stem = name[: -len(ending)]
            return [stem + feminine for feminine in table[ending]]
    return []
