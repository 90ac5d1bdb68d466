"""The article-wide scan, done once before any statement is resolved.

``scan`` learns the article's people: every name the NER tags or a mention contains, the
full names (so that a surname anywhere joins them), where each is named and whether as a
main-clause subject (``Ref``), and the descriptions written next to a name or before a
body's name (``Binding``), with the gender they show.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Span, Token

from dixit.extract.extensions import token_texts
from dixit.extract.syntax import sentence_of
from dixit.intervals import Cover
from dixit.model import Statement
from dixit.registry import normalise_name
from dixit.resolve.speakers.descriptions import description_of
from dixit.resolve.speakers.entities import Binding
from dixit.resolve.speakers.names import (
    PERSON_LABELS,
    capitalised_office_end,
    described_after_comma,
    generational_suffix,
    hyphen_start,
    is_date,
    joined,
    name_end,
    name_runs,
    office_without_name,
    only_a_place,
    particle_first_name,
    person_after_body,
    person_for_name,
    run_is_person,
    strip_titles,
)
from dixit.resolve.speakers.organisations import organisation_for
from dixit.resolve.speakers.phrases import breaks_phrase, opens_sentence
from dixit.resolve.speakers.state import ArticleState


def scan(state: ArticleState, statements: list[Statement]) -> None:
    """Learn the article's names, appositions and genders before resolving anything."""
    state.statements = list(statements)
    for st in statements:
        if st.kind == "direct":
            state.quoted.append(st.content_span)
        state.contents.append(st.content_span)
        if st.cue_span:
            state.cues.append(st.cue_span)
    state.cues.sort()
    person_ents = [e for e in state.ents if e.label_ in PERSON_LABELS and e.text.strip()]
    written = {
        tuple(normalise_name(e.text).split())
        for e in person_ents
        if not e.text.isupper() and len(e.text.split()) > 1
    }
    # Mentions the extractor found but NER missed are names too.
    extra: list[Span] = []
    tagged = Cover((e.start, e.end) for e in person_ents)
    for st in statements:
        if st.speaker_mention_span:
            span = state.span(*st.speaker_mention_span)
            if span is not None and not tagged.overlaps(span.start, span.end):
                extra.append(span)
    extra += titled_names(state, tagged)
    extra += described_names(state, tagged)
    extra += names_inside_bodies(state, tagged)
    extra += first_named_names(state, tagged)
    extra += described_first_names(state, tagged)
    found: list[tuple[Span, list[Token], str | None]] = []
    # An extra span overlaps no entity, so the flag says what ``span in extra`` would.
    for span, untagged in [*((e, False) for e in person_ents), *((s, True) for s in extra)]:
        tokens = [t for t in span if not t.is_space]
        runs = name_runs(state, tokens) if untagged else [person_after_complement(state, tokens)]
        for run in runs[-1:]:
            stripped, title_gender = strip_titles(state, run)
            if not stripped:
                continue
            begin = hyphen_start(state, stripped[0].i)
            stripped = list(state.doc[begin : name_end(state, stripped[-1].i)])
            # "Brexit" tagged alone, then widened over "Negotiator Michel Barnier".
            stripped = stripped[capitalised_office_end(state, stripped) :]
            stripped = capitals_cut(stripped, written)
            text = state.text[stripped[0].idx : stripped[-1].idx + len(stripped[-1])]
            if run_is_person(state, stripped, text, tokens) is False or is_date(state, stripped):
                continue
            if only_a_place(state, stripped):
                continue
            if office_complement(state, stripped):
                # "président de la République" tagged as a person: the title goes, the
                # office's complement is left, and it names nobody.
                continue
            if all(t.like_num or t.pos_ == "NUM" for t in stripped):
                # "Trente salariés ont affirmé …": a number opening the sentence, no name
                continue
            if untagged and common_noun(state, stripped, written):
                # "Tir visant un poste de police : « … »": a headline's first word the
                # extractor took for its speaker is a noun, not a person called so.
                continue
            if untagged and office_without_name(state, stripped):
                # "The Labour TD for North Ward said": an office the extractor found as a
                # speaker, whose holder the description rules find; no person of that name.
                continue
            if credit(state, stripped[0].i, stripped[-1].i + 1):
                continue
            if byline(state, stripped[0].i, stripped[-1].i + 1):
                continue
            if after_article(state, stripped[0].i):
                continue
            prev = state.doc[stripped[0].i - 1] if stripped[0].i > 0 else None
            if title_gender is None and prev is not None:
                title_gender = state.lex.title_gender.get(normalise_name(prev.text))
            suffix = generational_suffix(state, stripped[-1].i)
            if suffix is not None:
                stripped = [*stripped, suffix]
            found.append((state.doc[stripped[0].i : stripped[-1].i + 1], stripped, title_gender))
    # Full names first, so that surnames anywhere in the article can join them; a name
    # with its generational suffix ("Paul X fils") before the same name written without.
    found.sort(key=lambda f: (not suffixed(state, f[0]), f[0].start_char))
    for span, _, _ in found:
        words = normalise_name(span.text).split()
        if len(words) < 2:
            continue
        particle = words[0] in state.lex.name_particles
        if particle and not particle_first_name(state, span[0], len(words)):
            continue
        if state.lex.organisation_head(words):
            # "Gouvernement Legault" names a government, not a person called so.
            continue
        entity, _, _ = person_for_name(state, span.text)
        if entity is not None and entity.type == "person":
            if suffixed(state, span) and len(words) > 2:
                # "Paul X fils": "M. X" and "Paul X" join him by the name without "fils".
                words = words[:-1]
            state.full_names.append((words, entity.id))
    found.sort(key=lambda f: f[0].start_char)
    found.extend(_untagged_full_names(state, [f[0] for f in found]))
    found.sort(key=lambda f: f[0].start_char)
    seen: set[str] = set()
    for span, _, title_gender in found:
        entity, _, _ = person_for_name(state, span.text)
        if entity is None:
            continue
        if entity.name.isupper() and not span.text.isupper():
            same = normalise_name(entity.name) == normalise_name(span.text)
            if same and entity.type == "person":
                # A name first written in a headline's capitals reads as the body writes it.
                entity.name = " ".join(span.text.split())
        state.vote_gender(entity, title_gender)
        state.vote_gender(entity, agreement_gender(state, span.root))
        state.add_ref(span.start_char, span.end_char, entity, span.root)
        for start, words, gender in appositions(state, span):
            state.append_binding(Binding(start, tuple(words), entity.id))
            state.vote_gender(entity, gender)
            kin = words[0] in state.lex.kinship_heads or (
                " ".join(words[:2]) in state.lex.kinship_heads
            )
            if entity.id not in seen and kin and possessive_at(state, start):
                state.relatives.add(entity.id)
        seen.add(entity.id)
    organisation_appositions(state)
    state.bindings.sort(key=lambda b: b.start)


def office_complement(state: ArticleState, run: list[Token]) -> bool:
    """Whether a name run opens on a lower-case preposition and then an article, glued or
    not ("de la République", "de l'Intérieur", "du Sénat", "des Armées"): the complement
    of an office, not a name, which goes straight from its particle to the surname ("de
    Villepin", "de La Tour" with a capital)."""
    if len(run) < 2 or not run[0].text.islower():
        return False
    first = normalise_name(run[0].text)
    lex = state.lex
    if first in lex.contracted_articles:
        return True
    return (
        first in lex.complement_words
        and run[1].text.islower()
        and (normalise_name(run[1].text) in lex.determiners)
    )


def common_noun(state: ArticleState, run: list[Token], written: set[tuple[str, ...]]) -> bool:
    """Whether a lone untagged word is a common noun: the tagger reads it as one, no full
    name of the article ends with it and the registry knows no one by it."""
    if len(run) != 1 or run[0].pos_ != "NOUN" or run[0].ent_type_:
        return False
    word = normalise_name(run[0].text)
    if any(name[-1] == word for name in written):
        return False
    return not state.registry.by_surname(run[0].text)


def suffixed(state: ArticleState, span: Span) -> bool:
    """Whether a name span ends on a generational suffix ("Paul X fils")."""
    return normalise_name(span[-1].text) in state.lex.generational_suffixes


def capitals_cut(tokens: list[Token], written: set[tuple[str, ...]]) -> list[Token]:
    """A name in a headline written in capitals, cut to the name: "OUMAR X SE LAVE A GRANDE
    EAU" read up to "LAVE" is "OUMAR X" when the article writes "Oumar X" in lower case
    elsewhere (``written``). Capitals that no such name opens are kept as read."""
    words = [normalise_name(t.text) for t in tokens]
    if len(words) < 3 or not all(t.text.isupper() for t in tokens if t.is_alpha):
        return tokens
    for n in range(len(words) - 1, 1, -1):
        if tuple(words[:n]) in written:
            return tokens[:n]
    return tokens


def person_after_complement(state: ArticleState, tokens: list[Token]) -> list[Token]:
    """A person tag that opens on a body's name after "de" ("le fondateur de Valtec Denis
    X" tagged as one person): the person's name starts at the known first name
    (``person_after_body``). A tag after anything else is left whole ("Sidi Mohamed X")."""
    if not tokens or tokens[0].i < 1:
        return tokens
    prev = normalise_name(state.doc[tokens[0].i - 1].text)
    if prev not in state.lex.complement_words:
        return tokens
    return person_after_body(state, tokens)


def titled_names(state: ArticleState, tagged: Cover) -> list[Span]:
    """Names the tagger missed after a capitalised title, in languages that write offices
    with capitals before names: "RBI Governor Shaktikanta Das", "Judge Miriam X". The title
    and at least two capitalised words of a name; spans the tagger found are left out."""
    if not state.lex.capitalised_offices:
        return []
    doc, found = state.doc, []
    for title in state.lex.titles:
        for i in state.word_positions(title):
            tok = doc[i]
            if normalise_name(tok.text) != title or not tok.text[:1].isupper():
                continue
            end = name_end(state, i)
            if end - i < 3 or tagged.overlaps(i, end):
                continue
            found.append(doc[i:end])
    return sorted(found, key=lambda span: span.start)


def first_named_names(state: ArticleState, tagged: Cover) -> list[Span]:
    """Names the tagger missed that open on a known first name, in languages that say so
    (``untagged_first_names``): "Theresa May urges …", the surname read as a month. The
    first name and the capitalised proper nouns joined after it; spans the tagger found,
    and first names alone, are left out."""
    if not state.lex.untagged_first_names:
        return []
    doc, found = state.doc, []
    for tok in doc:
        if tok.pos_ != "PROPN" or normalise_name(tok.text) not in state.lex.first_names:
            continue
        end = tok.i + 1
        while end < len(doc) and joined(doc[end - 1]) and surname_word(doc[end]):
            end += 1
        if end - tok.i < 2 or tagged.overlaps(tok.i, end):
            continue
        found.append(doc[tok.i : end])
    return found


def described_first_names(state: ArticleState, tagged: Cover) -> list[Span]:
    """A person named by a first name alone, then described after a comma, as local copy
    introduces the people it meets: "Jeudi, Odile, habitante de Vaubrune, a trouvé …".
    The tagger often calls the lone first name a miscellany, so a pronoun after it
    ("raconte-t-elle") found nobody. A single capitalised proper noun, not part of a longer
    name (``described_after_comma``); spans the tagger found are left out."""
    doc, found = state.doc, []
    # The proper nouns read from the parts of speech at once, without a Token per word.
    parts = doc.to_array(POS).tolist() if len(doc) else []
    for i in [i for i, part in enumerate(parts) if part == PROPN]:
        tok = doc[i]
        if not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        if tok.ent_type_ not in {"", "MISC", "LOC"} or tagged.overlaps(tok.i, tok.i + 1):
            continue
        if tok.i > 0 and not opens_sentence(state, tok):
            before = doc[tok.i - 1]
            if before.text == "-" or (before.is_alpha and before.text[:1].isupper()):
                continue  # "Sainte-Odile", "Jean Odile": part of a longer name
        if described_after_comma(state, tok):
            found.append(doc[tok.i : tok.i + 1])
    return found


def surname_word(tok: Token) -> bool:
    """A capitalised proper noun the tagger put in no entity, or read as a date ("May")."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ in {"", "DATE"}


def described_names(state: ArticleState, tagged: Cover) -> list[Span]:
    """Names the tagger missed right after a description of a person, with no comma: "Le
    ministre allemand des Affaires étrangères Heiko X a appelé …". From a lower-case noun
    of a person ("ministre"), the noun phrase is read on (adjectives, complements); the
    first run of two capitalised words or more that follows a lower-case word other than
    a complement's ("des Affaires" is the ministry's) is the person's name. Acronyms
    ("CD&V") are a body's; spans the tagger found are left out."""
    heads = {head[0] for head in state.lex.description_heads if len(head) == 1}
    lex, doc, found = state.lex, state.doc, []
    links = lex.complement_words | lex.partitives | frozenset(lex.determiners)
    for i, word in enumerate(token_texts(doc)):
        if not word.islower() or normalise_name(word) not in heads:
            continue
        tok = doc[i]
        for j in range(tok.i + 1, min(len(doc), tok.i + 9)):
            cur = doc[j]
            capital = cur.text[:1].isupper()
            if not capital:
                if breaks_phrase(cur):
                    break
                continue
            prev = doc[j - 1]
            if not prev.text.islower() or normalise_name(prev.text) in links:
                continue  # "des Affaires étrangères": the body's name, read on
            end = name_end(state, j)
            run = doc[j:end]
            if (
                len(run) >= 2
                and all(t.is_alpha or t.text == "-" for t in run)
                and not any(t.text.isupper() for t in run)
                and not tagged.overlaps(j, end)
            ):
                found.append(run)
            break
    return found


#: Tags of a body's name that may run on over the name of a person after it.
_BODY_LABELS = frozenset({"ORG", "MISC"})


def names_inside_bodies(state: ArticleState, tagged: Cover) -> list[Span]:
    """A person's name the tagger ran into the body before it: "l'entraîneur du Bayern
    Munich Julian X" tagged as one organisation. The run is cut where a known first name
    starts (``person_after_body``), and what follows is a name like any other."""
    found = []
    for ent in state.ents:
        if ent.label_ not in _BODY_LABELS or tagged.overlaps(ent.start, ent.end):
            continue
        tokens = [t for t in ent if not t.is_space]
        run = person_after_body(state, tokens)
        if 2 <= len(run) < len(tokens):
            found.append(state.doc[run[0].i : run[-1].i + 1])
    return found


def agreement_gender(state: ArticleState, token: Token) -> str | None:
    """The gender the article's own grammar gives the subject named at ``token``: a
    participle or adjective after the copula agrees with it ("Yaëlle X s'est dite
    soulagée", "X est arrivé"). A participle after "avoir" agrees with nothing."""
    if not token.dep_.startswith("nsubj"):
        return None
    head = token.head
    if head.pos_ not in {"VERB", "ADJ"}:
        return None
    if not any(
        child.dep_.startswith(("aux", "cop")) and child.lemma_ in state.lex.copulas
        for child in head.children
    ):
        return None
    gender = head.morph.get("Gender")
    return {"Fem": "fem", "Masc": "masc"}.get(gender[0]) if gender else None


def after_article(state: ArticleState, start: int) -> bool:
    """Whether the name at token ``start`` follows a preposition glued to an article ("aux
    César", "du Bataclan"): French puts no article before a person's name."""
    prev = state.doc[start - 1] if start > 0 else None
    return prev is not None and normalise_name(prev.text) in state.lex.contracted_articles


def credit(state: ArticleState, start: int, end: int) -> bool:
    """Whether the name at tokens [start, end) is a photo or agency credit ("REUTERS/Jeanne
    X", "Jeanne X/AFP", "©Eda", "© Jeanne X"): the photographer is no person of the story."""
    doc = state.doc
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    return before.endswith(("/", "©")) or after.startswith("/")


#: What may follow the journalist's name in a byline: a dash before the stamp ("Par
#: Jeanne X - Publié le …"), a bar, or a comma before the date or the role.
_BYLINE_ENDS = frozenset({"-", "–", "—", "|", ",", "/"})


def byline(state: ArticleState, start: int, end: int) -> bool:
    """Whether the name at tokens [start, end) signs the article ("Par Jeanne X - Publié le
    3 mai", a line "Par Jeanne X", "par Jeanne X 8 septembre (Reuters) - …"): a byline
    opener starting its line (or, capitalised, its sentence), the name, then the line's
    end, a dash, bar or comma, or at a line's start the wire's date. The journalist writes
    the story and is nobody's antecedent ("l'accusé" is not the reporter named above it)."""
    doc = state.doc
    if start < 1 or not state.lex.byline_openers:
        return False
    opener = doc[start - 1]
    if normalise_name(opener.text) not in state.lex.byline_openers:
        return False
    line_start = state.para_starts[state.para_of(opener.idx)] == opener.idx
    if not (line_start or (opener.text[:1].isupper() and opens_sentence(state, opener))):
        return False
    if end >= len(doc):
        return True
    after = doc[end]
    if "\n" in after.text or after.text in _BYLINE_ENDS:
        return True
    # "par Jeanne X 8 septembre (Reuters) - …": the wire's dateline after the name.
    return line_start and after.like_num


def _untagged_full_names(
    state: ArticleState, tagged: list[Span]
) -> list[tuple[Span, list[Token], str | None]]:
    """Every other place the article writes a full name it uses: the tagger often misses a
    name in a caption or after a description ("Le ministre de l'Économie Bruno X, le 5
    janvier"), and there its description binds to the person all the same."""
    found = []
    covered = Cover((t.start, t.end) for t in tagged)
    for words in {tuple(full) for full, _ in state.full_names}:
        for i, j in state.phrase_spans(words):
            if covered.overlaps(i, j) or credit(state, i, j) or byline(state, i, j):
                continue
            span = state.doc[i:j]
            prev = state.doc[i - 1] if i > 0 else None
            gender = state.lex.title_gender.get(normalise_name(prev.text)) if prev else None
            found.append((span, list(span), gender))
    return found


def possessive_at(state: ArticleState, char: int) -> bool:
    """Whether the phrase at ``char`` opens with a possessive ("Sa mère", "Son avocat")."""
    span = state.doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and normalise_name(span[0].text) in state.lex.possessives


def organisation_appositions(state: ArticleState) -> None:
    """Descriptions written before a body's name: "Le promoteur, la société Éolia Centre,"
    binds "promoteur" to Éolia Centre, so that a later "le promoteur" is that company."""
    doc = state.doc
    starts: set[int] = set()
    for ent in state.ents:
        if ent.label_ == "ORG" or (ent.label_ == "MISC" and ent.start > 0):
            starts.add(ent.start)
    for head in state.lex.type_heads:
        for i in state.word_positions(head):
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if (
                normalise_name(doc[i].text) == head
                and nxt is not None
                and nxt.text[:1].isupper()
                and not nxt.is_sent_start
            ):
                starts.add(i + 1)
    for first in sorted(starts):
        typed = first >= 1 and normalise_name(doc[first - 1].text) in state.lex.type_heads
        end = first + 1
        if doc[first].ent_iob_ == "B":
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        else:
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
        name = doc[first:end].text
        np_start = first - 1 if typed else first
        if np_start >= 1 and normalise_name(doc[np_start - 1].text) in state.lex.determiners:
            np_start -= 1
        if np_start < 2 or doc[np_start - 1].text != ",":
            continue
        sent = sentence_of(doc, first)
        collected: list[Token] = []
        i = np_start - 2
        while i >= sent.start and len(collected) < 8:
            tok = doc[i]
            if breaks_phrase(tok) or tok.ent_type_:
                break
            collected.insert(0, tok)
            low = normalise_name(tok.text)
            if low in state.lex.determiners and low not in state.lex.complement_words:
                break
            i -= 1
        if (
            not collected
            or normalise_name(collected[0].text)
            not in state.lex.definite | state.lex.singular_possessives
        ):
            continue
        if len(collected) < 2 or not collected[1].text.islower() or collected[1].pos_ != "NOUN":
            continue
        words, _ = state.lex.strip_determiners(
            normalise_name(" ".join(t.text for t in collected)).split()
        )
        if not words or state.lex.organisation_head(words) or state.lex.description_head(words[:1]):
            continue
        entity = organisation_for(state, name, [], None)
        state.append_binding(Binding(collected[0].idx, tuple(words), entity.id))


def appositions(state: ArticleState, name: Span) -> list[tuple[int, list[str], str | None]]:
    """Descriptions written right before or right after a name, where, and their gender.

    "le président russe Vladimir Poutine", "la porte-parole de X, Karoline Leavitt" and
    "Karoline Leavitt, porte-parole de X," all bind a description to the name. A phrase
    after the name that itself contains another name is a list, not an apposition
    ("Trump, le président ukrainien Volodymyr Zelensky et …").
    """
    doc, sent = state.doc, sentence_of(state.doc, name.start)
    found = []
    # Before: walk left over the description, through "de la", to its determiner; a
    # second description before a comma names the same person ("le commandant de la
    # compagnie de Lézat, le capitaine Sébastien Roques").
    i = name.start - 1
    k = i
    while k > sent.start and normalise_name(doc[k].text) in state.lex.titles:
        k -= 1
    if k < i and doc[k].text == ",":
        # "son avocat, Me X": a title right after the comma is no part of the description
        # ("le commandant, le lieutenant X" keeps "le lieutenant" as a second one).
        i = k
    comma = i >= sent.start and doc[i].text == ","
    if i >= sent.start and doc[i].text in {",", ")"}:
        # "(la présidente de la Banque centrale européenne) Christine Lagarde": a bracketed
        # description too.
        i -= 1
    for round_ in range(2):
        collected, i = walk_description(state, i, sent.start)
        if collected and state.inside(collected[0].idx, state.cues):
            # "« … », juge X": the incise's verb, not a title.
            break
        if collected and normalise_name(collected[0].text) in state.lex.complement_words:
            # "… interroger de manière très théâtrale, Me X": an adverbial phrase opened by
            # a preposition is no description of the person after it.
            break
        if not round_ and not comma and named_venue(state, collected):
            # "a réagi l'écrivain de 54 ans au restaurant Valmont": the name is the
            # restaurant's, which the place's noun right before it calls so.
            break
        if comma and collected and adverbial_complement(state, collected[0]):
            # "Alors qu'il devait assister un prévenu dans une affaire de trafic, Me X": a
            # phrase a preposition governs, set off by a comma, is the complement of the
            # clause before ("comme le sénateur X" with no comma keeps its description).
            break
        whole = collected
        collected = complement_person(state, collected)
        before = description_of(state, collected)
        if not before or (collected is not whole and plural_head(collected)):
            # "Dans le cadre des 48h des bourgmestres, Paul X": a plural noun in another
            # noun's complement describes no one person ("Les conseillers de l'opposition,
            # X et Y," heads its phrase and names them together).
            break
        if not round_ and comma and fronted_source(state, collected[0].i, name.end):
            break
        if not round_ and not comma and before[0][-1:] and before[0][-1] in state.lex.partitives:
            # "l'avocat d'Abdeslam": the name is the description's complement (whose
            # lawyer), not the person described.
            break
        found.append((collected[0].idx, *before))
        i -= 1
        if round_ or i < sent.start + 1 or doc[i].text != ",":
            break
        if normalise_name(collected[0].text) in state.lex.possessives:
            # "la nouvelle ministre, son prédécesseur X": a possessive relates the name to
            # the phrase before it, which is someone else.
            break
        i -= 1
    # After: ", description," up to the next comma or verb.
    j = name.end
    if j < sent.end and doc[j].text == ",":
        j += 1
        collected = []
        while j < sent.end and len(collected) < 12:
            tok = doc[j]
            if breaks_phrase(tok):
                break
            collected.append(tok)
            j += 1
        # "l'avocat de X, le procureur de Paris se dit …": a phrase running into a verb is
        # the subject of the next clause, not an apposition closed by a comma.
        closed = j >= sent.end or doc[j].is_punct
        if closed and collected and not other_person(state, collected):
            after = description_of(state, collected)
            if after:
                found.append((name.start_char, *after))
    return found


def named_venue(state: ArticleState, tokens: list[Token]) -> bool:
    """Whether a phrase before a name ends on a place's complement whose noun the name
    follows: a preposition of place, an article, a common noun in lower case that no
    lexicon calls a person ("au restaurant", "à l'hôpital"). "l'adjoint au maire X" and "le ministre
    délégué à l'Industrie X" end on a person's noun or a capitalised domain."""
    if len(tokens) < 3:
        return False
    last = tokens[-1]
    if last.pos_ != "NOUN" or not last.text[:1].islower():
        return False
    word = normalise_name(last.text)
    if state.lex.description_head([word]) or word in state.lex.plain_person_nouns:
        return False
    k = len(tokens) - 2
    if normalise_name(tokens[k].text) in state.lex.determiners and k > 0:
        k -= 1
    return normalise_name(tokens[k].text) in state.lex.place_prepositions


def adverbial_complement(state: ArticleState, first: Token) -> bool:
    """Whether the phrase opening at ``first`` is governed by the preposition before it
    ("dans une affaire de …", "avec le maire"), other than one that introduces a source
    ("Selon le maire de X, Paul Y") or opens a noun's complement ("de")."""
    if first.i < 1:
        return False
    prev = state.doc[first.i - 1]
    word = normalise_name(prev.text)
    return (
        prev.pos_ == "ADP"
        and word not in state.lex.leading_prepositions
        and word not in state.lex.partitives
    )


def plural_head(tokens: list[Token]) -> bool:
    """Whether a description's head, its first noun, is plural ("des bourgmestres")."""
    head = next((t for t in tokens if t.pos_ == "NOUN"), None)
    return head is not None and "Plur" in head.morph.get("Number")


def complement_person(state: ArticleState, tokens: list[Token]) -> list[Token]:
    """The words before a name from the complement that describes it: "le cas du député X",
    "la décision de la maire X" name X by the person's noun in the complement (from its
    article, for the gender), not by the phrase's own head, which names no person."""
    words = [normalise_name(t.text) for t in tokens]
    lex = state.lex
    if not words or lex.description_head(words[:1]) or lex.opens_with_description_head(words):
        return tokens
    for k in range(1, len(words)):
        if words[k - 1] in lex.partitives:
            opening = k - 1
        elif k > 1 and words[k - 1] in lex.determiners and words[k - 2] in lex.partitives:
            opening = k - 2
        else:
            continue
        if lex.opens_with_description_head(words[k:]):
            return tokens if lex.description_head(words[:opening]) else tokens[opening:]
    return tokens


def other_person(state: ArticleState, tokens: list[Token]) -> bool:
    """Whether a phrase after a name names another person as a second item ("Trump, le
    président ukrainien Volodymyr X et …"), not as its complement: "Me X, l'avocat de
    Salah Y" describes X by whose lawyer he is."""
    for k, tok in enumerate(tokens):
        if tok.ent_type_ not in PERSON_LABELS:
            continue
        before = normalise_name(tokens[k - 1].text) if k else ""
        return not (k > 1 and before in state.lex.partitives and tok.ent_iob_ == "B")
    return False


def fronted_source(state: ArticleState, first: int, after: int) -> bool:
    """Whether "DESCRIPTION, NAME" opening at token ``first`` is a fronted source and the
    subject of the clause, not an apposition: "Selon le procureur, Jean X avait affirmé …"
    (a source preposition before the description, a verb after the name)."""
    doc = state.doc
    if first < 1 or after >= len(doc):
        return False
    opener = normalise_name(doc[first - 1].text)
    return opener in state.lex.leading_prepositions and doc[after].pos_ in {"VERB", "AUX"}


def walk_description(state: ArticleState, i: int, lo: int) -> tuple[list[Token], int]:
    """The description phrase ending at token ``i``, walking left to its determiner, and
    the index of its first token."""
    doc = state.doc
    collected: list[Token] = []
    while i >= lo and len(collected) < 10:
        tok = doc[i]
        # "le ministre délégué chargé de l'Industrie": participles that qualify a noun
        # belong to the description; a participle after "a" is the verb.
        qualifying = (
            tok.pos_ == "VERB"
            and "Part" in tok.morph.get("VerbForm")
            and i - 1 >= lo
            and doc[i - 1].pos_ in {"NOUN", "ADJ", "VERB", "PROPN"}
        )
        if breaks_phrase(tok) and not qualifying:
            break
        if tok.ent_type_ in PERSON_LABELS:
            break
        collected.insert(0, tok)
        low = normalise_name(tok.text)
        if low not in state.lex.complement_words and (
            tok.pos_ == "DET" or low in state.lex.determiners
        ):
            prev = normalise_name(doc[i - 1].text) if i - 1 >= lo else ""
            if prev not in state.lex.complement_words:
                break
        i -= 1
    return collected, (collected[0].i if collected else i)
