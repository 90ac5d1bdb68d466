"""Time words of one language (``lang/<code>/time.yaml``) and the patterns built on them.

``TimeLexicon`` compiles the lexicon's weekdays, months, deictic and anaphoric words,
continuation phrases, frame heads ("après", "lors de") and the other word lists into the
regular expressions the rest of the package matches; ``load_time_lexicon`` loads one per
language, once. A new language is a data file, not code.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from dixit.lang import get_language
from dixit.regex_guard import guarded

logger = logging.getLogger(__name__)


#: spaces inside one paragraph: time expressions never run across a line break
_SP = r"[^\S\n]+"
_LEFT = r"(?<![\w-])"
#: a phrase ends at a word's end, or on its own elided apostrophe ("alors qu'", "lors d'":
#: the next word follows without a space)
_RIGHT = r"(?:(?<=['’])|(?![\w-]))"


def _phrase(text: str) -> str:
    """A lexicon phrase as a regex: any spacing between words, either apostrophe."""
    words = [re.escape(w).replace("'", "['’]") for w in text.split()]
    return _SP.join(words)


def _alternation(phrases: Iterable[str]) -> str:
    """Longest phrases first, so that "hier soir" wins over "hier"."""
    unique = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not unique:
        return r"(?!x)x"
    return "(?:" + "|".join(_phrase(p) for p in unique) + ")"


def _bounded(pattern: str) -> str:
    return _LEFT + pattern + _RIGHT


def not_relayed(words: list[str]) -> str:
    """Lookbehinds refusing a channel that relays words said elsewhere ("Cité dans un
    communiqué de la présidence, X a réaffirmé …": the communiqué quotes what X said at the
    occasion the text told, it is no new occasion of speaking); ``relaying_words``."""
    return "".join(f"(?<!{re.escape(w)} )(?<!{re.escape(w.replace(chr(39), '’'))} )" for w in words)


#: how many words may stand between a sitting body and its verb ("le conseil municipal de
#: Montréal s'est ouvert")
SITTING_REACH = 3


def sittings_or(gatherings: list[str], data: dict[str, Any]) -> str:
    """The gatherings, and a body's sitting (``sitting_bodies`` in ``time.yaml``): the body
    after a preposition placing an event in time ("avant le conseil municipal", "lors du
    conseil communal": ``sitting_openers``), or as the subject of a verb of sitting ("le
    conseil municipal de Laval s'est ouvert", ``sitting_verbs``). The body alone is not one
    ("le conseil municipal a voté lundi": a decision, not a gathering's words)."""
    plain = _alternation(gatherings)
    bodies = [str(w) for w in data.get("sitting_bodies") or []]
    openers = [str(w) for w in data.get("sitting_openers") or []]
    verbs = [str(w) for w in data.get("sitting_verbs") or []]
    if not bodies or not (openers or verbs):
        return plain
    body = _alternation(bodies)
    sittings = []
    if openers:
        sittings.append(f"{_alternation(openers)}{_SP}{body}")
    if verbs:
        gap = rf"(?:{_SP}[^\s,;.]+){{0,{SITTING_REACH}}}"
        sittings.append(f"{body}{gap}{_SP}{_alternation(verbs)}")
    return "(?:" + "|".join([plain, *sittings]) + ")"


@dataclass
class TimeLexicon:
    """One language's time words (``lang/<code>/time.yaml``) and the patterns built on them."""

    language: str
    data: dict[str, Any]
    patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    heads: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    head_kinds: dict[str, str] = field(default_factory=dict)
    head_exceptions: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    interview: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    continuation_forms: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    pluperfect: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    new_occasion: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    whole_span: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    not_time: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    occasion_scene: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    place_anaphor: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    speaking_occasion: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    #: an interview named by its noun ("dans une interview accordée à …", "un entretien")
    interview_noun: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    #: a meeting the speaker holds ("a convoqué lundi l'ambassadeur", "s'est entretenu avec")
    meeting: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    #: a comma and a word opening a clause of its own (", but"), or None
    clause_break: re.Pattern[str] | None = None
    gathering: re.Pattern[str] | None = None
    #: a meeting whose end is a briefing's time ("à l'issue du Conseil des ministres"), or None
    briefing_meeting: re.Pattern[str] | None = None
    night: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    incise: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    #: a photo credit opening a caption ("Photo : …")
    caption_opener: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    #: a photo credit closing a caption: "… (Photo de J. Dupin / AFP)", "… Handout via REUTERS"
    caption_credit: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    #: words placing a saying before the story's time: "previously", "a déjà", "has long"
    earlier_time: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))
    #: a clause contrasting a position held before with the story's present: "alors qu'"
    past_position_opener: re.Pattern[str] = field(default=re.compile(r"(?!x)x"))

    def __post_init__(self) -> None:
        self._build()

    def words(self, key: str) -> list[str]:
        return [str(w) for w in self.data.get(key) or []]

    def convention(self, key: str, default: bool) -> bool:
        """A yes/no dating convention of the language's copy (``time.yaml``); ``default`` is
        the reading of a language that does not say (the French one)."""
        value = self.data.get(key)
        return default if value is None else bool(value)

    def lookup(self, key: str, word: str) -> Any:
        """The value of ``word`` in the mapping ``key``, ignoring case and apostrophe style."""
        table = self.data.get(key) or {}
        norm = word.lower().replace("’", "'")
        norm = re.sub(r"\s+", " ", norm)
        for name, value in table.items():
            if str(name).lower() == norm:
                return value
        return None

    def month_number(self, name: str) -> int:
        """The number of the month ``name``, written whole or abbreviated ("nov", "nov.")."""
        number = self.lookup("months", name)
        if number is None:
            number = self.lookup("month_abbreviations", name)
        return int(number)

    def phrase_value(self, key: str, text: str) -> dict[str, Any]:
        """The entry of the list ``key`` (deictic, anaphoric) whose text is ``text``."""
        norm = re.sub(r"\s+", " ", text.lower().replace("’", "'"))
        for entry in self.data.get(key) or []:
            if str(entry["text"]).lower() == norm:
                return entry
        return {}

    def _build(self) -> None:
        d = self.data
        weekdays = _alternation(map(str, d.get("weekdays") or {}))
        # a wire's abbreviations without a full stop ("4 nov") only after a day number
        months_all = _alternation(
            [*map(str, d.get("months") or {}), *map(str, d.get("month_abbreviations") or {})]
        )
        months_full = _alternation(m for m in map(str, d.get("months") or {}) if "." not in m)
        past = _alternation(self.words("past_markers"))
        future = _alternation(self.words("future_markers"))
        parts = _alternation(self.words("day_parts"))
        prefixes = d.get("weekday_prefixes") or {}
        pre_all = _alternation(
            [*prefixes.get("past", []), *prefixes.get("future", []), *prefixes.get("neutral", [])]
        )
        ordinals = "|".join(re.escape(o) for o in self.words("ordinals"))
        day = rf"(?P<day>\d{{1,2}}(?:st|nd|rd|th)?{'|' + ordinals if ordinals else ''})"
        year = r"(?P<year>(?:1[89]|20)\d{2})"
        mark = rf"(?:{_SP}(?P<mark>{past}|{future}))?"
        # "le mardi 4 mars", "ce mercredi 7 septembre 2016", "on Tuesday, March 4"
        determiners = _alternation(["le", "the", "on", *prefixes.get("neutral", [])])
        wd_lead = rf"(?:{determiners}{_SP})?(?:(?P<wd>{weekdays}),?{_SP})?"
        patterns: list[tuple[str, str]] = []
        orders = self.words("date_orders") or ["day_month"]
        if "day_month" in orders:
            patterns.append(
                (
                    "explicit",
                    rf"{wd_lead}{day}{_SP}(?:of{_SP})?(?P<month>{months_all})"
                    rf"(?:,?{_SP}{year})?{mark}",
                )
            )
        if "month_day" in orders:
            patterns.append(
                (
                    "explicit",
                    rf"{wd_lead}(?P<month>{months_all}){_SP}{day}(?:,?{_SP}{year})?",
                )
            )
        patterns.append(("numeric", r"(?P<d1>\d{1,2})[/.](?P<d2>\d{1,2})[/.](?P<y>\d{4})"))
        patterns.append(("iso", r"(?P<iso>\d{4}-\d{2}-\d{2})"))
        night = d.get("night") or {}
        if night.get("date_lead"):
            # "dans la nuit du 13 au 14 novembre": read as its second, written date; each day
            # may come with its weekday, the first with its month ("dans la nuit du dimanche
            # 31 juillet au lundi 1er août")
            first_day = rf"(?:{weekdays}{_SP})?\d{{1,2}}(?:er)?(?:{_SP}{months_all})?"
            patterns.append(
                (
                    "explicit",
                    rf"{_alternation(night['date_lead'])}{_SP}{first_day}{_SP}"
                    rf"{_alternation(night.get('joiners') or [])}{_SP}(?:{weekdays}{_SP})?{day}"
                    rf"{_SP}(?P<month>{months_all})(?:,?{_SP}{year})?",
                )
            )
        if night.get("lead"):
            patterns.append(
                (
                    "weekday",
                    rf"{_alternation(night['lead'])}{_SP}(?P<first>{weekdays}){_SP}"
                    rf"{_alternation(night.get('joiners') or [])}{_SP}(?P<wd>{weekdays})",
                )
            )
        patterns.append(
            (
                "weekday",
                rf"(?:(?P<pre>{pre_all}){_SP})?(?P<wd>{weekdays})(?:{_SP}(?P<part>{parts}))?{mark}",
            )
        )
        for kind in ("deictic", "anaphoric"):
            texts = [str(e["text"]) for e in d.get(kind) or []]
            patterns.append((kind, _alternation(texts)))
        for kind in ("continuation", "same_interview", "vague_future", "vague_past"):
            patterns.append((kind, _alternation(self.words(kind))))
        # "à la mi-journée", "dans la soirée", but not "dans la soirée de mardi" (the weekday
        # is the cue there) …
        # … nor "en fin de journée dimanche", "dans la soirée d'hier": the day word is the cue
        deictic = [str(e["text"]) for e in d.get("deictic") or []]
        named_day = _alternation([*self.words("day_part_followers"), *deictic])
        named_day = rf"(?:{named_day}|{weekdays}|\d)"
        patterns.append(
            ("day_part", rf"{_alternation(self.words('day_part_phrases'))}(?!{_SP}{named_day})")
        )
        # "lors d'une conférence de presse à 17 heures": an occasion at a clock time with no
        # day of its own is a part of the story's current day, as "dans la soirée" is
        clock = rf"\d{{1,2}}{_SP}?h(?:eures?)?(?:{_SP}?\d{{2}})?(?!\w)"
        openers = _alternation(self.words("clock_openers"))
        occasion = rf"{_alternation(self.words('clock_occasions'))}{_SP}{openers}{_SP}{clock}"
        patterns.append(("day_part", rf"{occasion}(?!{_SP}{named_day})"))
        ago = d.get("ago") or {}
        numbers = _alternation(map(str, ago.get("numbers") or {}))
        units = _alternation(map(str, ago.get("units") or {}))
        count = rf"(?P<n>\d+|{numbers})"
        if ago.get("lead"):
            patterns.append(("ago", rf"{_phrase(ago['lead'])}{_SP}{count}{_SP}(?P<unit>{units})"))
        if ago.get("tail"):
            patterns.append(("ago", rf"{count}{_SP}(?P<unit>{units}){_SP}{_phrase(ago['tail'])}"))
        counted = d.get("vague_future_counted") or {}
        if counted:
            lead = _alternation(counted.get("lead") or [])
            tail = _alternation(counted.get("tail") or [])
            patterns.append(
                (
                    "future_count",
                    rf"(?P<lead>{lead}){_SP}(?:{count}{_SP})?(?P<unit>{units})"
                    rf"(?:{_SP}(?P<tail>{tail}))?",
                )
            )
        month_preps = _alternation(self.words("month_prepositions"))
        patterns.append(
            (
                "month",
                rf"(?:{month_preps}{_SP}(?P<month>{months_full})(?:{_SP}{year})?"
                rf"|(?P<month2>{months_full}){_SP}(?P<year2>(?:1[89]|20)\d{{2}}))",
            )
        )
        year_preps = _alternation(self.words("year_prepositions"))
        patterns.append(("year", rf"{year_preps}{_SP}{year}"))
        heads = d.get("frame_heads") or {}
        demonstratives = _alternation(self.words("demonstratives"))
        anaphoric_heads = _alternation([*heads.get("after", []), *heads.get("during", [])])
        patterns.append(
            ("anaphoric_event", rf"(?P<head>{anaphoric_heads}){_SP}{demonstratives}{_SP}[\w-]+")
        )
        self.patterns = [(kind, guarded(_bounded(p), re.IGNORECASE)) for kind, p in patterns if p]
        self.head_kinds = {
            str(h).lower().replace("’", "'"): kind for kind, hs in heads.items() for h in hs
        }
        self.heads = guarded(_LEFT + _alternation(self.head_kinds) + _RIGHT, re.IGNORECASE)
        self.head_exceptions = guarded(
            _bounded(_alternation(self.words("frame_head_exceptions"))), re.IGNORECASE
        )
        self.interview = guarded(
            _bounded(_alternation(self.words("interview_words"))), re.IGNORECASE
        )
        self.continuation_forms = guarded(
            _bounded(_alternation(self.words("continuation_forms"))), re.IGNORECASE
        )
        # "avait-il ajouté": the auxiliary may be followed by a hyphen
        self.pluperfect = guarded(
            _LEFT + _alternation(self.words("pluperfect_auxiliaries")) + r"(?!\w)", re.IGNORECASE
        )
        media = _alternation(self.words("media"))
        media_preps = _alternation(self.words("media_prepositions"))
        channels = rf"(?:{_alternation(self.words('new_occasion'))}|{media_preps}{_SP}{media})"
        self.new_occasion = guarded(
            not_relayed(self.words("relaying_words")) + _bounded(channels), re.IGNORECASE
        )
        self.not_time = guarded(_bounded(_alternation(self.words("not_time"))), re.IGNORECASE)
        self.past_position_opener = guarded(
            _bounded(_alternation(self.words("past_position_openers"))), re.IGNORECASE
        )
        self.occasion_scene = guarded(
            _bounded(_alternation(self.words("occasion_scenes"))), re.IGNORECASE
        )
        self.caption_opener = guarded(
            _alternation(self.words("caption_openers")) + r"[^\S\n]*[:|©/]", re.IGNORECASE
        )
        # a caption ends on its credit: in parentheses or brackets ("(Photo : J. Dupin)",
        # "(AP Photo/J. Doe)", "[Keystone - J. Doe]"; not an agency alone: "… a-t-il dit
        # (AFP)."), or as a tail with a slash and no final punctuation naming the agency ("J.
        # Doe/BBC/ Handout via REUTERS"), after the caption's last full stop
        credits = _alternation(self.words("caption_credits"))
        self.caption_credit = guarded(
            rf"(?:[(\[]{_LEFT}{credits}{_RIGHT}[^()\[\]\n]*\w[^()\[\]\n]*[)\]][^\S\n]*[|.]?"
            rf"|(?:^|[.!?][^\S\n]+)(?=[^.!?\n]*/)[^.!?\n]*{_LEFT}{credits}{_RIGHT}[^.!?\n]*)"
            rf"[^\S\n]*$",
            re.IGNORECASE,
        )
        self.earlier_time = guarded(
            _bounded(_alternation(self.words("earlier_times"))), re.IGNORECASE
        )
        self.whole_span = guarded(_bounded(_alternation(self.words("whole_spans"))), re.IGNORECASE)
        self.place_anaphor = guarded(
            _bounded(_alternation(self.words("place_anaphors"))), re.IGNORECASE
        )
        # an occasion of speaking: an interview, a broadcast, a press conference, a speech,
        # a session, a written statement ("a déclaré jeudi sur franceinfo", "en conférence de
        # presse", "dans un communiqué")
        spoken = self.words("speaking_occasions") + self.words("interview_words")
        spoken += self.words("occasion_scenes") + self.words("new_occasion")
        self.speaking_occasion = guarded(
            _bounded(rf"(?:{_alternation(spoken)}|{media_preps}{_SP}{media})"), re.IGNORECASE
        )
        self.interview_noun = guarded(
            _bounded(_alternation(self.words("interview_nouns"))), re.IGNORECASE
        )
        self.meeting = guarded(_bounded(_alternation(self.words("meeting_verbs"))), re.IGNORECASE)
        # ", but": a new clause, whose verb and time are its own; None when the language
        # lists none
        breaks = self.words("clause_breaks")
        self.clause_break = (
            guarded(rf",{_SP}{_alternation(breaks)}(?![\w-])", re.IGNORECASE) if breaks else None
        )
        # a gathering where many people speak ("board meeting", "hearing"); None when the
        # language lists none
        meetings = self.words("briefing_meetings")
        self.briefing_meeting = (
            guarded(_bounded(_alternation(meetings)), re.IGNORECASE) if meetings else None
        )
        gatherings = self.words("gatherings")
        self.gathering = (
            guarded(_bounded(sittings_or(gatherings, d)), re.IGNORECASE) if gatherings else None
        )
        # ", a précisé le parquet": a reporting incise, a compound past after a comma
        table = d.get("tense") or {}
        auxiliaries = [str(w) for w in table.get("compound_past_auxiliaries") or []]
        endings = [str(w) for w in table.get("past_participle_endings") or []]
        if auxiliaries and endings:
            self.incise = guarded(
                rf",{_SP}{_alternation(auxiliaries)}(?:-t-\w+)?{_SP}\w+"
                rf"(?:{'|'.join(map(re.escape, endings))}){_RIGHT}",
                re.IGNORECASE,
            )
        # "dans la nuit de jeudi à vendredi": a night spans two days
        nights = d.get("night") or {}
        self.night = guarded(
            _LEFT + _alternation([*(nights.get("lead") or []), *(nights.get("date_lead") or [])]),
            re.IGNORECASE,
        )

    def head_kind(self, text: str) -> str | None:
        norm = re.sub(r"\s+", " ", text.lower().replace("’", "'"))
        return self.head_kinds.get(norm)


@lru_cache(maxsize=8)
def load_time_lexicon(language: str) -> TimeLexicon:
    """The time lexicon of ``language`` (``lang/<code>/time.yaml``), loaded once; an unknown
    language raises ``UnknownLanguage`` rather than being read as another one."""
    lang = get_language(language)
    return TimeLexicon(language=lang.code, data=lang.lexicon("time"))
